using System.Globalization;

namespace Valkey.Cdktf.Validation;

/// <summary>
/// The alarms of a cache, decided from its props: one per member cluster and metric (ElastiCache
/// publishes these metrics per node, never per replication group), on the <c>CacheClusterId</c>
/// dimension <c>{replication group id}-001</c> … <c>-00N</c>, namespace AWS/ElastiCache, 60 s periods.
/// </summary>
internal static class CacheAlarms
{
    public const string Namespace = "AWS/ElastiCache";
    public const int PeriodSeconds = 60;

    public static IReadOnlyList<AlarmDefinition> For(ValkeyCacheProps props, ValkeyNames names)
    {
        if (!props.AlarmsEnabled) return [];
        var stem = ValkeyNames.Stem(props);
        var hostCpu = props.AlarmHostCpuPercent ?? DefaultHostCpu(props.NodeType) ?? throw new InvalidOperationException("alarm_host_cpu_percent is required for this node type (the rules say so first)");
        var list = new List<AlarmDefinition>();
        for (var node = 1; node <= props.NumCacheNodes; node++)
        {
            var member = node.ToString("D3", CultureInfo.InvariantCulture);
            var cluster = $"{names.ReplicationGroupId.ToLowerInvariant()}-{member}";
            AlarmDefinition Alarm(string key, string metric, string comparison, double threshold, int datapoints, string missing, string what) =>
                new($"valkey_{member}_{key.Replace('-', '_')}", $"{stem}-{member}-{key}", cluster, metric, comparison, threshold, datapoints, missing,
                    $"{cluster}: {what} (Valkey.Cdktf)");
            list.Add(Alarm("engine-cpu", "EngineCPUUtilization", "GreaterThanThreshold", props.AlarmEngineCpuPercent, 5, "missing",
                $"the Valkey engine thread above {Number(props.AlarmEngineCpuPercent)} % for 5 minutes"));
            list.Add(Alarm("host-cpu", "CPUUtilization", "GreaterThanThreshold", hostCpu, 5, "missing",
                $"host CPU above {Number(hostCpu)} % for 5 minutes"));
            list.Add(Alarm("memory", "DatabaseMemoryUsagePercentage", "GreaterThanThreshold", props.AlarmMemoryPercent, 5, "missing",
                $"memory above {Number(props.AlarmMemoryPercent)} % of maxmemory for 5 minutes: evictions follow"));
            list.Add(Alarm("cache-hit-rate", "CacheHitRate", "LessThanThreshold", props.AlarmCacheHitRatePercent, 15, "notBreaching",
                $"cache hit rate below {Number(props.AlarmCacheHitRatePercent)} % for 15 minutes"));
            list.Add(Alarm("connections", "CurrConnections", "GreaterThanThreshold", props.AlarmMaxConnections, 10, "missing",
                $"more than {props.AlarmMaxConnections} client connections for 10 minutes (ElastiCache's hard limit is 65,000 a node)"));
            // Only replicas report ReplicationLag: a group of one node has none, and its alarm would never get data.
            if (props.NumCacheNodes < 2) continue;
            list.Add(Alarm("replication-lag", "ReplicationLag", "GreaterThanThreshold", props.AlarmReplicationLagSeconds, 15, "notBreaching",
                $"a replica more than {props.AlarmReplicationLagSeconds} s behind the primary for 15 minutes (only replicas report it)"));
        }
        return list;
    }

    /// <summary>AWS's guidance for the host CPU alarm: 90 % divided by the node's vCPUs; null when the vCPU table lacks the type.</summary>
    public static double? DefaultHostCpu(string nodeType) => NodeTypes.Vcpus(nodeType) is { } vcpus ? Math.Round(90.0 / vcpus, 2, MidpointRounding.AwayFromZero) : null;

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
