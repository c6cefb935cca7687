using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Valkey.Cdktf.App.Rehearsal;

/// <summary>
/// One provider process for a whole rehearsal, started in the provider's debug mode; every
/// terraform command attaches to it (<c>TF_REATTACH_PROVIDERS</c>) instead of starting its own,
/// which saves about two seconds a command. A watchdog ends it within a second if this process
/// dies without disposing it.
/// </summary>
internal sealed partial class ProviderServer : IDisposable
{
    private readonly Process _process;

    private readonly string _socketFolder;

    private ProviderServer(Process process, string reattach, string socketFolder)
    {
        _process = process;
        Reattach = reattach;
        _socketFolder = socketFolder;
    }

    /// <summary>
    /// A short folder for the provider's Unix socket: a socket path may not exceed 104 to 108
    /// bytes, which a deep TMPDIR (a run's private temp folder inside another) easily does.
    /// </summary>
    private static string SocketFolder()
    {
        var temp = Path.GetTempPath();
        var root = temp.Length > 40 && !OperatingSystem.IsWindows() && Directory.Exists("/tmp") ? "/tmp" : temp;
        // A killed run's folder (the watchdog ends its provider) is removed by the next.
        foreach (var left in Directory.GetDirectories(root, "vkp-*"))
        {
            if (int.TryParse(Path.GetFileName(left).Split('-')[1], out var pid) && !ProcessLiveness.IsRunning(pid)) RemoveQuietly(left);
        }
        return Directory.CreateDirectory(Path.Combine(root, $"vkp-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}")).FullName;
    }

    /// <summary>The value of <c>TF_REATTACH_PROVIDERS</c>.</summary>
    public string Reattach { get; }

    [GeneratedRegex("TF_REATTACH_PROVIDERS='(.*)'")]
    private static partial Regex ReattachLine();

    /// <param name="binary">The provider.</param>
    /// <param name="environment">Variables for the provider process (the deploy rehearsal's <c>AWS_ENDPOINT_URL</c>); none of the user's AWS variables reach it.</param>
    public static (ProviderServer? Server, string? Problem) Start(ProviderBinary binary, IReadOnlyDictionary<string, string>? environment = null)
    {
        // sh runs the provider and waits while this process lives; it ends the provider when we are gone.
        const string watchdog = "\"$1\" -debug & child=$!; trap 'kill $child 2>/dev/null; exit 0' TERM INT; " +
            "while kill -0 \"$2\" 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1; done; kill $child 2>/dev/null; wait";
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", watchdog, "sh", binary.Path, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var key in Environment.GetEnvironmentVariables().Keys.OfType<string>().Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)))
        {
            start.Environment.Remove(key);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var socketFolder = SocketFolder();
        start.Environment["TMPDIR"] = socketFolder;
        var process = Process.Start(start)!;
        var seen = new System.Text.StringBuilder();
        var line = Task.Run(() =>
        {
            while (process.StandardOutput.ReadLine() is { } text)
            {
                seen.AppendLine(text);
                if (ReattachLine().Match(text) is { Success: true } m) return m.Groups[1].Value;
            }
            return null;
        });
        var errors = process.StandardError.ReadToEndAsync();
        if (!line.Wait(TimeSpan.FromSeconds(60)) || line.Result is null)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit(5000);
            var said = errors.Wait(TimeSpan.FromSeconds(5)) ? errors.Result : "";
            process.Dispose();
            RemoveQuietly(socketFolder);
            return (null, $"{binary.Path} -debug did not print TF_REATTACH_PROVIDERS: {(seen + said).Trim()}");
        }
        // Keep draining stdout so the provider never blocks on a full pipe.
        _ = process.StandardOutput.ReadToEndAsync();
        return (new ProviderServer(process, line.Result, socketFolder), null);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
        RemoveQuietly(_socketFolder);
    }

    private static void RemoveQuietly(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
