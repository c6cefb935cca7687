using System.Globalization;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Compliance;

/// <summary>
/// Reads AWS Price List offer files of AmazonElastiCache (the bulk API's
/// <c>offers/v1.0/aws/AmazonElastiCache/current/&lt;region&gt;/index.json</c>: "products" by SKU with "productFamily" and
/// "attributes", and "terms"."OnDemand" by SKU with "priceDimensions"."pricePerUnit"."USD"; AWS Billing User Guide, Using
/// the bulk API, https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-the-aws-price-list-bulk-api.html) and
/// keeps the hourly on-demand price of every current-generation Valkey node type: productFamily "Cache Instance",
/// cacheEngine "Valkey", currentGeneration "Yes", a usage type of NodeUsage. Pure: files in, prices out.
/// </summary>
internal static class PriceListImport
{
    /// <summary>The prices in <paramref name="offers"/>; a problem for a file that is not an ElastiCache offer file.</summary>
    public static (PriceData? Data, string? Problem) Read(IReadOnlyList<(string Path, JsonNode Offer)> offers)
    {
        ArgumentNullException.ThrowIfNull(offers);
        var prices = new Dictionary<(string, string), decimal>();
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
                    || !usage.Contains("NodeUsage", StringComparison.Ordinal))
                {
                    continue;
                }
                var region = a["regionCode"]?.GetValue<string>();
                var nodeType = a["instanceType"]?.GetValue<string>();
                var usd = OnDemandUsd(offer["terms"]?["OnDemand"]?[sku] as JsonObject);
                if (region is null || nodeType is null || usd is null) continue;
                prices[(region, nodeType)] = decimal.Parse(usd, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }
        if (prices.Count == 0) return (null, "no on-demand Valkey node prices in the files given");
        var read = dates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (new PriceData(
            "On-demand prices of ElastiCache for Valkey node-based clusters, in US dollars a node-hour, for the summary's cost estimate. Written by ./build.sh prices --from FILE from AWS's Price List offer files of AmazonElastiCache (https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/using-the-aws-price-list-bulk-api.html); do not edit by hand.",
            "AWS Price List, AmazonElastiCache offer files, on-demand, cacheEngine Valkey",
            $"publication {string.Join(", ", read)}",
            [.. prices.Select(p => new NodePrice(p.Key.Item1, p.Key.Item2, p.Value))]), null);
    }

    /// <summary>The USD price of an SKU's on-demand term: its one term's first price dimension.</summary>
    private static string? OnDemandUsd(JsonObject? terms)
    {
        foreach (var (_, term) in terms ?? [])
        {
            if (term?["priceDimensions"] is not JsonObject dimensions) continue;
            foreach (var (_, dimension) in dimensions)
            {
                if (dimension?["pricePerUnit"]?["USD"]?.GetValue<string>() is { } usd) return usd;
            }
        }
        return null;
    }
}
