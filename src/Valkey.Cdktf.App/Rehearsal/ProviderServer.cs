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

    private ProviderServer(Process process, string reattach)
    {
        _process = process;
        Reattach = reattach;
    }

    /// <summary>The value of <c>TF_REATTACH_PROVIDERS</c>.</summary>
    public string Reattach { get; }

    [GeneratedRegex("TF_REATTACH_PROVIDERS='(.*)'")]
    private static partial Regex ReattachLine();

    public static (ProviderServer? Server, string? Problem) Start(ProviderBinary binary)
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
        _ = process.StandardError.ReadToEndAsync();
        if (!line.Wait(TimeSpan.FromSeconds(60)) || line.Result is null)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.Dispose();
            return (null, $"{binary.Path} -debug did not print TF_REATTACH_PROVIDERS: {seen}");
        }
        // Keep draining stdout so the provider never blocks on a full pipe.
        _ = process.StandardOutput.ReadToEndAsync();
        return (new ProviderServer(process, line.Result), null);
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
    }
}
