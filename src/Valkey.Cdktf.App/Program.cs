// The CDKTF app cdktf.json runs: one stack per file in environments/ (or the folder named by
// VALKEY_ENVIRONMENTS), written to CDKTF_OUTDIR as the CDKTF CLI sets it (else cdktf.out).
// `guard ...` runs the replacement guard instead. Every failure ends in one line naming the
// path and the cause, and an exit code of ExitCode; nothing is left in the temp folder.
static string Setting(string name, string fallback) =>
    Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;

using var temp = new PrivateTemp();
using var interrupts = new Interrupts();
var stderr = Console.Error;
Console.SetError(new QuietAfterInterrupt(stderr, () => interrupts.Interrupted));
var environments = Setting("VALKEY_ENVIRONMENTS", EnvironmentFile.DefaultFolder);
try
{
    return (int)Run();
}
catch (Exception e) when (interrupts.Interrupted || (IsChildLoss(e) && interrupts.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(1))))
{
    // The jsii runtime's Node.js process gets Ctrl-C too and dies; its error is the interrupt's.
    stderr.WriteLine($"interrupted: nothing was written ({e.GetType().Name})");
    stderr.Flush();
    temp.Dispose();
    PrivateTemp.RemoveRuntimeFiles();
    // The jsii runtime's exit handler would write to the dead process's pipe and end in an
    // unhandled exception: leave without running exit handlers (everything is cleaned up already).
    ImmediateExit.Now((int)ExitCode.Interrupted);
    return (int)ExitCode.Interrupted;
}
catch (OutputException e)
{
    Console.Error.WriteLine($"error: {e.Message}. Nothing was written.");
    return (int)e.Code;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {e.Message}. Nothing was written.");
    return (int)ExitCode.IoError;
}

ExitCode Run()
{
    if (args.Length == 0)
    {
        return SynthCommand.Run(environments, Setting("CDKTF_OUTDIR", "cdktf.out"), Console.Error,
            underCdktfCli: Environment.GetEnvironmentVariable("CDKTF_CONTEXT_JSON") is not null,
            cancel: interrupts.Token, checkpoint: TestHold,
            debug: Environment.GetEnvironmentVariable("VALKEY_DEBUG") == "1" ? Console.Error : null,
            output: Console.Out, terminal: !Console.IsOutputRedirected);
    }
    if (args[0] == "guard")
    {
        var (parsed, problem) = GuardArguments.Parse(args[1..]);
        if (parsed is null)
        {
            Console.Error.WriteLine($"error: guard: {problem}");
            return ExitCode.UsageError;
        }
        return GuardCommand.Run(environments, parsed.Against ?? GuardCommand.DefaultBaseline, parsed.Only, parsed.New, parsed.Removed,
            Console.Out, Console.Error, terminal: !Console.IsOutputRedirected);
    }
    if (args[0] == "rehearse")
    {
        var (parsed, problem) = RehearseArguments.Parse(args[1..]);
        if (parsed is null)
        {
            Console.Error.WriteLine($"error: rehearse: {problem}");
            return ExitCode.UsageError;
        }
        if (parsed.Deploy)
        {
            return DeployCommand.Run(environments, parsed.Only, parsed.From, parsed.Then ?? [], Console.Out, Console.Error, terminal: !Console.IsOutputRedirected,
                cancel: interrupts.Token);
        }
        return RehearseCommand.Run(environments, parsed.Only, parsed.State, Console.Out, Console.Error, terminal: !Console.IsOutputRedirected,
            cancel: interrupts.Token);
    }
    if (args[0] == "docs" && args.Length <= 2 && args[1..].All(a => a == "--check"))
    {
        return Valkey.Cdktf.App.Documentation.DocsCommand.Run("README.md", check: args.Length == 2, Console.Out);
    }
    Console.Error.WriteLine($"error: unknown command '{args[0]}'; run with no arguments to synthesize, or 'guard', 'rehearse' or 'docs'");
    return ExitCode.UsageError;
}

// Ctrl-C reaches the jsii runtime's Node.js process too; its death can surface here a moment
// before the signal handler has run.
static bool IsChildLoss(Exception e) => e.Message.Contains("Child process exited unexpectedly", StringComparison.Ordinal);

// VALKEY_TEST_HOLD=staged|swapped: stop at that moment of putting the output in place, so a test
// can kill the process exactly there. Says so on stderr.
void TestHold(string moment)
{
    if (Environment.GetEnvironmentVariable("VALKEY_TEST_HOLD") != moment) return;
    Console.Error.WriteLine($"hold: {moment}");
    Console.Error.Flush();
    interrupts.Token.WaitHandle.WaitOne(TimeSpan.FromMinutes(2));
}
