
namespace Valkey.Cdktf.App.Jsii;

/// <summary>
/// A temp folder of this run's own, removed at the end: the jsii runtime unpacks its packages
/// (37 MB for the AWS provider) into the temp folder on every run and never removes them.
/// <c>TMPDIR</c> points here for this process and the Node.js process it starts. Folders of
/// runs that were killed are removed by the next run.
/// </summary>
internal sealed class PrivateTemp : IDisposable
{
    private const string Prefix = "valkey-cdktf-run-";
    private readonly string? _previous;

    public PrivateTemp()
    {
        var system = System.IO.Path.GetTempPath();
        CleanLeftovers(system);
        Path = Directory.CreateDirectory(System.IO.Path.Combine(system, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;
        _previous = Environment.GetEnvironmentVariable("TMPDIR");
        Environment.SetEnvironmentVariable("TMPDIR", Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("TMPDIR", _previous);
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>
    /// Removes this process's own runtime pipes: for an exit that skips the runtime's exit
    /// handlers (<see cref="ImmediateExit"/>), which would have removed them.
    /// </summary>
    public static void RemoveRuntimeFiles() => CleanRuntimeFiles(System.IO.Path.GetTempPath(), own: true);

    private static void CleanLeftovers(string system)
    {
        CleanRuntimeFiles(system, own: false);
        foreach (var folder in Directory.GetDirectories(system, Prefix + "*"))
        {
            var pidText = System.IO.Path.GetFileName(folder)[Prefix.Length..].Split('-')[0];
            if (!int.TryParse(pidText, out var pid) || ProcessLiveness.IsRunning(pid)) continue;
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    // The .NET runtime's diagnostic pipes and sockets (clr-debug-pipe-<pid>-…, dotnet-diagnostic-<pid>-…)
    // are removed at a normal exit; a killed run leaves them.
    private static void CleanRuntimeFiles(string system, bool own)
    {
        foreach (var file in Directory.GetFiles(system, "clr-debug-pipe-*").Concat(Directory.GetFiles(system, "dotnet-diagnostic-*")))
        {
            // clr-debug-pipe-<pid>-<key>-in|out, dotnet-diagnostic-<pid>[-<key>-socket]
            var name = System.IO.Path.GetFileName(file);
            var pidText = name[(name.StartsWith("clr-", StringComparison.Ordinal) ? "clr-debug-pipe-".Length : "dotnet-diagnostic-".Length)..].Split('-')[0];
            if (!int.TryParse(pidText, out var pid) || (ProcessLiveness.IsRunning(pid) && !(own && pid == Environment.ProcessId))) continue;
            try { File.Delete(file); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
