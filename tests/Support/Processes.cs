using System.Diagnostics;

namespace Valkey.Cdktf.Tests.Support;

/// <summary>Runs the app and the CDKTF CLI as a user would, capturing exit code and output.</summary>
internal static class Processes
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>The built app, copied beside the tests by the project reference.</summary>
    public static string AppDll => Path.Combine(AppContext.BaseDirectory, "Valkey.Cdktf.App.dll");

    /// <summary>Runs the app to its end.</summary>
    public static Result App(IDictionary<string, string> environment, params string[] args) =>
        Run("dotnet", [AppDll, .. args], RepoPaths.Root, environment);

    /// <summary><c>npx cdktf synth</c> from the repository root, with the project's environment (scripts/env.sh).</summary>
    public static Result CdktfSynth(string outdir, IDictionary<string, string> environment) =>
        Run("bash", ["-c", "source scripts/env.sh && exec npx --no-install cdktf synth --output \"$0\"", outdir], RepoPaths.Root,
            new Dictionary<string, string>(environment) { ["CI"] = "true" });

    /// <summary>The project's Node (node_modules/.bin/node) running a script, from the repository root.</summary>
    public static Result Node(string script, params string[] options) =>
        Run(Path.Combine(RepoPaths.Root, "node_modules", ".bin", "node"), [.. options, "-e", script], RepoPaths.Root, new Dictionary<string, string> { ["NODE_OPTIONS"] = "" });

    /// <summary>Any command, to its end.</summary>
    public static Result Run(string file, string[] args, string workingDirectory, IDictionary<string, string> environment)
    {
        using var running = Start(file, args, workingDirectory, environment);
        return running.Wait(TimeSpan.FromMinutes(3));
    }

    /// <summary>
    /// Starts the app in a process group of its own (<c>setsid</c>), as a terminal's foreground job is, so a test can
    /// signal the group; with SIGINT at its default (<c>env --default-signal</c>), as a terminal gives it, even when the
    /// tests themselves run in a background job, which ignores SIGINT.
    /// </summary>
    public static Running StartApp(IDictionary<string, string> environment, params string[] args) =>
        Start("setsid", ["env", "--default-signal=INT", "dotnet", AppDll, .. args], RepoPaths.Root, environment);

    /// <summary>As <see cref="StartApp"/>, but with SIGINT ignored, as a shell starts a background job (<c>cmd &amp;</c> in a script).</summary>
    public static Running StartAppWithSigintIgnored(IDictionary<string, string> environment, params string[] args) =>
        Start("setsid", ["env", "--ignore-signal=INT", "dotnet", AppDll, .. args], RepoPaths.Root, environment);

    public static Running Start(string file, string[] args, string workingDirectory, IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return new Running(Process.Start(start)!);
    }

    /// <summary>A started process whose output is collected as it comes.</summary>
    public sealed class Running : IDisposable
    {
        private readonly Process _process;
        private readonly System.Text.StringBuilder _stdout = new();
        private readonly System.Text.StringBuilder _stderr = new();

        public Running(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_stdout) _stdout.AppendLine(e.Data); };
            _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public int Id => _process.Id;

        public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

        /// <summary>Waits until stderr holds <paramref name="text"/>; fails when the process ends first or time runs out.</summary>
        public void WaitForStderr(string text, TimeSpan timeout)
        {
            var watch = Stopwatch.StartNew();
            while (!Stderr.Contains(text, StringComparison.Ordinal))
            {
                if (_process.HasExited) throw new InvalidOperationException($"the process ended before printing '{text}': {Stderr}");
                if (watch.Elapsed > timeout) throw new TimeoutException($"no '{text}' within {timeout}: {Stderr}");
                Thread.Sleep(20);
            }
        }

        /// <summary>Sends <paramref name="signal"/> (INT, TERM, KILL) to the process group (the process and the Node.js it started).</summary>
        public void SignalGroup(string signal) =>
            Run("kill", [$"-{signal}", "--", $"-{_process.Id}"], RepoPaths.Root, new Dictionary<string, string>());

        public Result Wait(TimeSpan timeout)
        {
            if (!_process.WaitForExit(timeout))
            {
                _process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{_process.StartInfo.FileName} did not finish in {timeout}");
            }
            _process.WaitForExit();
            lock (_stdout) lock (_stderr) return new Result(_process.ExitCode, _stdout.ToString(), _stderr.ToString());
        }

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.Dispose();
        }
    }
}
