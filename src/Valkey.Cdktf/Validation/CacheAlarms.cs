using System.Globalization;

namespace Valkey.Cdktf.Validation;

/// <summary>
/// The alarms of a cache, decided from its props: one per member cluster and metric (ElastiCache
/// publishes these metrics per node, never per replication group), on the <c>CacheClusterId</c>
/// dimension <c>{replication group id}-001</c> … <c>-00N</c> (in cluster mode <c>-0001-001</c> …, shard then node),
/// namespace AWS/ElastiCache, 60 s periods.
/// </summary>
internal static class CacheAlarms
{
    public const string Namespace = "AWS/ElastiCache";
    public const int PeriodSeconds = 60;

    public static IReadOnlyList<AlarmDefinition> For(ValkeyCacheProps props, ValkeyNames names)
    {
        if (!props.AlarmsEnabled) return [];
        var stem = ValkeyNames.Stem(props);
        if (props.Serverless is { } serverless) return Serverless(props, names, serverless, stem);
        if (props.AlarmHostCpuPercent is null && NodeTypes.Vcpus(props.NodeType) is null)
        {
            throw new InvalidOperationException("alarm_host_cpu_percent is required for this node type (the rules say so first)");
        }
        // Null on nodes of more than 2 vCPUs: no host CPU alarm unless asked for (see DefaultHostCpu).
        var hostCpu = props.AlarmHostCpuPercent ?? DefaultHostCpu(props.NodeType);
        var list = new List<AlarmDefinition>();
        var topology = CacheTopology.Of(props);
        foreach (var (cluster, member) in topology.Members(names.ReplicationGroupId))
        {
            AlarmDefinition Alarm(string key, string metric, string comparison, double threshold, int datapoints, string missing, string what) =>
                new($"valkey_{member.Replace('-', '_')}_{key.Replace('-', '_')}", $"{stem}-{member}-{key}", cluster, metric, comparison, threshold, datapoints, missing,
                    $"{cluster}: {what} (Valkey.Cdktf)");
            list.Add(Alarm("engine-cpu", "EngineCPUUtilization", "GreaterThanThreshold", props.AlarmEngineCpuPercent, 5, "missing",
                $"the Valkey engine thread above {Number(props.AlarmEngineCpuPercent)} % for 5 minutes"));
            if (hostCpu is { } threshold)
            {
                list.Add(Alarm("host-cpu", "CPUUtilization", "GreaterThanThreshold", threshold, 5, "missing",
                    $"host CPU above {Number(threshold)} % for 5 minutes"));
            }
            list.Add(Alarm("memory", "DatabaseMemoryUsagePercentage", "GreaterThanThreshold", props.AlarmMemoryPercent, 5, "missing",
                $"memory above {Number(props.AlarmMemoryPercent)} % of maxmemory for 5 minutes: evictions follow"));
            list.Add(Alarm("cache-hit-rate", $"{HitsMetric}, {MissesMetric}", "LessThanThreshold", props.AlarmCacheHitRatePercent, 15, "notBreaching",
                $"cache hit rate below {Number(props.AlarmCacheHitRatePercent)} % for 15 minutes, counted only in minutes of at least " +
                $"{props.AlarmCacheHitRateMinLookups} lookups") with { Expression = HitRate(props.AlarmCacheHitRateMinLookups) });
            list.Add(Alarm("connections", "CurrConnections", "GreaterThanThreshold", props.AlarmMaxConnections, 10, "missing",
                $"more than {props.AlarmMaxConnections} client connections for 10 minutes (ElastiCache's hard limit is 65,000 a node)"));
            list.Add(Alarm("evictions", "Evictions", "GreaterThanThreshold", props.AlarmEvictions, 5, "notBreaching",
                $"more than {props.AlarmEvictions} keys evicted a minute for 5 minutes: the data no longer fits in memory"));
            // CPUCreditBalance belongs to burstable nodes (ElastiCache User Guide, Host-Level Metrics, which lists it for the
            // T node types; read through this project's search tool, not measured), so the alarm exists only on cache.t*.
            if (NodeTypes.IsBurstable(props.NodeType))
            {
                list.Add(Alarm("cpu-credits", "CPUCreditBalance", "LessThanThreshold", props.AlarmCpuCreditBalance, 15, "missing",
                    $"fewer than {props.AlarmCpuCreditBalance} CPU credits left for 15 minutes: the node is about to fall back to its baseline CPU"));
            }
            // AuthenticationFailures counts failed AUTH commands (ElastiCache, Metrics for Valkey and Redis OSS): only a cache
            // that asks for authentication (a token, or user groups) has any to count.
            if (props.AuthTokenSecretId is not null || props.UserGroupIds.Count > 0 || props.Users.Count > 0)
            {
                list.Add(Alarm("auth-failures", "AuthenticationFailures", "GreaterThanThreshold", props.AlarmAuthenticationFailures, 5, "notBreaching",
                    $"more than {props.AlarmAuthenticationFailures} failed AUTH commands a minute for 5 minutes (a client with a wrong or old token)"));
            }
            // Only replicas report ReplicationLag: a group of one node has none, and its alarm would never get data.
            if (!topology.HasReplicas) continue;
            list.Add(Alarm("replication-lag", "ReplicationLag", "GreaterThanThreshold", props.AlarmReplicationLagSeconds, 15, "notBreaching",
                $"a replica more than {props.AlarmReplicationLagSeconds} s behind the primary for 15 minutes (only replicas report it)"));
        }
        return list;
    }

    /// <summary>
    /// The dimension of a serverless cache's metrics: <c>clusterId</c>, the cache's name. AWS's page of the metrics
    /// (ElastiCache User Guide, Metrics and events for Valkey and Redis OSS serverless caches,
    /// https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/serverless-metrics-events-redis.html) names the metrics but, in
    /// what this project could read of it, not their dimension; <c>clusterId</c> is what <c>aws cloudwatch list-metrics</c>
    /// shows for serverless caches in open-constructs/aws-cdk-library#68 and grafana/grafana-aws-sdk#151, and alarms on
    /// <c>CacheClusterId</c> never received data (cdklabs/cdk-monitoring-constructs#750). AWS CDK's aws-elasticache-alpha
    /// ServerlessCache puts <c>ServerlessCacheName</c> in its metrics; no listing shows that dimension.
    /// </summary>
    public const string ServerlessDimension = "clusterId";

    /// <summary>
    /// A serverless cache's alarms, one per metric of the whole cache on <see cref="ServerlessDimension"/>, from AWS's serverless
    /// metrics (ElastiCache User Guide, Metrics and events for Valkey and Redis OSS serverless caches): ThrottledCmds ("requests
    /// that were throttled by ElastiCache because the workload was scaling faster than ElastiCache can scale"), and with a
    /// limit BytesUsedForCache and ElastiCacheProcessingUnits against it; the hit rate, connections, evictions and failed AUTH
    /// as for a replication group. Thresholds: <c>alarm_memory_percent</c> of <c>max_data_storage_gb</c>,
    /// <c>alarm_engine_cpu_percent</c> of <c>max_ecpu_per_second</c>.
    /// </summary>
    private static List<AlarmDefinition> Serverless(ValkeyCacheProps props, ValkeyNames names, ValkeyServerless serverless, string stem)
    {
        var cache = names.ReplicationGroupId.ToLowerInvariant();
        var list = new List<AlarmDefinition>();
        void Add(string key, string metric, string statistic, string comparison, double threshold, int datapoints, string missing, string what) =>
            list.Add(new AlarmDefinition($"valkey_{key.Replace('-', '_')}", $"{stem}-{key}", cache, metric, comparison, threshold, datapoints, missing,
                $"{cache}: {what} (Valkey.Cdktf)") { Dimension = ServerlessDimension, Statistic = statistic });
        Add("throttled-commands", "ThrottledCmds", "Sum", "GreaterThanThreshold", 0, 3, "notBreaching",
            "commands throttled for 3 minutes: the load grows faster than the cache scales, or it is at max_ecpu_per_second");
        if (serverless.MaxDataStorageGb is { } gb)
        {
            // GB taken as 10^9 bytes: the API says only "GB" (DataStorageUnit); were it 2^30, the alarm fires 7 % early, not late.
            var bytes = Math.Round(gb * 1e9 * props.AlarmMemoryPercent / 100);
            Add("data-stored", "BytesUsedForCache", "Maximum", "GreaterThanThreshold", bytes, 5, "missing",
                $"data above {Number(props.AlarmMemoryPercent)} % of max_data_storage_gb ({gb} GB) for 5 minutes: writes are refused at the limit");
        }
        if (serverless.MaxEcpuPerSecond is { } ecpu)
        {
            // The metric is a count of ECPUs; a minute's Sum against the limit of ECPUs a second times 60.
            var perMinute = Math.Round(ecpu * 60 * props.AlarmEngineCpuPercent / 100);
            Add("ecpu", "ElastiCacheProcessingUnits", "Sum", "GreaterThanThreshold", perMinute, 5, "missing",
                $"ECPUs above {Number(props.AlarmEngineCpuPercent)} % of max_ecpu_per_second ({ecpu}) for 5 minutes: throttling follows");
        }
        list.Add(new AlarmDefinition("valkey_cache_hit_rate", $"{stem}-cache-hit-rate", cache, $"{HitsMetric}, {MissesMetric}", "LessThanThreshold",
            props.AlarmCacheHitRatePercent, 15, "notBreaching",
            $"{cache}: cache hit rate below {Number(props.AlarmCacheHitRatePercent)} % for 15 minutes, counted only in minutes of at least " +
            $"{props.AlarmCacheHitRateMinLookups} lookups (Valkey.Cdktf)")
        { Dimension = ServerlessDimension, Expression = HitRate(props.AlarmCacheHitRateMinLookups) });
        Add("connections", "CurrConnections", "Average", "GreaterThanThreshold", props.AlarmMaxConnections, 10, "missing",
            $"more than {props.AlarmMaxConnections} client connections for 10 minutes");
        Add("evictions", "Evictions", "Sum", "GreaterThanThreshold", props.AlarmEvictions, 5, "notBreaching",
            $"more than {props.AlarmEvictions} keys evicted a minute for 5 minutes");
        if (props.UserGroupIds.Count > 0 || props.Users.Count > 0)
        {
            Add("auth-failures", "AuthenticationFailures", "Sum", "GreaterThanThreshold", props.AlarmAuthenticationFailures, 5, "notBreaching",
                $"more than {props.AlarmAuthenticationFailures} failed AUTH commands a minute for 5 minutes");
        }
        return list;
    }

    /// <summary>ElastiCache's count of key lookups that found their key (Metrics for Valkey and Redis OSS, CacheHits).</summary>
    public const string HitsMetric = "CacheHits";

    /// <summary>ElastiCache's count of key lookups that did not (Metrics for Valkey and Redis OSS, CacheMisses).</summary>
    public const string MissesMetric = "CacheMisses";

    /// <summary>
    /// The hit rate the alarm watches, in percent, from a member's CacheHits and CacheMisses (each a Sum over the minute),
    /// and 100 in a minute of fewer than <paramref name="minLookups"/> lookups. Why not the CacheHitRate metric: ElastiCache
    /// computes every metric per node ("Each metric is calculated at the cache node level", ElastiCache User Guide, Metrics
    /// for Valkey and Redis OSS, https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html), and a node
    /// that serves no reads (a replica while clients use the primary endpoint; an idle hml cache) has a rate of no lookups,
    /// which alarmed for ever below 90 %. Why one alarm per member and not one per node group on the sum of its members:
    /// an alarm on metric math reads at most 10 metrics (CloudWatch API Reference, PutMetricAlarm, Metrics: "as many as 10
    /// structures that contain a MetricStat parameter"), and a node group of a primary and 5 replicas would need 12. IF and
    /// FILL are metric math functions (CloudWatch User Guide, Metric math syntax and functions,
    /// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html); FILL takes a minute one of the
    /// two counts lacks as 0 lookups. This project has not seen CloudWatch evaluate the expression: the provider accepts it
    /// (rehearsed), the emulator stores it, and AWS's own evaluation is as the pages say.
    /// </summary>
    public static AlarmExpression HitRate(int minLookups) => new(
        [("hits", HitsMetric), ("misses", MissesMetric)],
        [
            ("lookups", "FILL(hits, 0) + FILL(misses, 0)", "key lookups a minute"),
            ("rate", $"IF(lookups >= {minLookups.ToString(CultureInfo.InvariantCulture)}, 100 * FILL(hits, 0) / lookups, 100)",
                $"cache hit rate (%), 100 below {minLookups.ToString(CultureInfo.InvariantCulture)} lookups a minute"),
        ]);

    /// <summary>
    /// AWS's guidance for the host CPU alarm, which it gives only for nodes of 2 vCPUs or fewer: 90 % divided by the
    /// node's vCPUs ("For smaller node types with 2vCPUs or less, use the CPUUtilization metric … the threshold for
    /// CPUUtilization would be 90/2, or 45%", ElastiCache User Guide, Which Metrics Should I Monitor?,
    /// https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.WhichShouldIMonitor.html). On larger nodes the
    /// host's CPUUtilization also counts the enhanced I/O threads, 90 ÷ vCPUs would always fire (22.5 % on an xlarge), and
    /// the same page points to EngineCPUUtilization, which the engine CPU alarm watches: null there, as for a type the
    /// vCPU table lacks.
    /// </summary>
    public static double? DefaultHostCpu(string nodeType) =>
        NodeTypes.Vcpus(nodeType) is { } vcpus and <= 2 ? Math.Round(90.0 / vcpus, 2, MidpointRounding.AwayFromZero) : null;

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
