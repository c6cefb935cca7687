using System.ComponentModel;
using Spectre.Console.Cli;
using Valkey.Cdktf.App.Synthesis;

namespace Valkey.Cdktf.App.Cli.Verbs;

/// <summary>The default command: what <c>cdktf synth</c> runs (<see cref="SynthCommand"/>).</summary>
internal sealed class SynthVerb : Command<SynthVerb.Settings>
{
    /// <summary>No options: the CDKTF CLI sets <c>CDKTF_OUTDIR</c>, and environment variables the rest.</summary>
    [Description("Environment variables: CDKTF_OUTDIR (the output folder, else cdktf.out), VALKEY_ENVIRONMENTS (the environment files, else environments), VALKEY_DEBUG=1 (debug lines).")]
    internal sealed class Settings : CommandSettings;

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var cli = CommandLine.Context(context);
        var hold = new TestHold(cli.Variable("VALKEY_TEST_HOLD"), cli.Error, cancellationToken);
        return (int)SynthCommand.Run(cli.EnvironmentsFolder, cli.Variable("CDKTF_OUTDIR") ?? "cdktf.out", cli.Error,
            underCdktfCli: cli.Variable("CDKTF_CONTEXT_JSON") is not null,
            cancel: cancellationToken, checkpoint: hold.At,
            debug: cli.Variable("VALKEY_DEBUG") == "1" ? cli.Error : null,
            output: cli.Output, terminal: cli.Terminal);
    }
}
