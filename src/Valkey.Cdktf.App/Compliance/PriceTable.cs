namespace Valkey.Cdktf.App.Compliance;

/// <summary>
/// On-demand prices of ElastiCache for Valkey node-based clusters, in US dollars a node-hour.
/// Source: AWS, Amazon ElastiCache pricing, on-demand nodes, engine Valkey, as quoted in the
/// project's issue 12 (November 2026): cache.t3.micro $0.0136/h and cache.r6g.large $0.1648/h in
/// us-east-1. Only the prices verified here are listed; a region or node type without a price
/// says so, never guesses.
/// </summary>
internal static class PriceTable
{
    public const string Source = "AWS ElastiCache on-demand pricing, Valkey, as of 2026-11";
    public const int HoursPerMonth = 730;

    /// <summary>What the estimate does not count, said wherever it is shown.</summary>
    public const string LeftOut = "not counted: CloudWatch alarms, log ingestion and storage, backup storage, data transfer";

    private static readonly Dictionary<(string Region, string NodeType), decimal> Prices = new()
    {
        [("us-east-1", "cache.t3.micro")] = 0.0136m,
        [("us-east-1", "cache.r6g.large")] = 0.1648m,
    };

    /// <summary>The price of a node-hour; null when the table lacks it.</summary>
    public static decimal? NodeHour(string region, string nodeType) => Prices.TryGetValue((region, nodeType), out var p) ? p : null;
}
