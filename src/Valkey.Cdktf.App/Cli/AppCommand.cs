namespace Valkey.Cdktf.App.Cli;

/// <summary>
/// The app's command line: no arguments, as <c>cdktf synth</c> runs it (<see cref="SynthCommand"/>), or <c>--help</c>.
/// Its inputs are environment variables: <c>CDKTF_OUTDIR</c>, <c>VALKEY_ENVIRONMENTS</c>, <c>VALKEY_DEBUG</c> (and the
/// tests' <c>VALKEY_TEST_HOLD</c>).
/// </summary>
internal static class AppCommand
{
    /// <summary>What <c>--help</c> prints.</summary>
    public const string Usage =
        "Valkey.Cdktf.App: synthesizes one Terraform stack per environment file into cdktf.out/, as cdktf synth runs it.\n" +
        "No arguments. Environment variables: CDKTF_OUTDIR (the output folder, else cdktf.out), VALKEY_ENVIRONMENTS (the folder of\n" +
        "environment files, else environments), VALKEY_DEBUG=1 (debug lines on standard error).\n" +
        "The guard, the rehearsals and the generators are Valkey.Cdktf.Tools: ./build.sh help.";

    /// <summary>Runs the app with <paramref name="args"/>.</summary>
    public static ExitCode Run(IReadOnlyList<string> args, CliContext context, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        if (args is ["--help" or "-h"])
        {
            context.Output.WriteLine(Usage);
            return ExitCode.Ok;
        }
        if (args.Count > 0)
        {
            context.Error.WriteLine($"error: the app takes no arguments (got {string.Join(" ", args)}); the guard, rehearse, docs and prices are the tools' commands: ./build.sh help");
            return ExitCode.UsageError;
        }
        var hold = new TestHold(context.Variable("VALKEY_TEST_HOLD"), context.Error, cancel);
        return SynthCommand.Run(context.EnvironmentsFolder, context.Variable("CDKTF_OUTDIR") ?? "cdktf.out", context.Error,
            underCdktfCli: context.Variable("CDKTF_CONTEXT_JSON") is not null,
            cancel: cancel, checkpoint: hold.At,
            debug: context.Variable("VALKEY_DEBUG") == "1" ? context.Error : null,
            output: context.Output, terminal: context.Terminal);
    }
}
