
namespace Valkey.Cdktf.Tests.Support;

/// <summary>Runs the app and the CDKTF CLI as a user would, capturing exit code and output.</summary>
internal static class Processes
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>The built app, copied beside the tests by the project reference.</summary>
    public static string AppDll => Path.Combine(AppContext.BaseDirectory, "Valkey.Cdktf.App.dll");

    /// <summary>The built tools (guard, rehearse, docs, prices), copied beside the tests by the project reference.</summary>
    public static string ToolsDll => Path.Combine(AppContext.BaseDirectory, "Valkey.Cdktf.Tools.dll");

    /// <summary>Runs the app to its end.</summary>
    public static Result App(IDictionary<string, string> environment, params string[] args) =>
        Run("dotnet", [AppDll, .. args], RepoPaths.Root, environment);

    /// <summary>Runs the tools to their end.</summary>
    public static Result Tools(IDictionary<string, string> environment, params string[] args) =>
        Run("dotnet", [ToolsDll, .. args], RepoPaths.Root, environment);

    /// <summary><c>npx cdktf synth</c> from the repository root, with the project's environment (scripts/env.sh).</summary>
    /// <remarks>The toolchain's CLI, as <c>./build.sh synth --output</c> runs it: cdktf, or on CDK Terrain cdktn.</remarks>
    public static Result CdktfSynth(string outdir, IDictionary<string, string> environment) =>
        Run("bash", ["-c", "source scripts/env.sh && PATH=\"$(dirname \"$valkey_cli\"):$valkey_cli_node$PATH\" exec \"$valkey_cli\" synth --output \"$0\"", outdir], RepoPaths.Root,
            new Dictionary<string, string>(environment) { ["CI"] = "true" });

    /// <summary>The project's Node (node_modules/.bin/node) running a script, from the repository root.</summary>
    public static Result Node(string script, params string[] options) =>
        Run(Path.Combine(RepoPaths.Root, "node_modules", ".bin", "node"), [.. options, "-e", script], RepoPaths.Root, new Dictionary<string, string> { ["NODE_OPTIONS"] = "" });

    /// <summary>
    /// Any command, to its end: at most 10 minutes, far beyond what any takes on an idle machine (`./build.sh rehearse` of
    /// hml and prod: 19 s in docs/benchmarks.md), so that a machine whose cores are busy with other work still passes.
    /// </summary>
    public static Result Run(string file, string[] args, string workingDirectory, IDictionary<string, string> environment)
    {
        using var running = Start(file, args, workingDirectory, environment);
        return running.Wait(TimeSpan.FromMinutes(10));
    }


    /// <summary>
    /// Starts the app in a process group of its own (<c>setsid</c>), as a terminal's foreground job is, so a test can
    /// signal the group; with SIGINT at its default (<c>env --default-signal</c>), as a terminal gives it, even when the
    /// tests themselves run in a background job, which ignores SIGINT.
    /// </summary>
    public static Running StartApp(IDictionary<string, string> environment, params string[] args) =>
        Start("setsid", ["env", "--default-signal=INT", "dotnet", AppDll, .. args], RepoPaths.Root, environment);

    /// <summary>As <see cref="StartApp"/>, for the tools.</summary>
    public static Running StartTools(IDictionary<string, string> environment, params string[] args) =>
        Start("setsid", ["env", "--default-signal=INT", "dotnet", ToolsDll, .. args], RepoPaths.Root, environment);

    /// <summary>As <see cref="StartApp"/>, but with SIGINT ignored, as a shell starts a background job (<c>cmd &amp;</c> in a script).</summary>
    public static Running StartAppWithSigintIgnored(IDictionary<string, string> environment, params string[] args) =>
        Start("setsid", ["env", "--ignore-signal=INT", "dotnet", AppDll, .. args], RepoPaths.Root, environment);

    /// <summary>As <see cref="StartAppWithSigintIgnored"/>, for the tools.</summary>
    public static Running StartToolsWithSigintIgnored(IDictionary<string, string> environment, params string[] args) =>
        Start("setsid", ["env", "--ignore-signal=INT", "dotnet", ToolsDll, .. args], RepoPaths.Root, environment);

    public static Running Start(string file, string[] args, string workingDirectory, IDictionary<string, string> environment) =>
        new(Valkey.Cdktf.Tools.Cli.ChildProcess.Start(file, args, workingDirectory, environment.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value))));

    /// <summary>A started process (the app's own <see cref="Valkey.Cdktf.Tools.Cli.ChildProcess"/>), with what the tests ask of it.</summary>
    public sealed class Running(Valkey.Cdktf.Tools.Cli.ChildProcess.Running process) : IDisposable
    {
        public int Id => process.Id;

        public string Stderr => process.Stderr;

        /// <summary>Waits until stderr holds <paramref name="text"/>; fails when the process ends first or time runs out.</summary>
        public void WaitForStderr(string text, TimeSpan timeout)
        {
            if (process.WaitFor(said => said.Contains(text, StringComparison.Ordinal), timeout, onStderr: true)) return;
            throw process.HasExited
                ? new InvalidOperationException($"the process ended before printing '{text}': {Stderr}")
                : new TimeoutException($"no '{text}' within {timeout}: {Stderr}");
        }

        /// <summary>Sends <paramref name="signal"/> (INT, TERM, KILL) to the process group (the process and the Node.js it started).</summary>
        public void SignalGroup(string signal) =>
            Run("kill", [$"-{signal}", "--", $"-{process.Id}"], RepoPaths.Root, new Dictionary<string, string>());

        public Result Wait(TimeSpan timeout)
        {
            var result = process.Wait(timeout);
            return new Result(result.ExitCode, result.Stdout, result.Stderr);
        }

        public void Dispose() => process.Dispose();
    }
}
