using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>
/// A global datastore's node type or version, changed in both members' files: the datastore takes it (ModifyGlobalReplicationGroup,
/// at once in every region), not the primary's replication group, which leaves both to it (ignore_changes).
/// </summary>
public sealed class GlobalDatastoreGuardTests
{
    private const string Datastore = "aws_elasticache_global_replication_group.valkey";
    private const string Group = "aws_elasticache_replication_group.valkey";

    /// <summary>The example pair with <paramref name="change"/> made to both files' variables, the primary's stack judged from the pair as it is.</summary>
    private static Judged PrimaryVerdict(Action<JsonObject> change)
    {
        using var work = new TempDir();
        IReadOnlyList<EnvironmentConfig> Read(Action<JsonObject>? edit)
        {
            return [.. new[] { "primary", "secondary" }.Select(name =>
            {
                var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.GlobalDatastoreExample, $"{name}.json")))!.AsObject();
                edit?.Invoke(file["variables"]!.AsObject());
                return EnvironmentFile.Parse(name, file.ToJsonString(), $"{name}.json").Single();
            })];
        }
        var accepted = Synthesizer.Synthesize(Read(null), Path.Combine(work.Path, "before")).Single(s => s.Environment.Name == "primary").Json;
        var environments = Read(change);
        var proposed = Synthesizer.Synthesize(environments, Path.Combine(work.Path, "after")).Single(s => s.Environment.Name == "primary").Json;
        return GuardFixtures.Judge(environments[0], accepted, proposed, "examples/global-datastore/primary.json");
    }

    [Fact]
    public void A_new_node_type_scales_the_datastore_at_once_and_not_the_primary_alone()
    {
        var verdict = PrimaryVerdict(v => v["node_type"] = "cache.r6g.xlarge");

        Assert.True(verdict.Passed, verdict.Report());
        Assert.True(verdict.Updates(Datastore, "cache_node_type"));
        Assert.Equal("no-op", verdict.Row(Group)!.Action);
        var warning = Assert.Single(verdict.Findings, f => f.RuleId == "APPLY-DATASTORE-AT-ONCE");
        Assert.Equal(FindingLevel.Warning, warning.Level);
        Assert.DoesNotContain(verdict.Findings, f => f.RuleId == "APPLY-DEFERRED");
    }

    [Fact]
    public void A_minor_upgrade_goes_to_the_datastore_and_a_major_one_is_refused()
    {
        var minor = PrimaryVerdict(v => v["engine_version"] = "8.1");
        var major = PrimaryVerdict(v => v["engine_version"] = "9.0");

        Assert.True(minor.Passed, minor.Report());
        Assert.True(minor.Updates(Datastore, "engine_version"));
        Assert.False(major.Passed);
        Assert.Contains("APPLY-DATASTORE-ENGINE", major.FailingRules);
    }
}
