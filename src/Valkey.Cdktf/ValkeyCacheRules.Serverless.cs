using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf;

/// <summary>The rules of <c>serverless</c>: its limits, and the settings a serverless cache has no use for.</summary>
internal static partial class ValkeyCacheRules
{
    /// <summary>
    /// The Valkey major versions a serverless cache is made with: the ones AWS CDK's <c>ServerlessCache</c> offers
    /// (aws/aws-cdk, packages/@aws-cdk/aws-elasticache-alpha/lib/serverless-cache-base.ts, CacheEngine VALKEY_7 and VALKEY_8).
    /// Whether AWS makes Valkey 9 serverless caches is not in any source this project could read: refused until one says so.
    /// </summary>
    public static readonly IReadOnlyList<string> ServerlessMajorVersions = ["7", "8"];

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$")] private static partial Regex TimeOfDay();

    // A props of nothing but the required settings: every other setting at its default, to compare with.
    private static readonly ValkeyCacheProps Defaults = new()
    {
        Prefix = "a", ProjectName = "a", VpcId = "vpc-0", PrivateSubnetIds = [], EcsSecurityGroupId = "sg-0", Environment = "a",
    };

    /// <summary>
    /// The settings a serverless cache has no use for, with why: each must keep its default. The ElastiCache API Reference's
    /// CreateServerlessCache has no parameter for any of them
    /// (https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateServerlessCache.html: its parameters are
    /// the name, description, engine and major version, usage limits, KMS key, security groups, subnets, user group, snapshot
    /// restore, retention and daily time, tags and network type).
    /// </summary>
    private static readonly (Expression<Func<ValkeyCacheProps, object?>> Setting, string Why)[] NotServerless =
    [
        (p => p.NodeType, "a serverless cache has no nodes"),
        (p => p.NumCacheNodes, "a serverless cache has no nodes"),
        (p => p.NumNodeGroups, "a serverless cache has no shards to set"),
        (p => p.ReplicasPerNodeGroup, "a serverless cache has no shards to set"),
        (p => p.Port, "a serverless cache listens on 6379 (and 6380 for reads from replicas): no port to choose"),
        (p => p.ParameterGroupName, "a serverless cache has no parameter group"),
        (p => p.Parameters, "a serverless cache has no parameter group"),
        (p => p.TransitEncryptionMode, "a serverless cache always requires TLS"),
        (p => p.MaintenanceWindow, "a serverless cache has no maintenance window"),
        (p => p.SnapshotWindow, "a serverless cache's snapshot time is serverless.daily_snapshot_time"),
        (p => p.AlarmHostCpuPercent, "a serverless cache has no hosts to watch"),
        (p => p.AlarmReplicationLagSeconds, "a serverless cache reports no replication lag"),
        (p => p.AlarmCpuCreditBalance, "a serverless cache has no CPU credits"),
        (p => p.NotificationTopicArn, "CreateServerlessCache has no notification topic (ElastiCache events reach EventBridge)"),
        (p => p.LogRetentionDays, "a serverless cache delivers no logs"),
        (p => p.LogKmsKeyId, "a serverless cache delivers no logs"),
        (p => p.AutoMinorVersionUpgrade, "a serverless cache is always kept on its major version's latest minor version"),
        (p => p.ApplyImmediately, "a serverless cache applies every change at once"),
        (p => p.AuthTokenSecretId, "a serverless cache has no AUTH token: use users or user_group_ids"),
        (p => p.AuthTokenUpdateStrategy, "a serverless cache has no AUTH token"),
        (p => p.AuthTokenVersion, "a serverless cache has no AUTH token"),
        (p => p.DataTieringEnabled, "data tiering is a node type's (cache.r6gd)"),
        (p => p.FinalSnapshotIdentifier,
            "the provider deletes a serverless cache without a final snapshot (hashicorp/terraform-provider-aws, internal/service/elasticache/serverless_cache.go, Delete: FinalSnapshotName nil)"),
        (p => p.SnapshotName, "a serverless cache restores from snapshot ARNs, which this project does not set yet"),
    ];

    /// <summary>serverless: its limits within AWS's, the settings it needs, and the ones it has no use for at their defaults.</summary>
    private static IEnumerable<ConfigurationProblem> Serverless(ValkeyCacheProps p)
    {
        var s = p.Serverless!;
        var field = N(x => x.Serverless);
        foreach (var problem in Limit($"{field}.max_data_storage_gb", s.MaxDataStorageGb, ValkeyServerless.MinDataStorageGbLimit, ValkeyServerless.MaxDataStorageGbLimit, "GB"))
        {
            yield return problem;
        }
        foreach (var problem in Limit($"{field}.min_data_storage_gb", s.MinDataStorageGb, ValkeyServerless.MinDataStorageGbLimit, ValkeyServerless.MaxDataStorageGbLimit, "GB"))
        {
            yield return problem;
        }
        foreach (var problem in Limit($"{field}.max_ecpu_per_second", s.MaxEcpuPerSecond, ValkeyServerless.MinEcpuPerSecondLimit, ValkeyServerless.MaxEcpuPerSecondLimit, "ECPUs a second"))
        {
            yield return problem;
        }
        foreach (var problem in Limit($"{field}.min_ecpu_per_second", s.MinEcpuPerSecond, ValkeyServerless.MinEcpuPerSecondLimit, ValkeyServerless.MaxEcpuPerSecondLimit, "ECPUs a second"))
        {
            yield return problem;
        }
        if (s.MinDataStorageGb > s.MaxDataStorageGb)
        {
            yield return ConfigurationProblem.For($"{field}.min_data_storage_gb", s.MinDataStorageGb, $"at most max_data_storage_gb ({s.MaxDataStorageGb})");
        }
        if (s.MinEcpuPerSecond > s.MaxEcpuPerSecond)
        {
            yield return ConfigurationProblem.For($"{field}.min_ecpu_per_second", s.MinEcpuPerSecond, $"at most max_ecpu_per_second ({s.MaxEcpuPerSecond})");
        }
        if (s.DailySnapshotTime is { } time && !TimeOfDay().IsMatch(time))
        {
            yield return ConfigurationProblem.For($"{field}.daily_snapshot_time", time, "a time of day in UTC, HH:MM (\"04:00\")");
        }
        if (!ServerlessMajorVersions.Contains(p.EngineVersion.Split('.')[0], StringComparer.Ordinal))
        {
            yield return ConfigurationProblem.For(N(x => x.EngineVersion), p.EngineVersion,
                $"a version of major {string.Join(" or ", ServerlessMajorVersions)} with serverless (the majors AWS CDK's ServerlessCache offers; no source read here shows Valkey 9 serverless)");
        }
        // "All Valkey or Redis OSS serverless caches have in-transit encryption enabled" (ElastiCache User Guide, ElastiCache
        // in-transit encryption (TLS), https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html).
        // At rest: CreateServerlessCache has no switch, only KmsKeyId (an AWS-owned key without it); that every serverless cache
        // is encrypted at rest is read from that, not from a page that says it.
        if (!p.TransitEncryptionEnabled)
        {
            yield return ConfigurationProblem.For(N(x => x.TransitEncryptionEnabled), false,
                "true with serverless: a serverless cache always uses TLS, so clients must connect with rediss://");
        }
        if (!p.AtRestEncryptionEnabled)
        {
            yield return ConfigurationProblem.For(N(x => x.AtRestEncryptionEnabled), false, "true with serverless: a serverless cache is always encrypted at rest");
        }
        if (p.LogDeliveryEnabled)
        {
            yield return ConfigurationProblem.For(N(x => x.LogDeliveryEnabled), true,
                "false with serverless: a serverless cache delivers no slow or engine logs (CreateServerlessCache has no LogDeliveryConfigurations)");
        }
        if (p.UserGroupIds.Count > 1)
        {
            yield return ConfigurationProblem.For(N(x => x.UserGroupIds), p.UserGroupIds, "at most one user group with serverless (CreateServerlessCache, UserGroupId: one id)");
        }
        foreach (var (expression, why) in NotServerless)
        {
            var setting = ValkeyCacheSettings.Of(expression);
            var value = setting.ValueIn(p);
            if (SameValue(value, setting.ValueIn(Defaults))) continue;
            yield return ConfigurationProblem.For(setting.Name, value, $"omitted with serverless: {why}");
        }
    }

    /// <summary>
    /// The settings a serverless cache has no use for that a file gives at their default value, which the rules cannot see
    /// (a props knows values, not whether they were written): <paramref name="given"/> says whether a setting's key is in
    /// the file. Each is refused as the rules refuse any other value of it.
    /// </summary>
    internal static IEnumerable<ConfigurationProblem> GivenWithServerless(ValkeyCacheProps p, Func<string, bool> given)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(given);
        if (p.Serverless is null) yield break;
        foreach (var (expression, why) in NotServerless)
        {
            var setting = ValkeyCacheSettings.Of(expression);
            var value = setting.ValueIn(p);
            if (given(setting.Name) && SameValue(value, setting.ValueIn(Defaults)))
            {
                yield return ConfigurationProblem.For(setting.Name, value, $"omitted with serverless: {why}");
            }
        }
    }

    private static IEnumerable<ConfigurationProblem> Limit(string field, int? value, int min, int max, string unit)
    {
        if (value is { } v && (v < min || v > max))
        {
            yield return ConfigurationProblem.For(field, v, $"{min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)} {unit}");
        }
    }

    private static bool SameValue(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (System.Collections.ICollection x, System.Collections.ICollection y) => x.Count == 0 && y.Count == 0,
        _ => Equals(a, b),
    };
}
