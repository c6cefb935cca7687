
namespace Valkey.Cdktf.App.Tests.Synthesis;

/// <summary>Synthesizes the shipped environments once, as the app does, for the tests that read the output.</summary>
public sealed class ShippedSynthesis : IDisposable
{
    private readonly TempDir _outdir = new();

    public ShippedSynthesis()
    {
        Environments = EnvironmentFile.ReadFolder(RepoPaths.Environments).Environments;
        ValkeyApp.Build(Environments, _outdir.Path).Synth();
    }

    internal IReadOnlyList<EnvironmentConfig> Environments { get; }

    public string StackJson(string stack) => File.ReadAllText(Path.Combine(_outdir.Path, "stacks", stack, "cdk.tf.json"));

    public void Dispose() => _outdir.Dispose();
}

/// <summary>
/// Each shipped environment's cdk.tf.json equals its accepted synthesis in <c>accepted/</c>
/// (also the guard's default baseline). A mismatch always fails: accepting is
/// <c>./build.sh snapshots</c>, never a test run; review the git diff after it.
/// </summary>
public sealed class SnapshotTests(ShippedSynthesis synthesis) : IClassFixture<ShippedSynthesis>
{
    public static IReadOnlyList<string> ShippedNames() =>
        [.. Directory.GetFiles(RepoPaths.Environments, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> ShippedEnvironments() => [.. ShippedNames()];

    [Theory]
    [MemberData(nameof(ShippedEnvironments))]
    public void Synthesized_stack_matches_its_golden_file(string stack)
    {
        var actual = synthesis.StackJson(stack);
        var golden = Path.Combine(RepoPaths.Accepted, $"{stack}.cdk.tf.json");
        Assert.True(File.Exists(golden), $"no golden file {golden}; create it with ./build.sh snapshots");
        var expected = File.ReadAllText(golden);
        Assert.True(expected == actual,
            $"environments/{stack}.json no longer synthesizes to its golden file.{Environment.NewLine}" +
            TextDiff.Unified(expected, actual, $"golden {stack}.cdk.tf.json", "synthesized") + Environment.NewLine +
            "If the change is intended, run ./build.sh snapshots and commit the golden file.");
    }

    [Fact]
    public void Every_golden_file_has_an_environment()
    {
        var environments = ShippedNames().ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.GetFiles(RepoPaths.Accepted, "*.cdk.tf.json")
            .Select(f => Path.GetFileName(f)[..^".cdk.tf.json".Length])
            .Where(name => !environments.Contains(name));
        Assert.Empty(orphans);
    }
}
