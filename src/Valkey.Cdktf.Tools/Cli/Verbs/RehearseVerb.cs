using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Valkey.Cdktf.Tools.Deploy;
using Valkey.Cdktf.Tools.Rehearsal;

namespace Valkey.Cdktf.Tools.Cli.Verbs;

/// <summary><c>rehearse</c>: plans with real Terraform (<see cref="RehearseCommand"/>), or with <c>--deploy</c> a deploy into the emulator (<see cref="DeployCommand"/>).</summary>
internal sealed class RehearseVerb : Command<RehearseVerb.Settings>
{
    /// <summary>The rehearsal's options.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--reports <DIR>")]
        [Description("Also write the findings as SARIF 2.1.0 and JUnit XML into DIR (<command>.sarif, <command>.junit.xml). Default: none")]
        public string? Reports { get; init; }

        [CommandOption("--env <NAME>")]
        [Description("Only this environment. Default: every environment")]
        public string? Env { get; init; }

        [CommandOption("--state <FILE>")]
        [Description("Plan against this state (terraform state pull > FILE) instead of an empty one; not with --deploy")]
        public string? State { get; init; }

        [CommandOption("--deploy")]
        [Description("Deploy into an AWS emulator (moto, Python 3) on a loopback port: apply, steady state, outputs, an in-place change, the state lock, prevent_destroy")]
        public bool Deploy { get; init; }

        [CommandOption("--from <DIR>")]
        [Description("With --deploy: first apply the Terraform root in DIR (the module's callers) into the emulator, then adopt it")]
        public string? From { get; init; }

        [CommandOption("--then <FILE>")]
        [Description("With --deploy: deploy this later version of the environment file next, in turn (repeatable); or \"aws elasticache …\", one AWS CLI command sent to the emulator as an out-of-band step")]
        public string[] Then { get; init; } = [];

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Deploy && State is not null ? ValidationResult.Error("--state plans against a state; --deploy deploys into the emulator (adopt a state with --from DIR)")
            : !Deploy && From is not null ? ValidationResult.Error("--from DIR belongs to a deploy rehearsal: add --deploy")
            : !Deploy && Then.Length > 0 ? ValidationResult.Error("--then FILE belongs to a deploy rehearsal: add --deploy")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var cli = CommandLine.Context(context);
        return settings.Deploy
            ? (int)DeployCommand.Run(cli.EnvironmentsFolder, settings.Env, settings.From, settings.Then, cli.Output, cli.Error, terminal: cli.Terminal, cancel: cancellationToken)
            : (int)RehearseCommand.Run(cli.EnvironmentsFolder, settings.Env, settings.State, cli.Output, cli.Error, terminal: cli.Terminal, cancel: cancellationToken, reportsFolder: settings.Reports);
    }
}
