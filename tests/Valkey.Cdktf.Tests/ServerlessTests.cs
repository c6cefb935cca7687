using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary>
/// <c>serverless</c>: an aws_elasticache_serverless_cache of engine valkey in place of the replication group and its subnet
/// group, behind the ECS-only security group, with its alarms on the clusterId dimension; and the rules on it.
/// </summary>
public sealed class ServerlessTests
{
    private static ValkeyCacheProps Serverless(ValkeyServerless? serverless = null) => CacheFixtures.RequiredOnly() with
    {
        Serverless = serverless ?? new ValkeyServerless { MaxDataStorageGb = 10, MaxEcpuPerSecond = 5000, DailySnapshotTime = "04:00" },
        TransitEncryptionEnabled = true,
        LogDeliveryEnabled = false,
        SnapshotRetentionLimit = 7,
    };

    [Fact]
    public void A_serverless_cache_replaces_the_replication_group_and_its_subnet_group()
    {
        var json = CacheFixtures.SynthCache(Serverless());
        var cache = json.Resource("aws_elasticache_serverless_cache", "valkey");

        Assert.Null(json.Resources("aws_elasticache_replication_group"));
        Assert.Null(json.Resources("aws_elasticache_subnet_group"));
        Assert.Null(json.Resources("aws_cloudwatch_log_group"));
        Assert.Equal("valkey", cache["engine"]!.GetValue<string>());
        Assert.Equal("8", cache["major_engine_version"]!.GetValue<string>());
        Assert.Equal("pbet-hml-valkey", cache["name"]!.GetValue<string>());
        Assert.Equal(10, cache["cache_usage_limits"]![0]!["data_storage"]![0]!["maximum"]!.GetValue<int>());
        Assert.Equal("GB", cache["cache_usage_limits"]![0]!["data_storage"]![0]!["unit"]!.GetValue<string>());
        Assert.Equal(5000, cache["cache_usage_limits"]![0]!["ecpu_per_second"]![0]!["maximum"]!.GetValue<int>());
        Assert.Equal("04:00", cache["daily_snapshot_time"]!.GetValue<string>());
        Assert.Equal(7, cache["snapshot_retention_limit"]!.GetValue<int>());
        Assert.Equal(["${aws_security_group.valkey.id}"], cache["security_group_ids"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(CacheFixtures.RequiredOnly().PrivateSubnetIds, cache["subnet_ids"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.True(cache["lifecycle"]!["prevent_destroy"]!.GetValue<bool>());
    }

    [Fact]
    public void Without_limits_no_usage_limits_are_written()
    {
        var cache = CacheFixtures.SynthCache(Serverless(new ValkeyServerless())).Resource("aws_elasticache_serverless_cache", "valkey");

        Assert.Null(cache["cache_usage_limits"]);
        Assert.Null(cache["daily_snapshot_time"]);
    }

    [Fact]
    public void The_security_group_lets_the_ecs_tasks_in_on_the_endpoint_and_reader_ports_only()
    {
        var ingress = Assert.Single(CacheFixtures.SynthCache(Serverless()).Resource("aws_security_group", "valkey")["ingress"]!.AsArray())!;

        Assert.Equal(6379, ingress["from_port"]!.GetValue<int>());
        Assert.Equal(6380, ingress["to_port"]!.GetValue<int>());
        Assert.Equal([CacheFixtures.RequiredOnly().EcsSecurityGroupId], ingress["security_groups"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Empty(ingress["cidr_blocks"]!.AsArray());
    }

    [Fact]
    public void The_users_group_is_the_serverless_caches_user_group()
    {
        var props = Serverless() with { Users = [new ValkeyUser { UserName = "app" }] };
        var cache = CacheFixtures.SynthCache(props).Resource("aws_elasticache_serverless_cache", "valkey");

        Assert.Equal("${aws_elasticache_user_group.valkey.user_group_id}", cache["user_group_id"]!.GetValue<string>());
    }

    [Fact]
    public void Alarms_watch_the_whole_cache_on_its_clusterId_against_its_limits()
    {
        var alarms = CacheFixtures.SynthCache(Serverless()).Resources("aws_cloudwatch_metric_alarm")!;

        Assert.Equal(["valkey_cache_hit_rate", "valkey_connections", "valkey_data_stored", "valkey_ecpu", "valkey_evictions", "valkey_throttled_commands"],
            alarms.Select(a => a.Key).Order(StringComparer.Ordinal));
        var throttled = alarms["valkey_throttled_commands"]!;
        Assert.Equal("ThrottledCmds", throttled["metric_name"]!.GetValue<string>());
        Assert.Equal("Sum", throttled["statistic"]!.GetValue<string>());
        Assert.Equal("pbet-hml-valkey", throttled["dimensions"]!["clusterId"]!.GetValue<string>());
        // 85 % (alarm_memory_percent) of 10 GB, and 80 % (alarm_engine_cpu_percent) of 5000 ECPUs a second over a minute.
        Assert.Equal(8.5e9, alarms["valkey_data_stored"]!["threshold"]!.GetValue<double>());
        Assert.Equal(240000, alarms["valkey_ecpu"]!["threshold"]!.GetValue<double>());
        Assert.Equal("clusterId", alarms["valkey_cache_hit_rate"]!["metric_query"]![0]!["metric"]!["dimensions"]!.AsObject().Single().Key);
    }

    [Fact]
    public void Without_limits_there_are_no_alarms_on_them()
    {
        var alarms = CacheFixtures.SynthCache(Serverless(new ValkeyServerless())).Resources("aws_cloudwatch_metric_alarm")!;

        Assert.DoesNotContain("valkey_data_stored", alarms.Select(a => a.Key));
        Assert.DoesNotContain("valkey_ecpu", alarms.Select(a => a.Key));
    }

    [Fact]
    public void A_valid_serverless_cache_has_no_problems()
    {
        Assert.Empty(ValkeyCacheRules.Check(Serverless()));
        Assert.Empty(ValkeyCacheRules.Check(Serverless(new ValkeyServerless())));
    }

    public static TheoryData<string, string, string> Refused => new()
    {
        // what is changed, the field reported, a part of what is expected
        { "max storage 0", "serverless.max_data_storage_gb", "1 to 5000 GB" },
        { "max storage 5001", "serverless.max_data_storage_gb", "1 to 5000 GB" },
        { "ecpu 999", "serverless.max_ecpu_per_second", "1000 to 15000000" },
        { "min above max", "serverless.min_data_storage_gb", "at most max_data_storage_gb" },
        { "snapshot time 4am", "serverless.daily_snapshot_time", "HH:MM" },
        { "node type", "node_type", "a serverless cache has no nodes" },
        { "port", "port", "6379" },
        { "token", "auth_token_secret_id", "no AUTH token" },
        { "maintenance window", "maintenance_window", "no maintenance window" },
        { "no TLS", "transit_encryption_enabled", "always uses TLS" },
        { "logs", "log_delivery_enabled", "delivers no slow or engine logs" },
        { "two user groups", "user_group_ids", "at most one user group" },
        { "valkey 9", "engine_version", "major 7 or 8" },
        { "final snapshot", "final_snapshot_identifier", "without a final snapshot" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void What_a_serverless_cache_cannot_have_is_refused_naming_the_field(string change, string field, string expected)
    {
        var valid = Serverless();
        var props = change switch
        {
            "max storage 0" => valid with { Serverless = valid.Serverless! with { MaxDataStorageGb = 0 } },
            "max storage 5001" => valid with { Serverless = valid.Serverless! with { MaxDataStorageGb = 5001 } },
            "ecpu 999" => valid with { Serverless = valid.Serverless! with { MaxEcpuPerSecond = 999 } },
            "min above max" => valid with { Serverless = valid.Serverless! with { MinDataStorageGb = 11 } },
            "snapshot time 4am" => valid with { Serverless = valid.Serverless! with { DailySnapshotTime = "4am" } },
            "node type" => valid with { NodeType = "cache.r6g.large" },
            "port" => valid with { Port = 6380 },
            "token" => valid with { AuthTokenSecretId = "valkey/token" },
            "maintenance window" => valid with { MaintenanceWindow = "sun:05:00-sun:06:00" },
            "no TLS" => valid with { TransitEncryptionEnabled = false },
            "logs" => valid with { LogDeliveryEnabled = true },
            "two user groups" => valid with { UserGroupIds = ["ug-a", "ug-b"] },
            "valkey 9" => valid with { EngineVersion = "9.0" },
            "final snapshot" => valid with { FinalSnapshotIdentifier = "last" },
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
        };

        var problem = Assert.Single(ValkeyCacheRules.Check(props), p => p.Field == field);
        Assert.Contains(expected, problem.Expected, StringComparison.Ordinal);
    }
}
