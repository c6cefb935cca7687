using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary>How the module's variables map onto the three resources.</summary>
public sealed class ValkeyCacheMappingTests
{
    private const string ReplicationGroup = "aws_elasticache_replication_group";
    private const string SubnetGroup = "aws_elasticache_subnet_group";
    private const string SecurityGroup = "aws_security_group";

    [Fact]
    public void Absent_optional_variables_take_the_module_defaults()
    {
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly());

        json.AssertResourceWithProperties(ReplicationGroup, new Dictionary<string, object>
        {
            ["engine"] = "valkey",
            ["node_type"] = "cache.t3.micro",
            ["num_cache_clusters"] = 2,
            ["engine_version"] = "8.0",
            ["port"] = 6379,
            ["parameter_group_name"] = "default.valkey8",
            ["at_rest_encryption_enabled"] = "true",
            ["transit_encryption_enabled"] = false,
        });
        var rg = json.Resource(ReplicationGroup, "valkey");
        Assert.Null(rg["maintenance_window"]);
        Assert.Null(rg["snapshot_window"]);
        Assert.Null(rg["snapshot_retention_limit"]);
    }

    [Fact]
    public void Every_variable_reaches_its_attribute()
    {
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with
        {
            NodeType = "cache.r6g.large",
            NumCacheNodes = 3,
            EngineVersion = "7.2",
            Port = 6380,
            ParameterGroupName = "default.valkey7",
            AtRestEncryptionEnabled = false,
            TransitEncryptionEnabled = true,
            MaintenanceWindow = "sun:03:00-sun:04:00",
            SnapshotRetentionLimit = 7,
            SnapshotWindow = "02:00-03:00",
        });

        json.AssertResourceWithProperties(ReplicationGroup, new Dictionary<string, object>
        {
            ["replication_group_id"] = "pbet-hml-valkey",
            ["node_type"] = "cache.r6g.large",
            ["num_cache_clusters"] = 3,
            ["engine_version"] = "7.2",
            ["port"] = 6380,
            ["parameter_group_name"] = "default.valkey7",
            ["at_rest_encryption_enabled"] = "false",
            ["transit_encryption_enabled"] = true,
            ["maintenance_window"] = "sun:03:00-sun:04:00",
            ["snapshot_retention_limit"] = 7,
            ["snapshot_window"] = "02:00-03:00",
            ["subnet_group_name"] = "${aws_elasticache_subnet_group.valkey.name}",
            ["security_group_ids"] = new[] { "${aws_security_group.valkey.id}" },
        });
        var description = json.Resource(ReplicationGroup, "valkey")["description"]!.GetValue<string>();
        Assert.Contains("plataforma-bet", description, StringComparison.Ordinal);
    }

    [Fact]
    public void One_node_turns_automatic_failover_and_multi_az_off()
    {
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { NumCacheNodes = 1, PrivateSubnetIds = ["subnet-12345"] });

        json.AssertResourceWithProperties(ReplicationGroup, new Dictionary<string, object>
        {
            ["num_cache_clusters"] = 1,
            ["automatic_failover_enabled"] = false,
            ["multi_az_enabled"] = false,
        });
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public void Two_or_more_nodes_turn_automatic_failover_and_multi_az_on(int nodes)
    {
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { NumCacheNodes = nodes });

        json.AssertResourceWithProperties(ReplicationGroup, new Dictionary<string, object>
        {
            ["num_cache_clusters"] = nodes,
            ["automatic_failover_enabled"] = true,
            ["multi_az_enabled"] = true,
        });
    }

    [Fact]
    public void The_only_ingress_is_tcp_on_the_port_from_the_ecs_security_group()
    {
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { Port = 6380, EcsSecurityGroupId = "sg-0abc" });

        var sg = json.Resource(SecurityGroup, "valkey");
        var ingress = Assert.Single(sg["ingress"]!.AsArray())!.AsObject();
        Assert.Equal("tcp", ingress["protocol"]!.GetValue<string>());
        Assert.Equal(6380, ingress["from_port"]!.GetValue<int>());
        Assert.Equal(6380, ingress["to_port"]!.GetValue<int>());
        Assert.Equal(["sg-0abc"], ingress["security_groups"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Empty(ingress["cidr_blocks"]!.AsArray());
        Assert.Empty(ingress["ipv6_cidr_blocks"]!.AsArray());
        Assert.Empty(ingress["prefix_list_ids"]!.AsArray());
        Assert.False(ingress["self"]!.GetValue<bool>());
        Assert.Empty(sg["egress"]!.AsArray()); // none, written: the nodes open no connection
        Assert.Equal("vpc-12345", sg["vpc_id"]!.GetValue<string>());
    }

    [Fact]
    public void The_security_group_and_its_rule_have_real_descriptions()
    {
        var sg = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly()).Resource(SecurityGroup, "valkey");

        var descriptions = new[] { sg["description"]!.GetValue<string>(), sg["ingress"]![0]!["description"]!.GetValue<string>() };
        Assert.All(descriptions, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d));
            Assert.NotEqual("Managed by Terraform", d);
        });
    }

    [Fact]
    public void The_subnet_group_covers_the_private_subnets()
    {
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { PrivateSubnetIds = ["subnet-a1", "subnet-b2", "subnet-c3"] });

        json.AssertResourceWithProperties(SubnetGroup, new Dictionary<string, object>
        {
            ["name"] = "pbet-hml-valkey-subnets",
            ["subnet_ids"] = new[] { "subnet-a1", "subnet-b2", "subnet-c3" },
        });
    }

    [Fact]
    public void Names_follow_the_convention_prefix_environment_valkey()
    {
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { Prefix = "acme", Environment = "stg" });

        Assert.Equal("acme-stg-valkey", json.Resource(ReplicationGroup, "valkey")["replication_group_id"]!.GetValue<string>());
        Assert.Equal("acme-stg-valkey-subnets", json.Resource(SubnetGroup, "valkey")["name"]!.GetValue<string>());
        Assert.Equal("acme-stg-valkey-sg", json.Resource(SecurityGroup, "valkey")["name"]!.GetValue<string>());
    }

    [Fact]
    public void Every_resource_carries_the_environment_tags_and_its_own_name_tag()
    {
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with
        {
            Tags = new Dictionary<string, string> { ["Environment"] = "homolog", ["Project"] = "pbet" },
        });

        foreach (var (type, name) in new[] { (ReplicationGroup, "pbet-hml-valkey"), (SubnetGroup, "pbet-hml-valkey-subnets"), (SecurityGroup, "pbet-hml-valkey-sg") })
        {
            var tags = json.Resource(type, "valkey")["tags"]!.AsObject().ToDictionary(t => t.Key, t => t.Value!.GetValue<string>());
            Assert.Equal(new Dictionary<string, string> { ["Environment"] = "homolog", ["Name"] = name, ["Project"] = "pbet" }, tags);
        }
    }

    [Fact]
    public void A_replication_group_id_over_40_characters_is_an_error_not_shortened()
    {
        var props = CacheFixtures.RequiredOnly() with { Prefix = "plataforma-de-apostas", Environment = "homologacao1" };

        var e = Assert.Throws<ValkeyConfigurationException>(() => CacheFixtures.SynthCache(props));

        var problem = Assert.Single(e.Problems);
        Assert.Contains("prefix", problem.Field, StringComparison.Ordinal);
        Assert.Contains("plataforma-de-apostas-homologacao1-valkey", problem.Received, StringComparison.Ordinal);
        Assert.Contains("1 to 40", problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Resources_have_stable_addresses_without_hash_suffixes()
    {
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { AlarmsEnabled = false, LogDeliveryEnabled = false });

        Assert.Equal(
            ["aws_elasticache_replication_group.valkey", "aws_elasticache_subnet_group.valkey", "aws_security_group.valkey"],
            json.Addresses().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_construct_checks_its_props_when_used_from_csharp()
    {
        var app = Testing.App();
        var stack = new TerraformStack(app, "direct");
        var props = CacheFixtures.RequiredOnly() with { NumCacheNodes = 7, Port = 0 };

        var e = Assert.Throws<ValkeyConfigurationException>(() => new ValkeyCache(stack, "valkey", props));

        Assert.Equal(["num_cache_nodes", "port"], e.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.Contains("direct/valkey", e.Message, StringComparison.Ordinal);
    }
}
