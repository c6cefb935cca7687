using System.Runtime.InteropServices;

namespace Valkey.Cdktf.App.Cli;

/// <summary>Ends the process at once, without the runtime's exit handlers (libc <c>_exit</c>); elsewhere <see cref="Environment.Exit"/>.</summary>
internal static class ImmediateExit
{
    [DllImport("libc", EntryPoint = "_exit")]
    private static extern void Exit(int status);

    public static void Now(int code)
    {
        if (!OperatingSystem.IsWindows())
        {
            try { Exit(code); }
            catch (EntryPointNotFoundException) { }
            catch (DllNotFoundException) { }
        }
        Environment.Exit(code);
    }
}
