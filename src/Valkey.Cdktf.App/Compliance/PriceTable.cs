using System.Globalization;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Compliance;

/// <summary>
/// On-demand prices of ElastiCache for Valkey node-based clusters, read from <c>prices.json</c> (embedded): node-hour prices
/// in US dollars, which <c>./build.sh prices --from FILE</c> writes from AWS's Price List offer files
/// (<see cref="PriceListImport"/>), and beside them the module's documentation's approximate monthly figures, used only for
/// a node type and region without a node-hour price. Only the prices the file holds are known; a region or node type
/// without either says so, never guesses.
/// </summary>
internal static class PriceTable
{
    public const int HoursPerMonth = 730;

    /// <summary>What the estimate does not count, said wherever it is shown.</summary>
    public const string LeftOut = "not counted: CloudWatch alarms, log ingestion and storage, backup storage, data transfer";

    private static readonly PriceData Data = PriceData.Parse(ReadEmbedded());

    /// <summary>Where the prices come from, and when they were read.</summary>
    public static string Source => Data.Approximate.Prices.Count == 0
        ? $"{Data.Source}, as of {Data.Read}"
        : $"{Data.Source}, as of {Data.Read}; else {Data.Approximate.Source}";

    /// <summary>Every node-hour price, for tests and the README.</summary>
    public static IReadOnlyList<NodePrice> All => Data.Prices;

    /// <summary>Every approximate monthly figure.</summary>
    public static IReadOnlyList<MonthlyPrice> AllApproximate => Data.Approximate.Prices;

    /// <summary>The price of a node-hour; null when the table lacks it.</summary>
    public static decimal? NodeHour(string region, string nodeType) =>
        Data.Prices.FirstOrDefault(p => p.Region == region && p.NodeType == nodeType)?.UsdPerHour;

    /// <summary>
    /// A node's month: its node-hour price × <see cref="HoursPerMonth"/> where the table has one, else the module's approximate
    /// monthly figure; with how it was counted. Null when the table has neither.
    /// </summary>
    public static NodeMonth? Month(string region, string nodeType)
    {
        if (NodeHour(region, nodeType) is { } hour)
        {
            return new NodeMonth(hour * HoursPerMonth, $"${PriceData.Number(hour)}/h × {HoursPerMonth} h");
        }
        return Data.Approximate.Prices.FirstOrDefault(p => p.Region == region && p.NodeType == nodeType) is { } month
            ? new NodeMonth(month.UsdPerMonth, $"~${PriceData.Number(month.UsdPerMonth)}/month ({Data.Approximate.Source})")
            : null;
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(PriceTable).Assembly.GetManifestResourceStream("prices.json")
            ?? throw new InvalidOperationException("embedded resource prices.json is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>A node's estimated month in US dollars, and how it was counted (<c>$0.0136/h × 730 h</c>).</summary>
internal sealed record NodeMonth(decimal Usd, string Basis);

/// <summary>One node type's approximate monthly price in one region, as a document (not AWS's price list) gives it.</summary>
internal sealed record MonthlyPrice(string Region, string NodeType, decimal UsdPerMonth);

/// <summary>The approximate monthly prices and where they come from; kept as they are when the node-hour prices are written.</summary>
internal sealed record ApproximatePrices(string Source, IReadOnlyList<MonthlyPrice> Prices)
{
    public static ApproximatePrices None { get; } = new("", []);
}

/// <summary>One node type's on-demand price in one region.</summary>
internal sealed record NodePrice(string Region, string NodeType, decimal UsdPerHour);

/// <summary>The price file: its source, when it was read, and the prices, sorted by region and node type.</summary>
internal sealed record PriceData(string What, string Source, string Read, IReadOnlyList<NodePrice> Prices)
{
    /// <summary>The approximate monthly figures (<c>approximate_monthly</c>), for node types without a node-hour price.</summary>
    public ApproximatePrices Approximate { get; init; } = ApproximatePrices.None;

    public static PriceData Parse(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var approximate = root["approximate_monthly"] is null ? ApproximatePrices.None
            : ReadApproximate(root["approximate_monthly"]) ?? throw new InvalidOperationException($"prices.json: {ApproximateExpected}");
        return new PriceData(
            root["what"]!.GetValue<string>(), root["source"]!.GetValue<string>(), root["read"]!.GetValue<string>(),
            [.. root["prices"]!.AsArray().Select(p => new NodePrice(p!["region"]!.GetValue<string>(), p["node_type"]!.GetValue<string>(), p["usd_per_hour"]!.GetValue<decimal>()))])
        {
            Approximate = approximate,
        };
    }

    private const string ApproximateExpected = "\"approximate_monthly\" is not { \"source\", \"prices\": [{ \"region\", \"node_type\", \"usd_per_month\" }] }";

    /// <summary>The approximate monthly figures of a price table's text; or why it is not a price table, in one line.</summary>
    public static (ApproximatePrices? Approximate, string? Problem) ApproximateIn(string json)
    {
        JsonObject? root;
        try { root = JsonNode.Parse(json) as JsonObject; }
        catch (System.Text.Json.JsonException e) { return (null, $"not JSON ({e.Message.TrimEnd('.')})"); }
        if (root?["prices"] is not JsonArray) return (null, "no \"prices\": not a price table");
        if (root["approximate_monthly"] is null) return (ApproximatePrices.None, null);
        return ReadApproximate(root["approximate_monthly"]) is { } approximate ? (approximate, null) : (null, ApproximateExpected);
    }

    private static ApproximatePrices? ReadApproximate(JsonNode? node)
    {
        if (node is not JsonObject block || StackView.Text(block["source"]) is not { Length: > 0 } source || block["prices"] is not JsonArray rows) return null;
        var prices = new List<MonthlyPrice>();
        foreach (var row in rows)
        {
            if (StackView.Text(row?["region"]) is not { Length: > 0 } region || StackView.Text(row?["node_type"]) is not { Length: > 0 } type
                || row?["usd_per_month"] is not JsonValue usd || !usd.TryGetValue<decimal>(out var month) || month <= 0)
            {
                return null;
            }
            prices.Add(new MonthlyPrice(region, type, month));
        }
        return new ApproximatePrices(source, prices);
    }

    public string ToJson()
    {
        var root = new JsonObject
        {
            ["what"] = What,
            ["source"] = Source,
            ["read"] = Read,
            ["prices"] = new JsonArray([.. Prices.OrderBy(p => p.Region, StringComparer.Ordinal).ThenBy(p => p.NodeType, StringComparer.Ordinal)
                .Select(p => (JsonNode)new JsonObject { ["region"] = p.Region, ["node_type"] = p.NodeType, ["usd_per_hour"] = p.UsdPerHour })]),
        };
        if (Approximate.Prices.Count > 0)
        {
            root["approximate_monthly"] = new JsonObject
            {
                ["source"] = Approximate.Source,
                ["prices"] = new JsonArray([.. Approximate.Prices.OrderBy(p => p.Region, StringComparer.Ordinal).ThenBy(p => p.NodeType, StringComparer.Ordinal)
                    .Select(p => (JsonNode)new JsonObject { ["region"] = p.Region, ["node_type"] = p.NodeType, ["usd_per_month"] = p.UsdPerMonth })]),
            };
        }
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    internal static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
