using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Configuration;

/// <summary>Values at the edges of the rules still synthesize, and a good run replaces the output whole.</summary>
public sealed class ValidEdgeCaseTests
{
    private static readonly Dictionary<string, Action<JsonObject>> Cases = new()
    {
        ["1 node, 1 subnet"] = v => { v["num_cache_nodes"] = 1; v["private_subnet_ids"] = new JsonArray("subnet-12345"); },
        ["6 nodes"] = v => v["num_cache_nodes"] = 6,
        ["retention 0"] = v => v["snapshot_retention_limit"] = 0,
        ["retention 35"] = v => v["snapshot_retention_limit"] = 35,
        ["adjacent windows, snapshot first"] = v => { v["snapshot_window"] = "02:00-03:00"; v["maintenance_window"] = "sun:03:00-sun:04:00"; },
        ["adjacent windows, maintenance first"] = v => { v["maintenance_window"] = "sat:23:00-sun:00:00"; v["snapshot_window"] = "00:00-01:00"; },
        ["windows of exactly 60 minutes across midnight"] = v => { v["maintenance_window"] = "sat:23:30-sun:00:30"; v["snapshot_window"] = "01:00-02:00"; },
        ["engine 7.2 with its parameter group"] = v => { v["engine_version"] = "7.2"; v["parameter_group_name"] = "default.valkey7"; },
        ["engine 8.1"] = v => v["engine_version"] = "8.1",
        ["custom parameter group"] = v => v["parameter_group_name"] = "pbet-valkey8-tuned",
        ["replication group id of exactly 40 characters"] = v => { v["prefix"] = "plataforma-de-apostas"; v["environment"] = "homologacao"; },
        ["only required variables"] = v =>
        {
            foreach (var key in new[] { "node_type", "num_cache_nodes", "engine_version", "port", "parameter_group_name", "at_rest_encryption_enabled",
                                        "transit_encryption_enabled", "maintenance_window", "snapshot_retention_limit", "snapshot_window", "tags" })
            {
                v.Remove(key);
            }
        },
    };

    public static TheoryData<string> CaseIds() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void An_edge_value_synthesizes(string caseId)
    {
        using var work = new TempDir();
        var file = BadEnvironmentFileTests.ValidFile();
        Cases[caseId](file["variables"]!.AsObject());
        File.WriteAllText(Path.Combine(work.Path, "edge.json"), file.ToJsonString());
        var outdir = Path.Combine(work.Path, "out");
        var error = new StringWriter();

        var exit = SynthCommand.Run(work.Path, outdir, error);

        Assert.True(exit == ExitCode.Ok, error.ToString());
        Assert.True(File.Exists(Path.Combine(outdir, "stacks", "edge", "cdk.tf.json")));
    }

    [Fact]
    public void A_good_run_replaces_the_synthesized_files_keeps_terraforms_own_and_drops_retired_stacks()
    {
        using var work = new TempDir();
        File.WriteAllText(Path.Combine(work.Path, "hml.json"), BadEnvironmentFileTests.ValidFile().ToJsonString());
        var outdir = Path.Combine(work.Path, "cdktf.out");
        FolderSnapshot.Seed(outdir);
        Directory.CreateDirectory(Path.Combine(outdir, "stacks", "retired"));
        File.WriteAllText(Path.Combine(outdir, "stacks", "retired", "cdk.tf.json"), "{}");

        var exit = SynthCommand.Run(work.Path, outdir, new StringWriter());

        Assert.Equal(ExitCode.Ok, exit);
        var stack = File.ReadAllText(Path.Combine(outdir, "stacks", "hml", "cdk.tf.json"));
        Assert.Contains("aws_elasticache_replication_group", stack, StringComparison.Ordinal);
        Assert.DoesNotContain("previous", File.ReadAllText(Path.Combine(outdir, "manifest.json")), StringComparison.Ordinal);
        Assert.Equal("terraform init was here\n", File.ReadAllText(Path.Combine(outdir, "stacks", "hml", ".terraform", "marker")));
        Assert.False(Directory.Exists(Path.Combine(outdir, "stacks", "retired")), "the folder of a stack no longer synthesized stays");
        Assert.Equal(["cdktf.out", "hml.json"], Directory.GetFileSystemEntries(work.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
