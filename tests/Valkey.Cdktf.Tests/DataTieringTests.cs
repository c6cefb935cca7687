using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary>
/// data_tiering_enabled: written true on the node families that have data tiering (cache.r6gd), which AWS requires,
/// and not at all on others (CreateReplicationGroup, DataTieringEnabled).
/// </summary>
public sealed class DataTieringTests
{
    private static ValkeyCacheProps Tiered => CacheFixtures.RequiredOnly() with { NodeType = "cache.r6gd.xlarge", AlarmHostCpuPercent = 50 };

    [Fact]
    public void A_tiered_node_gets_data_tiering_without_being_told()
    {
        var rg = CacheFixtures.SynthCache(Tiered).Resource("aws_elasticache_replication_group", "valkey");

        Assert.True(rg["data_tiering_enabled"]!.GetValue<bool>());
        Assert.Empty(ValkeyCacheRules.Check(Tiered));
    }

    [Fact]
    public void Another_node_writes_nothing_of_it()
    {
        var rg = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly()).Resource("aws_elasticache_replication_group", "valkey");

        Assert.Null(rg["data_tiering_enabled"]);
    }

    [Fact]
    public void Saying_true_on_a_tiered_node_is_the_same_stack()
    {
        var said = CacheFixtures.SynthCache(Tiered with { DataTieringEnabled = true }).Resource("aws_elasticache_replication_group", "valkey");
        var left = CacheFixtures.SynthCache(Tiered).Resource("aws_elasticache_replication_group", "valkey");

        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(said, left));
    }
}
