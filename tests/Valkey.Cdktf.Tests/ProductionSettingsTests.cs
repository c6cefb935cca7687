using System.Globalization;
using System.Text.Json.Nodes;
using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary>Alarms, logs and the other production settings, as the construct writes them.</summary>
public sealed class ProductionSettingsTests
{
    private static readonly string[] Metrics = ["EngineCPUUtilization", "CPUUtilization", "DatabaseMemoryUsagePercentage", HitRate, "CurrConnections", "Evictions", "CPUCreditBalance", "ReplicationLag"];

    /// <summary>The hit-rate alarm's key here: it reads two metrics through metric math, not one metric.</summary>
    private const string HitRate = "CacheHits/CacheMisses";

    private static IReadOnlyList<JsonObject> Alarms(TerraformJson json) =>
        [.. (json.Resources("aws_cloudwatch_metric_alarm") ?? []).Select(a => a.Value!.AsObject())];

    /// <summary>The metric an alarm watches, or for an alarm on metric math the metrics it reads.</summary>
    private static string Metric(JsonObject alarm) =>
        alarm["metric_name"]?.GetValue<string>()
        ?? string.Join("/", alarm["metric_query"]!.AsArray().Select(q => q!["metric"]?["metric_name"]?.GetValue<string>()).OfType<string>());

    /// <summary>The member cluster an alarm watches.</summary>
    private static string Cluster(JsonObject alarm) =>
        (alarm["dimensions"] ?? alarm["metric_query"]![0]!["metric"]!["dimensions"])!["CacheClusterId"]!.GetValue<string>();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public void One_alarm_per_member_cluster_and_metric(int nodes)
    {
        var subnets = nodes == 1 ? (IReadOnlyList<string>)["subnet-12345"] : ["subnet-12345", "subnet-67890"];
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { NumCacheNodes = nodes, PrivateSubnetIds = subnets, ReplicationGroupId = "Pbet-HML-Cache" });

        var alarms = Alarms(json);

        // A single node has no replica, and only replicas report ReplicationLag: no alarm for it.
        var metrics = nodes == 1 ? Metrics.Where(m => m != "ReplicationLag").ToArray() : Metrics;
        Assert.Equal(metrics.Length * nodes, alarms.Count);
        var clusters = Enumerable.Range(1, nodes).Select(n => $"pbet-hml-cache-{n:D3}").ToList();
        foreach (var metric in metrics)
        {
            Assert.Equal(clusters, alarms.Where(a => Metric(a) == metric).Select(Cluster).Order(StringComparer.Ordinal));
        }
        Assert.All(alarms, a =>
        {
            var reads = a["metric_query"]?.AsArray().Select(q => q!["metric"]).OfType<JsonNode>().ToList() ?? [a];
            Assert.All(reads, r => Assert.Equal("AWS/ElastiCache", r["namespace"]!.GetValue<string>()));
            Assert.All(reads, r => Assert.Equal(60, r["period"]!.GetValue<int>()));
            Assert.StartsWith("pbet-hml-valkey-", a["alarm_name"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal(a["evaluation_periods"]!.GetValue<int>(), a["datapoints_to_alarm"]!.GetValue<int>());
        });
    }

    [Theory]
    [InlineData("EngineCPUUtilization", "GreaterThanThreshold", 80, 5, "missing")]
    [InlineData("CPUUtilization", "GreaterThanThreshold", 45, 5, "missing")]
    [InlineData("DatabaseMemoryUsagePercentage", "GreaterThanThreshold", 85, 5, "missing")]
    [InlineData(HitRate, "LessThanThreshold", 90, 15, "notBreaching")]
    [InlineData("CurrConnections", "GreaterThanThreshold", 5000, 10, "missing")]
    [InlineData("ReplicationLag", "GreaterThanThreshold", 30, 15, "notBreaching")]
    [InlineData("Evictions", "GreaterThanThreshold", 0, 5, "notBreaching")]
    [InlineData("CPUCreditBalance", "LessThanThreshold", 5, 15, "missing")]
    public void Each_alarm_has_its_default(string metric, string comparison, double threshold, int datapoints, string missing)
    {
        var alarm = Alarms(CacheFixtures.SynthCache(CacheFixtures.RequiredOnly())).First(a => Metric(a) == metric);

        Assert.Equal(comparison, alarm["comparison_operator"]!.GetValue<string>());
        Assert.Equal(threshold, alarm["threshold"]!.GetValue<double>());
        Assert.Equal(datapoints, alarm["evaluation_periods"]!.GetValue<int>());
        Assert.Equal(missing, alarm["treat_missing_data"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("EngineCPUUtilization", 70)]
    [InlineData("CPUUtilization", 60)]
    [InlineData("DatabaseMemoryUsagePercentage", 75)]
    [InlineData(HitRate, 95)]
    [InlineData("CurrConnections", 20000)]
    [InlineData("ReplicationLag", 5)]
    [InlineData("Evictions", 100)]
    [InlineData("CPUCreditBalance", 30)]
    public void Each_threshold_can_be_overridden(string metric, double threshold)
    {
        var props = CacheFixtures.RequiredOnly() with
        {
            AlarmEngineCpuPercent = metric == "EngineCPUUtilization" ? threshold : 80,
            AlarmHostCpuPercent = metric == "CPUUtilization" ? threshold : null,
            AlarmMemoryPercent = metric == "DatabaseMemoryUsagePercentage" ? threshold : 85,
            AlarmCacheHitRatePercent = metric == HitRate ? threshold : 90,
            AlarmMaxConnections = metric == "CurrConnections" ? (int)threshold : 5000,
            AlarmReplicationLagSeconds = metric == "ReplicationLag" ? (int)threshold : 30,
            AlarmEvictions = metric == "Evictions" ? (int)threshold : 0,
            AlarmCpuCreditBalance = metric == "CPUCreditBalance" ? (int)threshold : 5,
        };

        var alarm = Alarms(CacheFixtures.SynthCache(props)).First(a => Metric(a) == metric);

        Assert.Equal(threshold, alarm["threshold"]!.GetValue<double>());
    }

    [Fact]
    public void The_hit_rate_alarm_computes_each_members_rate_from_its_hits_and_misses_and_ignores_minutes_of_few_lookups()
    {
        var alarms = Alarms(CacheFixtures.SynthCache(CacheFixtures.RequiredOnly())).Where(a => Metric(a) == HitRate).ToList();

        Assert.Equal(["pbet-hml-valkey-001", "pbet-hml-valkey-002"], alarms.Select(Cluster).Order(StringComparer.Ordinal));
        foreach (var alarm in alarms)
        {
            // With metric_query, CloudWatch takes none of the single-metric fields (PutMetricAlarm, Metrics).
            foreach (var field in new[] { "metric_name", "namespace", "dimensions", "period", "statistic" }) Assert.Null(alarm[field]);
            var queries = alarm["metric_query"]!.AsArray().Select(q => q!.AsObject()).ToList();
            var reads = queries.Where(q => q["metric"] is not null).ToList();
            Assert.Equal(["CacheHits", "CacheMisses"], reads.Select(q => q["metric"]!["metric_name"]!.GetValue<string>()));
            Assert.All(reads, q => Assert.Equal("Sum", q["metric"]!["stat"]!.GetValue<string>()));
            Assert.All(reads, q => Assert.Equal(Cluster(alarm), q["metric"]!["dimensions"]!["CacheClusterId"]!.GetValue<string>()));
            // Exactly one query is the value watched: the last, the rate, which is 100 below the minimum of lookups.
            Assert.Equal([false, false, false, true], queries.Select(q => q["return_data"]!.GetValue<bool>()));
            Assert.Equal("IF(lookups >= 100, 100 * FILL(hits, 0) / lookups, 100)", queries[^1]["expression"]!.GetValue<string>());
            Assert.Equal("FILL(hits, 0) + FILL(misses, 0)", queries[2]["expression"]!.GetValue<string>());
            Assert.Equal("notBreaching", alarm["treat_missing_data"]!.GetValue<string>());
        }
    }

    [Fact]
    public void The_minimum_of_lookups_is_a_setting()
    {
        var alarm = Alarms(CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { AlarmCacheHitRateMinLookups = 2500 })).First(a => Metric(a) == HitRate);

        Assert.StartsWith("IF(lookups >= 2500,", alarm["metric_query"]![3]!["expression"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("at least 2500 lookups", alarm["alarm_description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100_000_001)]
    public void A_minimum_of_lookups_out_of_range_is_refused_with_the_range(int lookups)
    {
        var problems = ValkeyCacheRules.Check(CacheFixtures.RequiredOnly() with { AlarmCacheHitRateMinLookups = lookups });

        var problem = Assert.Single(problems, p => p.Field == "alarm_cache_hit_rate_min_lookups");
        Assert.Equal(lookups.ToString(CultureInfo.InvariantCulture), problem.Received);
        Assert.Contains("1 to 100000000", problem.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cache.t3.micro", 45)]
    [InlineData("cache.t4g.small", 45)]
    [InlineData("cache.r6g.large", 45)]
    public void The_host_cpu_default_is_90_percent_over_the_vcpus_on_nodes_of_2_vcpus_or_fewer(string nodeType, double threshold)
    {
        var alarms = Alarms(CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { NodeType = nodeType }))
            .Where(a => Metric(a) == "CPUUtilization").ToList();

        Assert.Equal(2, alarms.Count);
        Assert.All(alarms, a => Assert.Equal(threshold, a["threshold"]!.GetValue<double>()));
    }

    [Theory]
    [InlineData("cache.r6g.xlarge")] // 4 vCPUs: 90 ÷ 4 = 22.5 % would always fire
    [InlineData("cache.m6g.4xlarge")]
    public void Larger_nodes_get_no_host_cpu_alarm_unless_asked_and_keep_the_engine_cpu_alarm(string nodeType)
    {
        var byDefault = Alarms(CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { NodeType = nodeType }));
        var asked = Alarms(CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { NodeType = nodeType, AlarmHostCpuPercent = 70 }));

        Assert.DoesNotContain(byDefault, a => Metric(a) == "CPUUtilization");
        Assert.Equal(2, byDefault.Count(a => Metric(a) == "EngineCPUUtilization"));
        Assert.All(asked.Where(a => Metric(a) == "CPUUtilization"), a => Assert.Equal(70, a["threshold"]!.GetValue<double>()));
        Assert.Equal(2, asked.Count(a => Metric(a) == "CPUUtilization"));
    }

    [Theory]
    [InlineData("cache.t3.micro", 2)]
    [InlineData("cache.t4g.medium", 2)]
    [InlineData("cache.r6g.large", 0)] // not burstable: it reports no CPU credits
    [InlineData("cache.m7g.xlarge", 0)]
    public void Only_burstable_nodes_get_a_cpu_credit_alarm(string nodeType, int expected)
    {
        var alarms = Alarms(CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { NodeType = nodeType }));

        Assert.Equal(expected, alarms.Count(a => Metric(a) == "CPUCreditBalance"));
        Assert.Equal(2, alarms.Count(a => Metric(a) == "Evictions"));
    }

    [Fact]
    public void Alarm_actions_and_ok_actions_go_on_every_alarm()
    {
        const string topic = "arn:aws:sns:us-east-1:123456789012:valkey-alarms";
        var alarms = Alarms(CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { AlarmActions = [topic], OkActions = [topic] }));

        Assert.All(alarms, a =>
        {
            Assert.Equal(topic, Assert.Single(a["alarm_actions"]!.AsArray())!.GetValue<string>());
            Assert.Equal(topic, Assert.Single(a["ok_actions"]!.AsArray())!.GetValue<string>());
        });
    }

    [Fact]
    public void Without_alarms_and_logs_only_the_three_resources_remain()
    {
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { AlarmsEnabled = false, LogDeliveryEnabled = false });

        Assert.Empty(Alarms(json));
        Assert.Null(json.Resources("aws_cloudwatch_log_group"));
        Assert.Null(json.Resource("aws_elasticache_replication_group", "valkey")["log_delivery_configuration"]);
    }

    [Fact]
    public void Logs_go_to_two_log_groups_in_json()
    {
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { LogRetentionDays = 90 });

        var groups = json.Resources("aws_cloudwatch_log_group")!;
        Assert.Equal("/aws/elasticache/pbet-hml-valkey/slow-log", groups["valkey_slow_log"]!["name"]!.GetValue<string>());
        Assert.Equal("/aws/elasticache/pbet-hml-valkey/engine-log", groups["valkey_engine_log"]!["name"]!.GetValue<string>());
        Assert.All(groups, g => Assert.Equal(90, g.Value!["retention_in_days"]!.GetValue<int>()));
        var delivery = json.Resource("aws_elasticache_replication_group", "valkey")["log_delivery_configuration"]!.AsArray();
        Assert.Equal(["slow-log", "engine-log"], delivery.Select(d => d!["log_type"]!.GetValue<string>()));
        Assert.All(delivery, d =>
        {
            Assert.Equal("json", d!["log_format"]!.GetValue<string>());
            Assert.Equal("cloudwatch-logs", d["destination_type"]!.GetValue<string>());
        });
        Assert.Equal("${aws_cloudwatch_log_group.valkey_slow_log.name}", delivery[0]!["destination"]!.GetValue<string>());
    }

    [Fact]
    public void The_log_groups_are_encrypted_with_the_logs_key_only_when_one_is_given()
    {
        const string key = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d";

        var keyed = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { LogKmsKeyId = key }).Resources("aws_cloudwatch_log_group")!;
        var plain = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly()).Resources("aws_cloudwatch_log_group")!;

        Assert.Equal(2, keyed.Count);
        Assert.All(keyed, g => Assert.Equal(key, g.Value!["kms_key_id"]!.GetValue<string>()));
        Assert.All(plain, g => Assert.Null(g.Value!["kms_key_id"]));
    }

    [Fact]
    public void Upgrades_apply_and_the_key_are_written()
    {
        const string key = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d";
        var rg = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { KmsKeyId = key, ApplyImmediately = true, NotificationTopicArn = "arn:aws:sns:us-east-1:123456789012:events" })
            .Resource("aws_elasticache_replication_group", "valkey");

        Assert.Equal("true", rg["auto_minor_version_upgrade"]!.GetValue<string>());
        Assert.True(rg["apply_immediately"]!.GetValue<bool>());
        Assert.Equal(key, rg["kms_key_id"]!.GetValue<string>());
        Assert.Equal("arn:aws:sns:us-east-1:123456789012:events", rg["notification_topic_arn"]!.GetValue<string>());
    }

    public static TheoryData<string, string> BadSettings() => new()
    {
        { "alarm_engine_cpu_percent", "engine 0" },
        { "alarm_engine_cpu_percent", "engine 101" },
        { "alarm_host_cpu_percent", "host 150" },
        { "alarm_host_cpu_percent", "unknown node" },
        { "alarm_memory_percent", "memory -1" },
        { "alarm_cache_hit_rate_percent", "hit 0.9" },
        { "alarm_max_connections", "connections 70000" },
        { "alarm_replication_lag_seconds", "lag 0" },
        { "alarm_evictions", "evictions -1" },
        { "alarm_cpu_credit_balance", "credits 0" },
        { "alarm_actions[0]", "actions not sns" },
        { "ok_actions[1]", "ok not sns" },
        { "notification_topic_arn", "events not sns" },
        { "log_retention_days", "retention 10" },
        { "kms_key_id", "key alias" },
        { "kms_key_id", "key without at-rest" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_bad_setting_is_named_with_what_is_expected(string field, string variant)
    {
        const string topic = "arn:aws:sns:us-east-1:123456789012:t";
        var p = CacheFixtures.RequiredOnly();
        p = variant switch
        {
            "engine 0" => p with { AlarmEngineCpuPercent = 0 },
            "engine 101" => p with { AlarmEngineCpuPercent = 101 },
            "host 150" => p with { AlarmHostCpuPercent = 150 },
            "unknown node" => p with { NodeType = "cache.x9.huge" },
            "memory -1" => p with { AlarmMemoryPercent = -1 },
            "hit 0.9" => p with { AlarmCacheHitRatePercent = 0.9 },
            "connections 70000" => p with { AlarmMaxConnections = 70000 },
            "lag 0" => p with { AlarmReplicationLagSeconds = 0 },
            "evictions -1" => p with { AlarmEvictions = -1 },
            "credits 0" => p with { AlarmCpuCreditBalance = 0 },
            "actions not sns" => p with { AlarmActions = ["arn:aws:sqs:us-east-1:123456789012:q"] },
            "ok not sns" => p with { OkActions = [topic, "topic"] },
            "events not sns" => p with { NotificationTopicArn = "events" },
            "retention 10" => p with { LogRetentionDays = 10 },
            "key alias" => p with { KmsKeyId = "alias/valkey" },
            _ => p with { KmsKeyId = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d", AtRestEncryptionEnabled = false },
        };

        var problems = ValkeyCacheRules.Check(p);

        var problem = Assert.Single(problems);
        Assert.Equal(field, problem.Field);
        Assert.False(string.IsNullOrWhiteSpace(problem.Expected));
        Assert.NotEqual(string.Empty, problem.Received.ToString(CultureInfo.InvariantCulture));
    }
}
