using System.Runtime.InteropServices;

namespace Valkey.Cdktf.App.Cli;

/// <summary>
/// A shell starts a background job (<c>cmd &amp;</c> in a script) with SIGINT ignored, and the .NET
/// runtime then leaves an ignored SIGINT ignored: a group interrupt passed the app by while its
/// Node.js child died of it, which ended in an unhandled exception (exit 134) instead of a clean
/// stop. So an inherited ignore of SIGINT is set back to the default before the app registers its
/// handler, and an interrupt is an interrupt however the app was started (exit 130; SIGTERM 143
/// only when the app cannot stop cleanly, which it always tries to).
/// </summary>
internal static class InheritedIgnore
{
    private const int SigInt = 2; // the same number on Linux and macOS
    private const nint SigIgn = 1;

    [DllImport("libc", EntryPoint = "sigaction", SetLastError = true)]
    private static extern int QueryAction(int signal, IntPtr action, IntPtr previous);

    [DllImport("libc", EntryPoint = "signal", SetLastError = true)]
    private static extern IntPtr SetHandler(int signal, IntPtr handler);

    /// <summary>Sets SIGINT back to its default action when it was inherited as ignored; elsewhere does nothing.</summary>
    public static void Undo()
    {
        if (OperatingSystem.IsWindows()) return;
        // struct sigaction begins with the handler on Linux and macOS; 256 bytes hold the whole struct on both.
        var previous = Marshal.AllocHGlobal(256);
        try
        {
            if (QueryAction(SigInt, IntPtr.Zero, previous) == 0 && Marshal.ReadIntPtr(previous) == SigIgn)
            {
                SetHandler(SigInt, IntPtr.Zero); // SIG_DFL
            }
        }
        catch (EntryPointNotFoundException)
        {
        }
        catch (DllNotFoundException)
        {
        }
        finally
        {
            Marshal.FreeHGlobal(previous);
        }
    }
}
