using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Valkey.Cdktf.Tools.Guard;

namespace Valkey.Cdktf.Tools.Cli.Verbs;

/// <summary><c>guard</c>: the replacement guard (<see cref="GuardCommand"/>).</summary>
internal sealed class GuardVerb : Command<GuardVerb.Settings>
{
    /// <summary>The guard's options.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--against <PATH>")]
        [Description("The accepted syntheses to compare with: a folder of <env>.cdk.tf.json. Default: accepted")]
        public string? Against { get; init; }

        [CommandOption("--reports <DIR>")]
        [Description("Also write the findings as SARIF 2.1.0 and JUnit XML into DIR (<command>.sarif, <command>.junit.xml). Default: none")]
        public string? Reports { get; init; }

        [CommandOption("--env <NAME>")]
        [Description("Only this environment. Default: every environment")]
        public string? Env { get; init; }

        [CommandOption("--new <NAME>")]
        [Description("An environment with no accepted synthesis yet, declared new (repeatable)")]
        public string[] New { get; init; } = [];

        [CommandOption("--removed <NAME=REASON>")]
        [Description("An accepted environment whose file is gone, with the reason its resources may go unmanaged (repeatable)")]
        public string[] Removed { get; init; } = [];

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            foreach (var value in Removed)
            {
                var eq = value.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0 || string.IsNullOrWhiteSpace(value[(eq + 1)..]))
                {
                    return ValidationResult.Error($"--removed {value}: expected NAME=REASON, with the reason the environment's resources may go unmanaged");
                }
            }
            return ValidationResult.Success();
        }

        /// <summary>The removed environments and their reasons.</summary>
        public IReadOnlyDictionary<string, string> RemovedReasons() =>
            Removed.Select(v => (Name: v[..v.IndexOf('=', StringComparison.Ordinal)], Reason: v[(v.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim()))
                .GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Reason, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var cli = CommandLine.Context(context);
        return (int)GuardCommand.Run(cli.EnvironmentsFolder, settings.Against ?? GuardCommand.DefaultBaseline, settings.Env,
            settings.New.ToHashSet(StringComparer.Ordinal), settings.RemovedReasons(), cli.Output, cli.Error, terminal: cli.Terminal, reportsFolder: settings.Reports);
    }
}
