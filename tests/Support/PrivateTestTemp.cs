using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Valkey.Cdktf.Tests.Support;

/// <summary>
/// Gives each test process a temp folder of its own, removed when the process exits, however
/// the tests were started (<c>./build.sh test</c> or a plain <c>dotnet test</c>): CDKTF's
/// <c>Testing.App()</c> makes a <c>cdktf.outdir.*</c> folder for every stack it synthesizes and the
/// jsii runtime unpacks its packages, and neither removes them. <c>TMPDIR</c> is set before the
/// jsii runtime's Node.js process starts, so it inherits the folder too.
/// </summary>
/// <remarks>
/// A test host that is killed (by the test platform, or by a user's Ctrl-C) runs no exit handler, and a folder the jsii
/// runtime is still writing into at exit may not delete at the first try. So the removal at exit is tried a few times,
/// and each test process first removes the folders of earlier test processes that are gone (the process id in the name
/// is no running process's).
/// </remarks>
internal static class PrivateTestTemp
{
    private const string Prefix = "valkey-cdktf-test-run-";

    [ModuleInitializer]
    internal static void Install()
    {
        var parent = Path.GetTempPath();
        RemoveLeftovers(parent);
        var folder = Directory.CreateDirectory(Path.Combine(parent, $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;
        Environment.SetEnvironmentVariable("TMPDIR", folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove(folder, attempts: 5);
    }

    /// <summary>The folders of test processes that are no longer running.</summary>
    private static void RemoveLeftovers(string parent)
    {
        string[] folders;
        try { folders = Directory.GetDirectories(parent, $"{Prefix}*"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return; }
        foreach (var folder in folders)
        {
            var rest = Path.GetFileName(folder)[Prefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(rest[..dash], out var pid) || Running(pid)) continue;
            Remove(folder, attempts: 1);
        }
    }

    // As the app's ProcessLiveness.IsRunning, which the library's tests do not reference (they see only the library).
    private static bool Running(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void Remove(string folder, int attempts)
    {
        for (var i = 1; i <= attempts; i++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file the jsii runtime still writes: try again shortly.
                if (i < attempts) Thread.Sleep(200);
            }
        }
    }
}
