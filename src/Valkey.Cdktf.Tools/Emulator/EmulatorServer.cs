using System.Text.RegularExpressions;

namespace Valkey.Cdktf.Tools.Emulator;

/// <summary>
/// The AWS emulator of the deploy rehearsal: moto's in-process server (<c>valkey_emulator.py</c>,
/// with the ElastiCache patches of <c>moto_patches.py</c>) on a free loopback port. Started and
/// stopped here: disposing closes its standard input and waits for it to end, and the emulator
/// also ends by itself when this process dies (its standard input closes then too).
/// </summary>
internal sealed partial class EmulatorServer : IEmulatorControl, IDisposable
{
    /// <summary>How long the emulator may take to start: about a second on an idle machine (it imports moto and patches it), minutes when the machine's cores are busy with other suites.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    /// <summary>How to install what the emulator needs, in one line.</summary>
    public const string InstallHint = "install Python 3 and moto 5.2 or newer with its server: pip install \"moto[server]\"";

    private readonly ChildProcess.Running _process;

    private EmulatorServer(ChildProcess.Running process, int port, string motoVersion)
    {
        _process = process;
        Port = port;
        MotoVersion = motoVersion;
    }

    /// <summary>The folder of the emulator's Python files, beside the app.</summary>
    public static string ScriptFolder => Path.Combine(AppContext.BaseDirectory, "Emulator");

    /// <summary>The loopback port it serves every AWS API on.</summary>
    public int Port { get; }

    /// <summary>Every AWS endpoint of the stacks, here.</summary>
    public string Endpoint => $"http://127.0.0.1:{Port}";

    /// <summary>moto's version, as the emulator says it.</summary>
    public string MotoVersion { get; }

    /// <summary>The emulator's process id.</summary>
    public int ProcessId => _process.Id;

    [GeneratedRegex(@"^listening 127\.0\.0\.1:(\d+) moto (\S+)$")]
    private static partial Regex Listening();

    /// <summary>
    /// Starts the emulator with <paramref name="seedFile"/> (what exists before the first deploy; null for nothing)
    /// and every patch but <paramref name="without"/>; or why it could not, in one line.
    /// </summary>
    /// <param name="seedFile">What exists before the first deploy; null for nothing.</param>
    /// <param name="without">Patches left out (tests).</param>
    /// <param name="optional">Patches applied only when asked (see <see cref="OptionalPatchesFor"/>).</param>
    public static (EmulatorServer? Server, string? Problem) Start(string? seedFile, IReadOnlyCollection<string>? without = null, IReadOnlyCollection<string>? optional = null,
        TimeSpan? timeout = null)
    {
        var python = FindPython();
        if (python is null) return (null, $"no python3 on PATH: the deploy rehearsal's AWS emulator is moto, a Python package; {InstallHint}");
        var args = new List<string> { "-B", Path.Combine(ScriptFolder, "valkey_emulator.py") }; // -B: no __pycache__ beside the scripts
        if (seedFile is not null) args.AddRange(["--seed", seedFile]);
        foreach (var patch in without ?? []) args.AddRange(["--without", patch]);
        foreach (var patch in optional ?? []) args.AddRange(["--with", patch]);
        // Nothing of the user's AWS configuration reaches the emulator; moto needs none.
        var process = ChildProcess.Start(python, args, ScriptFolder,
            ChildProcess.Without("AWS_").Append(new KeyValuePair<string, string?>("PYTHONDONTWRITEBYTECODE", "1")));
        var wait = timeout ?? StartTimeout;
        var started = process.WaitFor(said => said.Contains('\n', StringComparison.Ordinal), wait);
        var first = process.Stdout.Split('\n')[0].TrimEnd('\r');
        if (!started || Listening().Match(first) is not { Success: true } match)
        {
            var exited = process.HasExited;
            process.Dispose();
            var said = process.Stderr.Trim();
            return (null, started || exited || said.Contains("No module named", StringComparison.Ordinal) || said.Contains("too old", StringComparison.Ordinal)
                ? Explain(said)
                : $"the AWS emulator did not start: python3 {Path.Combine(ScriptFolder, "valkey_emulator.py")} printed no \"listening\" line in " +
                  $"{wait.TotalSeconds:0} s (it imports moto and patches it, about a second on an idle machine)" +
                  (said.Length == 0 ? "; it said nothing" : $"; it said: {said.Split('\n')[^1].Trim()}"));
        }
        return (new EmulatorServer(process, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value), null);
    }

    /// <summary>
    /// The optional patches a provider version needs so that the rehearsal shows what the pinned provider does:
    /// for 5.x, <c>provider5_token_default</c> (see moto_patches.py).
    /// </summary>
    public static IReadOnlyList<string> OptionalPatchesFor(Version provider) =>
        Deploy.EmulatorOverride.ProviderDefaultsTokenStrategy(provider ?? throw new ArgumentNullException(nameof(provider))) ? ["provider5_token_default"] : [];

    /// <summary>Whether the emulator still runs (a test checks it is gone).</summary>
    public static bool IsRunning(int processId) => ProcessLiveness.IsRunning(processId) && processId != Environment.ProcessId;

    private static string Explain(string said)
    {
        if (said.Contains("No module named 'moto'", StringComparison.Ordinal) || said.Contains("No module named moto", StringComparison.Ordinal))
        {
            return $"python3 has no moto: the deploy rehearsal's AWS emulator needs it; {InstallHint}";
        }
        if (said.Contains("too old", StringComparison.Ordinal)) return $"{said.Split('\n')[^1].Trim()}; {InstallHint}";
        if (said.Contains("No module named", StringComparison.Ordinal))
        {
            return $"the AWS emulator is missing a Python module ({said.Split('\n')[^1].Trim()}); {InstallHint}";
        }
        return $"the AWS emulator did not start: {(said.Length == 0 ? "it said nothing" : said.Split('\n')[^1].Trim())}";
    }

    private static string? FindPython() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "python3"))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// The maintenance window, simulated: the emulator applies the node changes AWS deferred (ApplyImmediately false) of
    /// <paramref name="replicationGroupId"/>, or of every group; the count applied.
    /// </summary>
    public int SimulateMaintenanceWindow(string? replicationGroupId = null)
    {
        lock (_process)
        {
            var before = WindowAnswer().Matches(_process.Stdout).Count;
            _process.Input.WriteLine(replicationGroupId is null ? "window" : $"window {replicationGroupId}");
            _process.Input.Flush();
            if (!_process.WaitFor(said => WindowAnswer().Matches(said).Count > before, TimeSpan.FromMinutes(2)))
            {
                throw new TimeoutException($"the AWS emulator did not answer the maintenance window in 2 minutes: {_process.Stderr.Trim().Split('\n')[^1]}");
            }
            return int.Parse(WindowAnswer().Matches(_process.Stdout)[before].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    [GeneratedRegex(@"(?m)^window applied (\d+)$")]
    private static partial Regex WindowAnswer();

    /// <inheritdoc />
    public (bool Succeeded, string Answer) Aws(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        lock (_process)
        {
            var before = AwsAnswer().Matches(_process.Stdout).Count;
            _process.Input.WriteLine(command.ReplaceLineEndings(" "));
            _process.Input.Flush();
            if (!_process.WaitFor(said => AwsAnswer().Matches(said).Count > before, TimeSpan.FromMinutes(2)))
            {
                throw new TimeoutException($"the AWS emulator did not answer `{command}` in 2 minutes");
            }
            var answer = AwsAnswer().Matches(_process.Stdout)[before];
            return (answer.Groups[1].Value == "ok", answer.Groups[2].Value.Trim());
        }
    }

    [GeneratedRegex(@"(?m)^aws (ok|error) ?(.*)$")]
    private static partial Regex AwsAnswer();

    /// <summary>Stops the emulator: its standard input closed, then at most five seconds, then killed.</summary>
    public void Dispose()
    {
        _process.CloseInput();
        try { _process.Wait(TimeSpan.FromSeconds(5)); }
        catch (TimeoutException) { }
        _process.Dispose();
    }
}
