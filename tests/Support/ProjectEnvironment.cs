using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Valkey.Cdktf.Tests.Support;

/// <summary>
/// Gives a test process the environment <c>./build.sh test</c> gives it, however the tests were started
/// (a plain <c>dotnet test</c> from the repository root too): the project's variables
/// (<c>scripts/env.sh</c>: the jsii runtime's Node, the lazy provider preload, no telemetry) and the
/// machine's provider mirror (<c>scripts/find-provider-mirror.sh</c>), found by the scripts themselves,
/// never by a second copy of their logic. Variables already set are kept.
/// </summary>
internal static class ProjectEnvironment
{
    [ModuleInitializer]
    internal static void Install()
    {
        if (Environment.GetEnvironmentVariable("VALKEY_TF_PROVIDER_MIRROR") is { Length: > 0 } && Environment.GetEnvironmentVariable("JSII_NODE") is { Length: > 0 }) return;
        var root = FindRoot();
        if (root is null || OperatingSystem.IsWindows()) return;
        try
        {
            using var shell = Valkey.Cdktf.Tools.Cli.ChildProcess.Start("bash",
                ["-c", "source scripts/env.sh >/dev/null 2>&1; source scripts/find-provider-mirror.sh; env -0"], root, []);
            shell.CloseInput();
            Valkey.Cdktf.Tools.Cli.ChildProcess.Result said;
            try { said = shell.Wait(TimeSpan.FromSeconds(30)); }
            catch (TimeoutException) { return; }
            if (!said.Succeeded) return;
            foreach (var entry in said.Stdout.Split('\0', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = entry.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0) continue;
                var (key, value) = (entry[..eq], entry[(eq + 1)..]);
                if (Environment.GetEnvironmentVariable(key) is null) Environment.SetEnvironmentVariable(key, value);
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No bash: the tests that need Terraform's provider say so themselves.
        }
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Valkey.Cdktf.sln")) && File.Exists(Path.Combine(dir.FullName, "scripts", "env.sh"))) return dir.FullName;
        }
        return null;
    }
}
