using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary>
/// <see cref="ValkeyGlobalDatastore"/> from C#: a primary's datastore, a secondary in another stack joining it, and AWS's rules
/// on both checked before anything is made.
/// </summary>
public sealed class GlobalDatastoreTests
{
    private static ValkeyCacheProps Member() => CacheFixtures.RequiredOnly() with { NodeType = "cache.r6g.large", TransitEncryptionEnabled = true };

    private static (TerraformStack Primary, TerraformStack Secondary, ValkeyGlobalDatastore Datastore) Pair(ValkeyCacheProps secondary, ValkeyCacheProps? primaryProps = null)
    {
        var app = Testing.App();
        var east = new TerraformStack(app, "east");
        _ = new AwsProvider(east, "aws", new AwsProviderConfig { Region = "us-east-1" });
        var primary = new ValkeyCache(east, "valkey", primaryProps ?? Member());
        var datastore = new ValkeyGlobalDatastore(east, "global_datastore", new ValkeyGlobalDatastoreProps { Primary = primary, IdSuffix = "sessions" });
        var west = new TerraformStack(app, "west");
        _ = new AwsProvider(west, "aws", new AwsProviderConfig { Region = "us-west-2" });
        datastore.AddSecondary(new ValkeyCache(west, "valkey", secondary));
        return (east, west, datastore);
    }

    [Fact]
    public void The_datastore_replicates_the_primary_and_takes_its_engine_from_it()
    {
        var (east, _, _) = Pair(Member());
        var json = new TerraformJson(Testing.Synth(east));
        var global = json.Resource("aws_elasticache_global_replication_group", "valkey");

        Assert.Equal("sessions", global["global_replication_group_id_suffix"]!.GetValue<string>());
        Assert.Equal("Global datastore of pbet-hml-valkey", global["global_replication_group_description"]!.GetValue<string>());
        Assert.Equal("${aws_elasticache_replication_group.valkey.id}", global["primary_replication_group_id"]!.GetValue<string>());
        Assert.Null(global["engine"]);
    }

    [Fact]
    public void The_datastore_owns_the_primarys_node_type_and_version_and_the_primary_leaves_them_alone()
    {
        var (east, _, _) = Pair(Member());
        var json = new TerraformJson(Testing.Synth(east));
        var global = json.Resource("aws_elasticache_global_replication_group", "valkey");
        var rg = json.Resource("aws_elasticache_replication_group", "valkey");

        // The primary's own values, so creating the datastore changes nothing; a later change goes to the datastore.
        Assert.Equal(("cache.r6g.large", "8.0"), (global["cache_node_type"]!.GetValue<string>(), global["engine_version"]!.GetValue<string>()));
        Assert.Null(global["num_node_groups"]);
        var ignored = rg["lifecycle"]!["ignore_changes"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Contains("node_type", ignored);
        Assert.Contains("engine_version", ignored);
        Assert.DoesNotContain("num_node_groups", ignored);
        // Still written: the primary is created with them.
        Assert.Equal("cache.r6g.large", rg["node_type"]!.GetValue<string>());
    }

    [Fact]
    public void A_cluster_mode_datastore_owns_its_shard_count()
    {
        var clustered = Member() with { NumNodeGroups = 3 };
        var (east, _, _) = Pair(clustered, clustered);
        var json = new TerraformJson(Testing.Synth(east));

        Assert.Equal(3, json.Resource("aws_elasticache_global_replication_group", "valkey")["num_node_groups"]!.GetValue<int>());
        Assert.Contains("num_node_groups", json.Resource("aws_elasticache_replication_group", "valkey")["lifecycle"]!["ignore_changes"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public void A_secondary_leaves_its_engine_to_the_datastore()
    {
        var (_, west, _) = Pair(Member());
        var rg = new TerraformJson(Testing.Synth(west)).Resource("aws_elasticache_replication_group", "valkey");

        Assert.Null(rg["engine"]);
        Assert.Contains("engine", rg["lifecycle"]!["ignore_changes"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public void A_secondary_joins_by_a_reference_and_sends_no_shard_count()
    {
        var (_, west, _) = Pair(Member() with { NumCacheNodes = 3 });
        var rg = new TerraformJson(Testing.Synth(west)).Resource("aws_elasticache_replication_group", "valkey");

        Assert.Contains("global_replication_group_id", rg["global_replication_group_id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(rg["num_node_groups"]);
        Assert.Null(rg["cluster_mode"]);
        // Each member keeps its own number of replicas (the User Guide: "a different number of read replicas").
        Assert.Equal(3, rg["num_cache_clusters"]!.GetValue<int>());
    }

    [Fact]
    public void A_secondary_unlike_its_primary_is_refused_with_every_difference()
    {
        var e = Assert.Throws<ValkeyConfigurationException>(() =>
            Pair(Member() with { NodeType = "cache.r6g.xlarge", EngineVersion = "7.2", AtRestEncryptionEnabled = false }));

        Assert.Equal(["node_type", "engine_version", "at_rest_encryption_enabled"], e.Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData("sessions-", "id_suffix")]
    [InlineData("a${b}", "id_suffix")]
    public void A_bad_suffix_is_refused(string suffix, string field)
    {
        var app = Testing.App();
        var stack = new TerraformStack(app, "east");
        var primary = new ValkeyCache(stack, "valkey", Member());

        var e = Assert.Throws<ValkeyConfigurationException>(() =>
            new ValkeyGlobalDatastore(stack, "global_datastore", new ValkeyGlobalDatastoreProps { Primary = primary, IdSuffix = suffix }));
        Assert.Equal(field, Assert.Single(e.Problems).Field);
    }

    [Fact]
    public void A_burstable_primary_is_refused()
    {
        var app = Testing.App();
        var stack = new TerraformStack(app, "east");
        var primary = new ValkeyCache(stack, "valkey", Member() with { NodeType = "cache.t3.micro" });

        var e = Assert.Throws<ValkeyConfigurationException>(() =>
            new ValkeyGlobalDatastore(stack, "global_datastore", new ValkeyGlobalDatastoreProps { Primary = primary, IdSuffix = "sessions" }));
        Assert.Equal("node_type", Assert.Single(e.Problems).Field);
    }
}
