using System.Diagnostics;

namespace Valkey.Cdktf.App.Cli;

/// <summary>Whether the process that left a file or folder behind still runs: its leftovers are then not leftovers.</summary>
internal static class ProcessLiveness
{
    /// <summary>True for this process and any process that runs (a reused pid counts as running: its files are kept).</summary>
    public static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }
}
