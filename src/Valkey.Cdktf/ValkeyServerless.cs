namespace Valkey.Cdktf;

/// <summary>
/// An ElastiCache Serverless cache instead of a replication group (<c>serverless</c> in an environment file): the stack makes an
/// <c>aws_elasticache_serverless_cache</c> of engine <c>valkey</c> in the private subnets, behind the same ECS-only security
/// group. AWS scales it within the limits set here; it has no nodes, parameter groups, maintenance window or log delivery
/// (the ElastiCache API Reference, CreateServerlessCache, has no parameter for any of them). Every limit is optional.
/// </summary>
public sealed record ValkeyServerless
{
    /// <summary>Smallest data storage limit, in GB (AWS CDK's aws-elasticache-alpha ServerlessCache, DATA_STORAGE_MIN_GB).</summary>
    public const int MinDataStorageGbLimit = 1;

    /// <summary>Largest data storage limit, in GB (AWS CDK's aws-elasticache-alpha ServerlessCache, DATA_STORAGE_MAX_GB).</summary>
    public const int MaxDataStorageGbLimit = 5000;

    /// <summary>
    /// Smallest ECPU-a-second limit: the provider's validator of <c>cache_usage_limits.ecpu_per_second</c> (hashicorp/terraform-provider-aws,
    /// internal/service/elasticache/serverless_cache.go: Between(1000, 15000000)).
    /// </summary>
    public const int MinEcpuPerSecondLimit = 1000;

    /// <summary>Largest ECPU-a-second limit (the same validator).</summary>
    public const int MaxEcpuPerSecondLimit = 15_000_000;

    /// <summary>
    /// <c>max_data_storage_gb</c>: the most data the cache may hold, 1 to 5000 GB; writes past it are refused (what the cache costs
    /// at most a month, with <see cref="MaxEcpuPerSecond"/>). Omitted: no limit.
    /// </summary>
    public int? MaxDataStorageGb { get; init; }

    /// <summary>
    /// <c>min_data_storage_gb</c>: the least data storage AWS keeps ready (and bills), 1 to 5000 GB, at most the maximum. Omitted: none.
    /// </summary>
    public int? MinDataStorageGb { get; init; }

    /// <summary><c>max_ecpu_per_second</c>: the most ElastiCache Processing Units a second, 1000 to 15000000. Omitted: no limit.</summary>
    public int? MaxEcpuPerSecond { get; init; }

    /// <summary>
    /// <c>min_ecpu_per_second</c>: the ECPUs a second AWS keeps ready (and bills) before a known peak, 1000 to 15000000, at most the
    /// maximum. Omitted: none.
    /// </summary>
    public int? MinEcpuPerSecond { get; init; }

    /// <summary>
    /// <c>daily_snapshot_time</c>: when the daily automatic snapshot starts, <c>HH:MM</c> in UTC; the snapshots are kept for the
    /// environment's <c>snapshot_retention_limit</c> days. Omitted: AWS's choice.
    /// </summary>
    public string? DailySnapshotTime { get; init; }
}
