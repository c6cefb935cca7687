using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Stacks;

/// <summary>The stack in cluster mode: its outputs, and what the guard says of resharding and of switching the mode.</summary>
public sealed class ClusterModeStackTests
{
    [Fact]
    public void Every_endpoint_output_is_the_configuration_endpoint_never_null()
    {
        var json = StackFixtures.Synth(CacheFixtures.RequiredOnly() with { NumNodeGroups = 2 });

        Assert.Equal("${aws_elasticache_replication_group.valkey.configuration_endpoint_address}", json.Outputs["valkey_endpoint"]!["value"]!.GetValue<string>());
        Assert.Equal("${aws_elasticache_replication_group.valkey.configuration_endpoint_address}", json.Outputs["valkey_reader_endpoint"]!["value"]!.GetValue<string>());
        Assert.StartsWith("redis://${aws_elasticache_replication_group.valkey.configuration_endpoint_address}:", json.Outputs["valkey_connection_url"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static Guard.Judged Verdict(Action<JsonObject> before, Action<JsonObject> after) => Guard.GuardFixtures.HmlVerdict(before, after);

    private static void Shards(JsonObject v, int shards)
    {
        v.Remove("num_cache_nodes");
        v["num_node_groups"] = shards;
    }

    [Fact]
    public void Resharding_is_in_place_and_passes()
    {
        var verdict = Verdict(v => Shards(v, 2), v => Shards(v, 3));

        Assert.True(verdict.Passed, verdict.Report());
        Assert.True(verdict.Updates("aws_elasticache_replication_group.valkey", "num_node_groups"));
        Assert.DoesNotContain(verdict.Findings, f => f.Kind == FindingKind.DataLost);
        Assert.True(verdict.Row("aws_cloudwatch_metric_alarm.valkey_0003_001_engine_cpu")!.IsCreate);
    }

    [Fact]
    public void Turning_cluster_mode_on_for_an_existing_cache_is_refused_with_the_rule()
    {
        var verdict = Verdict(_ => { }, v => Shards(v, 2));

        Assert.False(verdict.Passed);
        Assert.Contains(verdict.Findings, f => f.RuleId == "APPLY-CLUSTER-MODE" && f.Blocks);
    }
}
