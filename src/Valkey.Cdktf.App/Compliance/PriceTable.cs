using System.Globalization;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Compliance;

/// <summary>
/// On-demand prices of ElastiCache for Valkey node-based clusters, in US dollars a node-hour, read from
/// <c>prices.json</c> (embedded), which <c>./build.sh prices --from FILE</c> writes from AWS's Price List offer files
/// (<see cref="PriceListImport"/>). Only the prices the file holds are known; a region or node type without a price says
/// so, never guesses.
/// </summary>
internal static class PriceTable
{
    public const int HoursPerMonth = 730;

    /// <summary>What the estimate does not count, said wherever it is shown.</summary>
    public const string LeftOut = "not counted: CloudWatch alarms, log ingestion and storage, backup storage, data transfer";

    private static readonly PriceData Data = PriceData.Parse(ReadEmbedded());

    /// <summary>Where the prices come from, and when they were read.</summary>
    public static string Source => $"{Data.Source}, as of {Data.Read}";

    /// <summary>Every price, for tests and the README.</summary>
    public static IReadOnlyList<NodePrice> All => Data.Prices;

    /// <summary>The price of a node-hour; null when the table lacks it.</summary>
    public static decimal? NodeHour(string region, string nodeType) =>
        Data.Prices.FirstOrDefault(p => p.Region == region && p.NodeType == nodeType)?.UsdPerHour;

    private static string ReadEmbedded()
    {
        using var stream = typeof(PriceTable).Assembly.GetManifestResourceStream("prices.json")
            ?? throw new InvalidOperationException("embedded resource prices.json is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>One node type's on-demand price in one region.</summary>
internal sealed record NodePrice(string Region, string NodeType, decimal UsdPerHour);

/// <summary>The price file: its source, when it was read, and the prices, sorted by region and node type.</summary>
internal sealed record PriceData(string What, string Source, string Read, IReadOnlyList<NodePrice> Prices)
{
    public static PriceData Parse(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        return new PriceData(
            root["what"]!.GetValue<string>(), root["source"]!.GetValue<string>(), root["read"]!.GetValue<string>(),
            [.. root["prices"]!.AsArray().Select(p => new NodePrice(p!["region"]!.GetValue<string>(), p["node_type"]!.GetValue<string>(), p["usd_per_hour"]!.GetValue<decimal>()))]);
    }

    public string ToJson() => new JsonObject
    {
        ["what"] = What,
        ["source"] = Source,
        ["read"] = Read,
        ["prices"] = new JsonArray([.. Prices.OrderBy(p => p.Region, StringComparer.Ordinal).ThenBy(p => p.NodeType, StringComparer.Ordinal)
            .Select(p => (JsonNode)new JsonObject { ["region"] = p.Region, ["node_type"] = p.NodeType, ["usd_per_hour"] = p.UsdPerHour })]),
    }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";

    internal static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
