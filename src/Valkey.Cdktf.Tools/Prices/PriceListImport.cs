using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Valkey.Cdktf.Tools.Prices;

/// <summary>
/// Reads AWS Price List offer files of AmazonElastiCache (the bulk API's
/// <c>offers/v1.0/aws/AmazonElastiCache/current/&lt;region&gt;/index.json</c>: "products" by SKU with "productFamily" and
/// "attributes", and "terms"."OnDemand" by SKU, each term with "priceDimensions" of a "unit" and "pricePerUnit"."USD";
/// AWS Billing User Guide, "Using the bulk API",
/// https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-the-aws-price-list-bulk-api.html, and "Reading the
/// service price list file", https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/reading-service-price-list-file-for-services.html)
/// and keeps the hourly on-demand price of every current-generation Valkey node type. Pure: files in, prices out.
/// </summary>
/// <remarks>
/// A node type has more than one "Cache Instance" SKU for Valkey, and only one is the node-hour:
/// <list type="bullet">
/// <item>the node-hour's usage type is <c>NodeUsage:&lt;type&gt;</c>, with a region's billing prefix
/// (<c>EUW1-NodeUsage:…</c>) outside us-east-1;</item>
/// <item>durability's synchronous writes are metered apart, per node-hour, as <c>SyncDurability-NodeUsage:&lt;type&gt;</c>
/// (ElastiCache User Guide, "Durability in ElastiCache", https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/durability.html:
/// synchronous writes cost extra, asynchronous ones do not), and so are Extended Support (<c>ExtendedSupportYr…-NodeUsage</c>)
/// and Outposts (<c>Outpost-NodeUsage</c>). Taking any of these as the node-hour would be wrong, so only the plain usage
/// type is kept.</item>
/// </list>
/// Two different prices for one region and node type are an error, never a silent choice.
/// </remarks>
internal static partial class PriceListImport
{
    /// <summary>The plain node-hour: an optional region prefix, then <c>NodeUsage:cache.&lt;family&gt;.&lt;size&gt;</c>.</summary>
    [GeneratedRegex("^(?:[A-Z]{2,4}[0-9]?-)?NodeUsage:cache\\.[a-z0-9-]+\\.[a-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NodeHourUsage();

    /// <summary>The prices in <paramref name="offers"/>; a problem for a file that is not an ElastiCache offer file or is ambiguous.</summary>
    public static (PriceData? Data, string? Problem) Read(IReadOnlyList<(string Path, JsonNode Offer)> offers)
    {
        ArgumentNullException.ThrowIfNull(offers);
        var prices = new Dictionary<(string Region, string NodeType), (decimal Usd, string Where)>();
        var dates = new List<string>();
        foreach (var (path, offer) in offers)
        {
            if (offer["offerCode"]?.GetValue<string>() != "AmazonElastiCache" || offer["products"] is not JsonObject products)
            {
                return (null, $"{path}: not an AWS Price List offer file of AmazonElastiCache (no \"offerCode\": \"AmazonElastiCache\" with \"products\")");
            }
            dates.Add(offer["publicationDate"]?.GetValue<string>() ?? "?");
            foreach (var (sku, product) in products)
            {
                var a = product?["attributes"];
                if (product?["productFamily"]?.GetValue<string>() != "Cache Instance" || a?["cacheEngine"]?.GetValue<string>() != "Valkey"
                    || a["currentGeneration"]?.GetValue<string>() is "No" || a["usagetype"]?.GetValue<string>() is not { } usage
                    || !NodeHourUsage().IsMatch(usage))
                {
                    continue;
                }
                var region = a["regionCode"]?.GetValue<string>();
                var nodeType = a["instanceType"]?.GetValue<string>();
                if (region is null || nodeType is null) continue;
                var (usd, problem) = OnDemandHour(offer["terms"]?["OnDemand"]?[sku] as JsonObject);
                var where = $"{path}, SKU {sku}";
                if (problem is not null) return (null, $"{where} ({nodeType}, {region}): {problem}");
                if (usd is not { } price) continue;
                if (prices.TryGetValue((region, nodeType), out var seen) && seen.Usd != price)
                {
                    return (null, $"two on-demand node-hour prices for {nodeType} in {region}: {Usd(seen.Usd)} ({seen.Where}) and {Usd(price)} ({where}); the table would have to guess");
                }
                prices[(region, nodeType)] = (price, where);
            }
        }
        if (prices.Count == 0) return (null, "no on-demand Valkey node prices in the files given");
        var read = dates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (new PriceData(
            "On-demand prices of ElastiCache for Valkey node-based clusters, in US dollars a node-hour, for the summary's cost estimate. Written by ./build.sh prices --from FILE from AWS's Price List offer files of AmazonElastiCache (https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-the-aws-price-list-bulk-api.html); do not edit by hand.",
            "AWS Price List, AmazonElastiCache offer files, on-demand, cacheEngine Valkey, usage type NodeUsage",
            $"publication {string.Join(", ", read)}",
            [.. prices.Select(p => new NodePrice(p.Key.Region, p.Key.NodeType, p.Value.Usd))]), null);
    }

    /// <summary>
    /// The node types of <paramref name="known"/> that have no price in one of the regions <paramref name="data"/> has:
    /// a region may not offer every type, so this is said, not refused.
    /// </summary>
    public static IReadOnlyList<string> Missing(PriceData data, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(data);
        var have = data.Prices.Select(p => (p.Region, p.NodeType)).ToHashSet();
        return [.. data.Prices.Select(p => p.Region).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .SelectMany(region => known.Where(type => !have.Contains((region, type))).Select(type => $"{region} {type}"))];
    }

    /// <summary>
    /// The USD node-hour of an SKU's on-demand term: its one price dimension in hours ("unit": "Hrs"). A term with a lease
    /// (a reserved term filed under "OnDemand") is not on-demand and is skipped; a price that is not a positive number,
    /// or two hourly prices, is a problem.
    /// </summary>
    private static (decimal? Usd, string? Problem) OnDemandHour(JsonObject? terms)
    {
        decimal? found = null;
        foreach (var (_, term) in terms ?? [])
        {
            if (term?["termAttributes"]?["LeaseContractLength"] is not null || term?["priceDimensions"] is not JsonObject dimensions) continue;
            foreach (var (_, dimension) in dimensions)
            {
                if (dimension?["unit"]?.GetValue<string>() != "Hrs" || dimension["pricePerUnit"]?["USD"]?.GetValue<string>() is not { } text) continue;
                if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var usd) || usd <= 0)
                {
                    return (null, $"on-demand price \"{text}\" is not a positive number of US dollars");
                }
                if (found is { } other && other != usd)
                {
                    return (null, $"two on-demand hourly prices, {Usd(other)} and {Usd(usd)}");
                }
                found = usd;
            }
        }
        return (found, null);
    }

    private static string Usd(decimal value) => "$" + value.ToString("0.####", CultureInfo.InvariantCulture);
}
