
namespace Valkey.Cdktf.App.Tests.Synthesis;

/// <summary>Synthesizes the shipped environments and the examples once, as the app does, for the tests that read the output.</summary>
public sealed class ShippedSynthesis : IDisposable
{
    private readonly TempDir _outdir = new();
    private readonly TempDir _examples = new();
    private readonly TempDir _global = new();

    public ShippedSynthesis()
    {
        Environments = EnvironmentFile.ReadFolder(RepoPaths.Environments).Environments;
        ValkeyApp.Build(Environments, _outdir.Path).Synth();
        ValkeyApp.Build(EnvironmentFile.ReadFolder(RepoPaths.Examples).Environments, _examples.Path).Synth();
        GlobalDatastore = EnvironmentFile.ReadFolder(RepoPaths.GlobalDatastoreExample);
        ValkeyApp.Build(GlobalDatastore.Environments, _global.Path).Synth();
    }

    /// <summary>The reading of examples/global-datastore/: its two environments, and any problem.</summary>
    internal EnvironmentReading GlobalDatastore { get; }

    public string GlobalDatastoreJson(string stack) => File.ReadAllText(Path.Combine(_global.Path, "stacks", stack, "cdk.tf.json"));

    public string GlobalDatastoreManifest => File.ReadAllText(Path.Combine(_global.Path, "manifest.json"));

    internal IReadOnlyList<EnvironmentConfig> Environments { get; }

    public string StackJson(string stack) => File.ReadAllText(Path.Combine(_outdir.Path, "stacks", stack, "cdk.tf.json"));

    public string ExampleJson(string example) => File.ReadAllText(Path.Combine(_examples.Path, "stacks", example, "cdk.tf.json"));

    public void Dispose()
    {
        _outdir.Dispose();
        _examples.Dispose();
        _global.Dispose();
    }
}

/// <summary>
/// Each shipped environment's cdk.tf.json equals its accepted synthesis in <c>accepted/</c> (also the guard's default
/// baseline), and each example's its accepted synthesis in <c>accepted/examples/</c> (CDK Terrain's: <c>accepted/cdktn/</c>).
/// A mismatch always fails: accepting is <c>./build.sh snapshots</c>, never a test run; review the git diff after it.
/// </summary>
public sealed class SnapshotTests(ShippedSynthesis synthesis) : IClassFixture<ShippedSynthesis>
{
    public static IReadOnlyList<string> ShippedNames() => Names(RepoPaths.Environments);

    public static IReadOnlyList<string> ExampleNames() => Names(RepoPaths.Examples);

    private static List<string> Names(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> ShippedEnvironments() => [.. ShippedNames()];

    public static TheoryData<string> Examples() => [.. ExampleNames()];

    [Theory]
    [MemberData(nameof(ShippedEnvironments))]
    public void Synthesized_stack_matches_its_golden_file(string stack) =>
        AssertGolden(synthesis.StackJson(stack), Path.Combine(RepoPaths.Accepted, $"{stack}.cdk.tf.json"), $"environments/{stack}.json");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Synthesized_example_matches_its_golden_file(string example) =>
        AssertGolden(synthesis.ExampleJson(example), Path.Combine(RepoPaths.AcceptedExamples, $"{example}.cdk.tf.json"), $"examples/{example}.json");

    public static TheoryData<string> GlobalDatastoreExamples() => [.. Names(RepoPaths.GlobalDatastoreExample)];

    [Theory]
    [MemberData(nameof(GlobalDatastoreExamples))]
    public void Synthesized_global_datastore_example_matches_its_golden_file(string stack)
    {
        Assert.Empty(synthesis.GlobalDatastore.Problems);
        AssertGolden(synthesis.GlobalDatastoreJson(stack), Path.Combine(RepoPaths.AcceptedExamples, RepoPaths.GlobalDatastoreFolder, $"{stack}.cdk.tf.json"),
            $"examples/{RepoPaths.GlobalDatastoreFolder}/{stack}.json");
    }

    private static void AssertGolden(string actual, string golden, string source)
    {
        Assert.True(File.Exists(golden), $"no golden file {golden}; create it with ./build.sh snapshots");
        var expected = File.ReadAllText(golden);
        Assert.True(expected == actual,
            $"{source} no longer synthesizes to its golden file.{Environment.NewLine}" +
            TextDiff.Unified(expected, actual, $"golden {Path.GetFileName(golden)}", "synthesized") + Environment.NewLine +
            "If the change is intended, run ./build.sh snapshots and commit the golden file.");
    }

    [Fact]
    public void Every_golden_file_has_an_environment_or_an_example()
    {
        Assert.Empty(Orphans(RepoPaths.Accepted, ShippedNames()));
        Assert.Empty(Orphans(RepoPaths.AcceptedExamples, ExampleNames()));
        Assert.Empty(Orphans(Path.Combine(RepoPaths.AcceptedExamples, RepoPaths.GlobalDatastoreFolder), Names(RepoPaths.GlobalDatastoreExample)));
    }

    private static IEnumerable<string> Orphans(string folder, IReadOnlyList<string> names) =>
        Directory.GetFiles(folder, "*.cdk.tf.json").Select(f => Path.GetFileName(f)[..^".cdk.tf.json".Length]).Where(name => !names.Contains(name, StringComparer.Ordinal));
}
