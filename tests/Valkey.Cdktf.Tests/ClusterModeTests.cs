using System.Text.Json.Nodes;
using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary><c>num_node_groups</c> and <c>replicas_per_node_group</c>: cluster mode enabled.</summary>
public sealed class ClusterModeTests
{
    private static ValkeyCacheProps Shards(int shards, int? replicas = null) =>
        CacheFixtures.RequiredOnly() with { NumNodeGroups = shards, ReplicasPerNodeGroup = replicas };

    private static JsonObject Group(TerraformJson json) => json.Resource("aws_elasticache_replication_group", "valkey");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_stack_of_N_shards_is_a_cluster_mode_group_with_the_default_replica(int shards)
    {
        var rg = Group(CacheFixtures.SynthCache(Shards(shards)));

        Assert.Equal("enabled", rg["cluster_mode"]!.GetValue<string>());
        Assert.Equal(shards, rg["num_node_groups"]!.GetValue<int>());
        Assert.Equal(1, rg["replicas_per_node_group"]!.GetValue<int>());
        Assert.Null(rg["num_cache_clusters"]);
        Assert.True(rg["automatic_failover_enabled"]!.GetValue<bool>());
        Assert.True(rg["multi_az_enabled"]!.GetValue<bool>());
        Assert.Equal("default.valkey8.cluster.on", rg["parameter_group_name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    public void There_is_an_alarm_per_member_with_AWS_member_ids(int shards, int replicas)
    {
        var alarms = CacheFixtures.SynthCache(Shards(shards, replicas)).Resources("aws_cloudwatch_metric_alarm")!;
        var members = alarms.Where(a => a.Value!["metric_name"]?.GetValue<string>() == "EngineCPUUtilization")
            .Select(a => a.Value!["dimensions"]!["CacheClusterId"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();

        var expected = Enumerable.Range(1, shards).SelectMany(s => Enumerable.Range(1, replicas + 1).Select(n => $"pbet-hml-valkey-{s:D4}-{n:D3}")).ToList();
        Assert.Equal(expected, members);
        Assert.Contains("valkey_0001_001_engine_cpu", alarms.Select(a => a.Key));
        Assert.Equal("pbet-hml-valkey-0001-001-engine-cpu", alarms["valkey_0001_001_engine_cpu"]!["alarm_name"]!.GetValue<string>());
        // ReplicationLag only where there are replicas.
        Assert.Equal(replicas > 0 ? expected.Count : 0, alarms.Count(a => a.Value!["metric_name"]?.GetValue<string>() == "ReplicationLag"));
    }

    [Fact]
    public void Without_replicas_there_is_no_multi_az_but_failover_stays_on()
    {
        var props = Shards(2, 0) with { PrivateSubnetIds = ["subnet-12345"] };
        var rg = Group(CacheFixtures.SynthCache(props));

        Assert.False(rg["multi_az_enabled"]!.GetValue<bool>());
        Assert.True(rg["automatic_failover_enabled"]!.GetValue<bool>());
        Assert.Empty(ValkeyCacheRules.Check(props));
    }

    [Fact]
    public void Parameters_in_cluster_mode_say_cluster_enabled_yes()
    {
        var json = CacheFixtures.SynthCache(Shards(2) with { Parameters = new Dictionary<string, string> { ["maxmemory-policy"] = "allkeys-lru" } });
        var parameters = json.Resource("aws_elasticache_parameter_group", "valkey")["parameter"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["value"]!.GetValue<string>());

        Assert.Equal("yes", parameters["cluster-enabled"]);
        Assert.Equal("allkeys-lru", parameters["maxmemory-policy"]);
    }

    public static TheoryData<string, string, string> Refused() => new()
    {
        { "both", "num_cache_nodes", "never both" },
        { "no shards", "num_node_groups", "1 to 500" },
        { "too many shards", "num_node_groups", "1 to 500" },
        { "six replicas", "replicas_per_node_group", "0 to 5" },
        { "over 500 nodes", "num_node_groups", "at most 500 nodes in all: 100 shards × (5 replicas + 1) is 600" },
        { "replicas alone", "replicas_per_node_group", "only with num_node_groups" },
        { "a non-cluster default group", "parameter_group_name", ".cluster.on" },
        { "a cluster default group without shards", "parameter_group_name", "without .cluster.on" },
        { "replicas in one subnet", "private_subnet_ids", "each shard has a replica" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_bad_topology_is_named_with_what_is_expected(string variant, string field, string expected)
    {
        var props = variant switch
        {
            "both" => Shards(2) with { NumCacheNodes = 2 },
            "no shards" => Shards(0),
            "too many shards" => Shards(501),
            "six replicas" => Shards(2, 6),
            "over 500 nodes" => Shards(100, 5),
            "replicas alone" => CacheFixtures.RequiredOnly() with { ReplicasPerNodeGroup = 1 },
            "a non-cluster default group" => Shards(2) with { ParameterGroupName = "default.valkey8" },
            "a cluster default group without shards" => CacheFixtures.RequiredOnly() with { ParameterGroupName = "default.valkey8.cluster.on" },
            _ => Shards(2) with { PrivateSubnetIds = ["subnet-12345"] },
        };

        var problem = Assert.Single(ValkeyCacheRules.Check(props));

        Assert.Equal(field, problem.Field);
        Assert.Contains(expected, problem.Expected, StringComparison.Ordinal);
    }
}
