using System.Text.RegularExpressions;

namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>
/// One provider process for a whole rehearsal, started in the provider's debug mode; every
/// terraform command attaches to it (<c>TF_REATTACH_PROVIDERS</c>) instead of starting its own,
/// which saves about two seconds a command. A watchdog ends it within a second if this process
/// dies without disposing it.
/// </summary>
internal sealed partial class ProviderServer : IDisposable
{
    private readonly ChildProcess.Running _process;

    private readonly string _socketFolder;

    private ProviderServer(ChildProcess.Running process, string reattach, string socketFolder)
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
        var socketFolder = SocketFolder();
        var variables = ChildProcess.Without("AWS_")
            .Concat((environment ?? new Dictionary<string, string>()).Select(e => new KeyValuePair<string, string?>(e.Key, e.Value)))
            .Append(new KeyValuePair<string, string?>("TMPDIR", socketFolder));
        var process = ChildProcess.Start("sh", ["-c", watchdog, "sh", binary.Path, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            Environment.CurrentDirectory, variables);
        if (!process.WaitFor(said => ReattachLine().IsMatch(said), TimeSpan.FromSeconds(60)))
        {
            process.Dispose();
            RemoveQuietly(socketFolder);
            return (null, $"{binary.Path} -debug did not print TF_REATTACH_PROVIDERS: {(process.Stdout + process.Stderr).Trim()}");
        }
        return (new ProviderServer(process, ReattachLine().Match(process.Stdout).Groups[1].Value, socketFolder), null);
    }

    public void Dispose()
    {
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
