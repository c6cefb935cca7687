using Valkey.Cdktf.Configuration;
using Valkey.Cdktf.Synthesis;
using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests.Snapshots;

/// <summary>Synthesizes the shipped environments once, as the app does, for the tests that read the output.</summary>
public sealed class ShippedSynthesis : IDisposable
{
    private readonly TempDir _outdir = new();

    public ShippedSynthesis()
    {
        Environments = EnvironmentFile.ReadFolder(RepoPaths.Environments);
        ValkeyApp.Build(Environments, _outdir.Path).Synth();
    }

    public IReadOnlyList<EnvironmentConfig> Environments { get; }

    public string StackJson(string stack) => File.ReadAllText(Path.Combine(_outdir.Path, "stacks", stack, "cdk.tf.json"));

    public void Dispose() => _outdir.Dispose();
}

/// <summary>
/// Each shipped environment's cdk.tf.json equals its committed golden file in this folder.
/// After an intended change, re-accept with <c>./build.sh snapshots</c> and review the git diff.
/// </summary>
public sealed class SnapshotTests(ShippedSynthesis synthesis) : IClassFixture<ShippedSynthesis>
{
    public const string UpdateVariable = "VALKEY_UPDATE_SNAPSHOTS";

    public static IReadOnlyList<string> ShippedNames() =>
        [.. Directory.GetFiles(RepoPaths.Environments, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> ShippedEnvironments() => [.. ShippedNames()];

    [Theory]
    [MemberData(nameof(ShippedEnvironments))]
    public void Synthesized_stack_matches_its_golden_file(string stack)
    {
        var actual = synthesis.StackJson(stack);
        var golden = Path.Combine(RepoPaths.Snapshots, $"{stack}.cdk.tf.json");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1") File.WriteAllText(golden, actual);

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
        var orphans = Directory.GetFiles(RepoPaths.Snapshots, "*.cdk.tf.json")
            .Select(f => Path.GetFileName(f)[..^".cdk.tf.json".Length])
            .Where(name => !environments.Contains(name));
        Assert.Empty(orphans);
    }
}
