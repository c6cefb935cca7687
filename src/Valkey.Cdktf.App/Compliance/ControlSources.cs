using System.Text.RegularExpressions;

namespace Valkey.Cdktf.App.Compliance;

/// <summary>
/// Where each control the rules stand for is defined, and the controls of those catalogues that do not apply to a
/// Valkey cache, with why: the compliance report cites both.
/// </summary>
internal static partial class ControlSources
{
    [GeneratedRegex(@"^Security Hub ElastiCache\.(\d+)$")] private static partial Regex SecurityHub();

    /// <summary>The address of <paramref name="control"/>'s definition; null for the module's own documentation, which has none.</summary>
    public static string? Of(string control) =>
        SecurityHub().Match(control) is { Success: true } m
            ? $"https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-{m.Groups[1].Value}"
            : control.StartsWith("checkov CKV", StringComparison.Ordinal)
                ? "https://www.checkov.io/5.Policy%20Index/terraform.html"
                : control.StartsWith("ElastiCache User Guide", StringComparison.Ordinal)
                    ? "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth-redis.html"
                    : null;

    /// <summary>
    /// Controls of Security Hub's ElastiCache set no rule checks, because they cannot apply to Valkey. ElastiCache.6 asks
    /// for Redis OSS AUTH on replication groups "of earlier Redis OSS versions", below 6.0 (its AWS Config rule,
    /// elasticache-repl-grp-redis-auth-enabled, is NON_COMPLIANT only when the nodes' Redis version is below 6); every
    /// Valkey version ElastiCache offers is 7.2 or later, so VKC-AUTH stands for authentication instead.
    /// </summary>
    public static IReadOnlyList<(string Control, string Why)> NotApplicable { get; } =
    [
        ("Security Hub ElastiCache.6", "not applicable (Valkey): it asks for Redis OSS AUTH on Redis OSS before 6.0; VKC-AUTH covers authentication"),
    ];
}
