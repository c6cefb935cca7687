using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Synthesis;

/// <summary>
/// bench/ts-baseline, the TypeScript CDKTF program the benchmark compares the C# app with,
/// synthesizes the same Terraform (resources, attributes, outputs, provider, backend) as the
/// accepted C# synthesis of every shipped environment, CDKTF's metadata aside: the speed ratio
/// in docs/benchmarks.md compares equal work.
/// </summary>
public sealed class BenchBaselineTests
{
    [Fact]
    public void The_typescript_baseline_synthesizes_what_the_app_does()
    {
        using var work = new TempDir();
        var outdir = Path.Combine(work.Path, "out");

        var result = Processes.Run(Path.Combine(RepoPaths.Root, "node_modules", ".bin", "node"), [Path.Combine(RepoPaths.Root, "bench", "ts-baseline", "main.js")],
            RepoPaths.Root, new Dictionary<string, string> { ["CDKTF_OUTDIR"] = outdir, ["NODE_OPTIONS"] = "" });

        Assert.True(result.ExitCode == 0, result.Stderr);
        foreach (var stack in SnapshotTests.ShippedNames())
        {
            var csharp = WithoutMetadata(JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.AcceptedCdktf, $"{stack}.cdk.tf.json") /* the baseline is CDKTF's, whatever this build's toolchain */)));
            var typescript = WithoutMetadata(JsonNode.Parse(File.ReadAllText(Path.Combine(outdir, "stacks", stack, "cdk.tf.json"))));
            Assert.True(JsonNode.DeepEquals(csharp, typescript),
                $"{stack}: bench/ts-baseline writes other Terraform than the app:{Environment.NewLine}" +
                TextDiff.Unified(csharp!.ToJsonString(Indented), typescript!.ToJsonString(Indented), "C#", "TypeScript"));
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static JsonNode? WithoutMetadata(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Where(p => p.Key != "//").Select(p => KeyValuePair.Create(p.Key, WithoutMetadata(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(WithoutMetadata)]),
        _ => node?.DeepClone(),
    };
}
