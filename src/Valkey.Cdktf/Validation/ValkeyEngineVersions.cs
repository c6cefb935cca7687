namespace Valkey.Cdktf.Validation;

/// <summary>
/// The Valkey versions ElastiCache offers for node-based replication groups.
/// Source: AWS, Amazon ElastiCache User Guide, "Engine versions and upgrading in ElastiCache"
/// (sections "ElastiCache version … for Valkey": 7.2, 8.0, 8.1, 8.2, 9.0, 9.1), read 2026-11-26.
/// A version ElastiCache adds later goes here, with its parameter group family
/// (<c>default.valkey{major}</c>).
/// </summary>
internal static class ValkeyEngineVersions
{
    public static readonly IReadOnlyList<string> Offered = ["7.2", "8.0", "8.1", "8.2", "9.0", "9.1"];

    public static bool IsOffered(string version) => Offered.Contains(version, StringComparer.Ordinal);
}
