using System.Text.RegularExpressions;

namespace Valkey.Cdktf.App.Tests.Cli;

/// <summary>Every environment variable of the project's own that a command reads is in <c>./build.sh help</c> and in the README.</summary>
public sealed partial class EnvironmentVariableTests
{
    [GeneratedRegex(@"\b(VALKEY_[A-Z_]+)\b")] private static partial Regex ValkeyVariable();

    // Read by the tests' own harness only, never by a command a user runs (the app's TestHold: a moment to stop at).
    private static readonly HashSet<string> TestOnly = new(StringComparer.Ordinal) { "VALKEY_TEST_HOLD" };

    [Fact]
    public void Every_variable_the_sources_and_scripts_read_is_in_the_help_and_the_readme()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "scripts"), "*.sh"))
            .Append(Path.Combine(RepoPaths.Root, "build.sh"));
        var read = files.SelectMany(f => ValkeyVariable().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(v => !TestOnly.Contains(v) && !v.EndsWith('_')).ToHashSet(StringComparer.Ordinal);
        read.UnionWith(["CDKTF_OUTDIR", "TF_CLI_CONFIG_FILE"]);
        var help = Processes.Run("bash", [Path.Combine(RepoPaths.Root, "build.sh"), "help"], RepoPaths.Root, new Dictionary<string, string>());
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        Assert.True(read.Count >= 10, string.Join(", ", read));
        Assert.All(read, v => Assert.Contains(v, help.Stdout, StringComparison.Ordinal));
        Assert.All(read, v => Assert.Contains($"`{v}`", readme, StringComparison.Ordinal));
    }
}
