using System.Runtime.InteropServices;

namespace Valkey.Cdktf.App.Jsii;

/// <summary>
/// The two file-system calls .NET does not offer: exchanging two folders in one atomic step
/// (Linux <c>renameat2(RENAME_EXCHANGE)</c>, macOS <c>renamex_np(RENAME_SWAP)</c>) and hard
/// links. Each says false where the platform or file system lacks it; callers fall back.
/// </summary>
internal static class NativeFiles
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;  // Linux: linux/fs.h RENAME_EXCHANGE
    private const uint RenameSwap = 2;      // macOS: sys/stdio.h RENAME_SWAP

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [DllImport("libc", EntryPoint = "renamex_np", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int RenameXNp(string from, string to, uint flags);

    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Link(string existing, string created);

    [DllImport("libc", EntryPoint = "access", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Access(string path, int mode);

    /// <summary>The environment variable that, set to 1, turns the atomic exchange off.</summary>
    public const string NoExchangeVariable = "VALKEY_NO_EXCHANGE";

    /// <summary>Exchanges the folders <paramref name="a"/> and <paramref name="b"/> atomically; false when not supported here.</summary>
    public static bool TryExchange(string a, string b)
    {
        // The off switch (Jsii/README.md): the callers' fallback, two renames, undone by the next run if killed between them.
        if (Environment.GetEnvironmentVariable(NoExchangeVariable) == "1") return false;
        try
        {
            if (OperatingSystem.IsLinux()) return RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0;
            if (OperatingSystem.IsMacOS()) return RenameXNp(a, b, RenameSwap) == 0;
        }
        catch (EntryPointNotFoundException) { }
        catch (DllNotFoundException) { }
        return false;
    }

    /// <summary>Creates <paramref name="created"/> as a hard link to <paramref name="existing"/>; false when not possible (other file system, no support).</summary>
    public static bool TryHardLink(string existing, string created)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return Link(existing, created) == 0;
        }
        catch (EntryPointNotFoundException) { }
        catch (DllNotFoundException) { }
        return false;
    }

    /// <summary>Whether this process may create and delete entries in <paramref name="folder"/> (true where it cannot tell).</summary>
    public static bool IsWritable(string folder)
    {
        if (OperatingSystem.IsWindows()) return true;
        const int writeAndSearch = 2 | 1; // W_OK | X_OK
        try
        {
            return Access(folder, writeAndSearch) == 0;
        }
        catch (EntryPointNotFoundException) { }
        catch (DllNotFoundException) { }
        return true;
    }
}
