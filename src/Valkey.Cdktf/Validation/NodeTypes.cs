namespace Valkey.Cdktf.Validation;

/// <summary>
/// vCPUs per ElastiCache node type, for the host CPU alarm (AWS's guidance: alarm at 90 % divided
/// by the vCPUs on nodes with 2 vCPUs or fewer). Source: AWS, Amazon ElastiCache User Guide,
/// "Supported node types", whose node types are the EC2 instance types of the same names and
/// sizes (vCPUs as in the EC2 instance type specifications); the module's documentation agrees
/// for cache.t3.micro, cache.t3.small, cache.r6g.large (2) and cache.r6g.xlarge (4). Read
/// 2026-11-26. A node type missing here needs <c>alarm_host_cpu_percent</c> set.
/// </summary>
internal static class NodeTypes
{
    private static readonly Dictionary<string, int> SizeVcpus = new(StringComparer.Ordinal)
    {
        ["micro"] = 2, ["small"] = 2, ["medium"] = 2, ["large"] = 2, ["xlarge"] = 4, ["2xlarge"] = 8, ["4xlarge"] = 16,
        ["8xlarge"] = 32, ["12xlarge"] = 48, ["16xlarge"] = 64, ["24xlarge"] = 96,
    };

    // Families ElastiCache offers for Valkey, with the sizes each has.
    private static readonly Dictionary<string, string[]> Families = new(StringComparer.Ordinal)
    {
        ["t3"] = ["micro", "small", "medium"],
        ["t4g"] = ["micro", "small", "medium"],
        ["m5"] = ["large", "xlarge", "2xlarge", "4xlarge", "12xlarge", "24xlarge"],
        ["m6g"] = ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"],
        ["m7g"] = ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"],
        ["r5"] = ["large", "xlarge", "2xlarge", "4xlarge", "12xlarge", "24xlarge"],
        ["r6g"] = ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"],
        ["r7g"] = ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge"],
    };

    /// <summary>
    /// Whether <paramref name="nodeType"/> is a burstable node (<c>cache.t2</c>, <c>cache.t3</c>, <c>cache.t4g</c> …), the only
    /// kind that reports CPUCreditBalance (ElastiCache User Guide, Host-Level Metrics,
    /// https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.HostLevel.html).
    /// </summary>
    public static bool IsBurstable(string nodeType) => nodeType.StartsWith("cache.t", StringComparison.Ordinal);

    /// <summary>Every node type of the table (<c>cache.r6g.large</c> …), in order: what the price table should cover.</summary>
    public static IEnumerable<string> All =>
        Families.SelectMany(f => f.Value.Select(size => $"cache.{f.Key}.{size}"));

    /// <summary>The vCPUs of <paramref name="nodeType"/> (<c>cache.r6g.large</c>); null when the table lacks it.</summary>
    public static int? Vcpus(string nodeType)
    {
        var parts = nodeType.Split('.');
        if (parts.Length != 3 || parts[0] != "cache") return null;
        return Families.TryGetValue(parts[1], out var sizes) && sizes.Contains(parts[2]) ? SizeVcpus[parts[2]] : null;
    }
}
