using System.ComponentModel;
using Spectre.Console.Cli;
using Valkey.Cdktf.Tools.Documentation;

namespace Valkey.Cdktf.Tools.Cli.Verbs;

/// <summary><c>docs</c>: the generated files: setting attributes, the README's variable tables, the apply rules' table (<see cref="DocsCommand"/>).</summary>
internal sealed class DocsVerb : Command<DocsVerb.Settings>
{
    /// <summary>The docs command's options.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--check")]
        [Description("Only compare: exit 1 when the tables differ from the declarations")]
        public bool Check { get; init; }

        [CommandOption("--root <DIR>")]
        [Description("The repository root the generated files are under. Default: the current folder")]
        public string Root { get; init; } = ".";

        [CommandOption("--embedded-attributes")]
        [Description("Use the setting attributes the tools embed instead of synthesizing the settings' examples (faster; for tests)")]
        public bool EmbeddedAttributes { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var cli = CommandLine.Context(context);
        return (int)DocsCommand.Run(settings.Root, settings.Check, !settings.EmbeddedAttributes, cli.Output, cli.Error);
    }
}
