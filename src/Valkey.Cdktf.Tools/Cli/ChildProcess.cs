using System.Diagnostics;
using System.Text;

namespace Valkey.Cdktf.Tools.Cli;

/// <summary>
/// The one way the app and its tests start programs (Terraform, the provider, the CDKTF CLI, the emulator, the app
/// itself): output captured as it comes, never blocking on a full pipe; the environment given as changes (a null
/// value removes a variable); ended with every process it started. One small class rather than CliWrap: the callers
/// need to wait for a line while the program runs on (the provider's reattach line, the emulator's port, a prompt),
/// keep it running, and kill its whole tree, which this does in a few lines over <see cref="Process"/>.
/// </summary>
internal static class ChildProcess
{
    /// <summary>What the program did.</summary>
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public bool Succeeded => ExitCode == 0;
    }

    /// <summary>Runs a program to its end.</summary>
    /// <param name="stdin">Written to its standard input, which is then closed; null closes it at once.</param>
    /// <param name="cancel">An interrupt: the program and every process it started are killed, and waited for, before this returns.</param>
    public static Result Run(string file, IEnumerable<string> args, string workingDirectory, IEnumerable<KeyValuePair<string, string?>> environment,
        string? stdin = null, CancellationToken cancel = default)
    {
        using var running = Start(file, args, workingDirectory, environment);
        if (stdin is not null) running.Input.Write(stdin);
        running.CloseInput();
        using (cancel.Register(running.Kill))
        {
            return running.Wait();
        }
    }

    /// <summary>Starts a program and returns at once; dispose the handle to end it.</summary>
    public static Running Start(string file, IEnumerable<string> args, string workingDirectory, IEnumerable<KeyValuePair<string, string?>> environment)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
        {
            if (value is null) start.Environment.Remove(key);
            else start.Environment[key] = value;
        }
        return new Running(Process.Start(start)!);
    }

    /// <summary>The variables of this process whose names start with <paramref name="prefix"/>, each to be removed (<c>AWS_</c>: none of the user's AWS configuration reaches a child).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Without(string prefix) =>
        Environment.GetEnvironmentVariables().Keys.OfType<string>().Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => new KeyValuePair<string, string?>(k, null));

    /// <summary>A started program.</summary>
    public sealed class Running : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _stdout = new();
        private readonly StringBuilder _stderr = new();
        private readonly Task _reading;

        internal Running(Process process)
        {
            _process = process;
            _reading = Task.WhenAll(Collect(process.StandardOutput, _stdout), Collect(process.StandardError, _stderr));
        }

        private static Task Collect(StreamReader reader, StringBuilder into) => Task.Run(async () =>
        {
            var buffer = new char[4096];
            int n;
            while ((n = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                lock (into) into.Append(buffer, 0, n);
            }
        });

        /// <summary>The process id.</summary>
        public int Id => _process.Id;

        /// <summary>Its standard input.</summary>
        public StreamWriter Input => _process.StandardInput;

        /// <summary>What it has written to standard output so far.</summary>
        public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }

        /// <summary>What it has written to standard error so far.</summary>
        public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

        /// <summary>Whether it has ended.</summary>
        public bool HasExited => _process.HasExited;

        /// <summary>Closes its standard input (a program that reads it to its end then ends).</summary>
        public void CloseInput()
        {
            try { _process.StandardInput.Close(); }
            catch (IOException) { }
        }

        /// <summary>
        /// Waits until <paramref name="seen"/> holds for its standard output (or, with <paramref name="onStderr"/>, its standard error);
        /// false when it ends first or <paramref name="timeout"/> passes.
        /// </summary>
        public bool WaitFor(Func<string, bool> seen, TimeSpan timeout, bool onStderr = false)
        {
            ArgumentNullException.ThrowIfNull(seen);
            var watch = Stopwatch.StartNew();
            while (true)
            {
                if (seen(onStderr ? Stderr : Stdout)) return true;
                if (_process.HasExited)
                {
                    _reading.Wait(TimeSpan.FromSeconds(5));
                    return seen(onStderr ? Stderr : Stdout);
                }
                if (watch.Elapsed > timeout) return false;
                Thread.Sleep(20);
            }
        }

        /// <summary>Waits for its end (at most <paramref name="timeout"/>, else it is killed and <see cref="TimeoutException"/> thrown) and returns what it did.</summary>
        public Result Wait(TimeSpan? timeout = null)
        {
            if (!_process.WaitForExit(timeout ?? Timeout.InfiniteTimeSpan))
            {
                Kill();
                var command = string.Join(' ', _process.StartInfo.ArgumentList.Prepend(_process.StartInfo.FileName));
                var said = Stderr.Trim();
                throw new TimeoutException($"`{command}` did not finish in {timeout}{(said.Length == 0 ? "" : $"; its last words on standard error: {said[Math.Max(0, said.Length - 400)..]}")}");
            }
            _process.WaitForExit();
            _reading.Wait();
            return new Result(_process.ExitCode, Stdout, Stderr);
        }

        /// <summary>Ends it and every process it started, and waits (at most five seconds) for its end.</summary>
        public void Kill()
        {
            try
            {
                if (!_process.HasExited) _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
            }
        }

        /// <summary>Kills it if it still runs.</summary>
        public void Dispose()
        {
            Kill();
            _reading.Wait(TimeSpan.FromSeconds(5));
            _process.Dispose();
        }
    }
}
