using System.ComponentModel;
using Spectre.Console.Cli;
using Valkey.Cdktf.App.Documentation;

namespace Valkey.Cdktf.App.Cli.Verbs;

/// <summary><c>docs</c>: the README's generated variable tables (<see cref="DocsCommand"/>).</summary>
internal sealed class DocsVerb : Command<DocsVerb.Settings>
{
    /// <summary>The docs command's options.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--check")]
        [Description("Only compare: exit 1 when the tables differ from the declarations")]
        public bool Check { get; init; }

        [CommandOption("--readme <FILE>")]
        [Description("The README to write. Default: README.md")]
        public string Readme { get; init; } = "README.md";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var cli = CommandLine.Context(context);
        return (int)DocsCommand.Run(settings.Readme, settings.Check, cli.Output, cli.Error);
    }
}
