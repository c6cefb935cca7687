using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Compliance;

/// <summary>The price table: read from AWS Price List offer files, written whole, and the shipped rows.</summary>
public sealed class PriceListTests
{
    /// <summary>An offer file in the bulk API's shape, with made-up prices (not AWS's): what to keep and what to leave.</summary>
    private static JsonNode Offer(string region) => JsonNode.Parse($$"""
        {
          "formatVersion": "v1.0", "offerCode": "AmazonElastiCache", "publicationDate": "2026-11-01T00:00:00Z",
          "products": {
            "SKU1": { "productFamily": "Cache Instance", "attributes": { "regionCode": "{{region}}", "instanceType": "cache.r7g.large", "cacheEngine": "Valkey", "currentGeneration": "Yes", "usagetype": "NodeUsage:cache.r7g.large" } },
            "SKU2": { "productFamily": "Cache Instance", "attributes": { "regionCode": "{{region}}", "instanceType": "cache.r7g.large", "cacheEngine": "Redis", "currentGeneration": "Yes", "usagetype": "NodeUsage:cache.r7g.large" } },
            "SKU3": { "productFamily": "Cache Instance", "attributes": { "regionCode": "{{region}}", "instanceType": "cache.m4.large", "cacheEngine": "Valkey", "currentGeneration": "No", "usagetype": "NodeUsage:cache.m4.large" } },
            "SKU4": { "productFamily": "ElastiCache Serverless", "attributes": { "regionCode": "{{region}}", "cacheEngine": "Valkey", "usagetype": "ElastiCacheProcessingUnits" } },
            "SKU5": { "productFamily": "Cache Instance", "attributes": { "regionCode": "{{region}}", "instanceType": "cache.t4g.micro", "cacheEngine": "Valkey", "usagetype": "NodeUsage:cache.t4g.micro" } }
          },
          "terms": { "OnDemand": {
            "SKU1": { "SKU1.T": { "priceDimensions": { "SKU1.T.D": { "unit": "Hrs", "pricePerUnit": { "USD": "1.2340000000" } } } } },
            "SKU2": { "SKU2.T": { "priceDimensions": { "SKU2.T.D": { "unit": "Hrs", "pricePerUnit": { "USD": "9.9990000000" } } } } },
            "SKU3": { "SKU3.T": { "priceDimensions": { "SKU3.T.D": { "unit": "Hrs", "pricePerUnit": { "USD": "8.8880000000" } } } } },
            "SKU5": { "SKU5.T": { "priceDimensions": { "SKU5.T.D": { "unit": "Hrs", "pricePerUnit": { "USD": "0.0120000000" } } } } }
          } }
        }
        """)!;

    [Fact]
    public void Only_current_generation_valkey_node_hours_are_kept_from_each_region()
    {
        var (data, problem) = PriceListImport.Read([("us.json", Offer("us-east-1")), ("eu.json", Offer("eu-west-1"))]);

        Assert.Null(problem);
        Assert.Equal(
            ["eu-west-1 cache.r7g.large 1.234", "eu-west-1 cache.t4g.micro 0.012", "us-east-1 cache.r7g.large 1.234", "us-east-1 cache.t4g.micro 0.012"],
            data!.Prices.Select(p => $"{p.Region} {p.NodeType} {p.UsdPerHour:0.###}").Order(StringComparer.Ordinal));
        Assert.Equal("publication 2026-11-01T00:00:00Z", data.Read);
        Assert.Contains("AWS Price List", data.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_writes_the_table_whole_and_a_bad_file_changes_nothing()
    {
        using var work = new TempDir();
        var table = Path.Combine(work.Path, "prices.json");
        var offer = Path.Combine(work.Path, "us-east-1.json");
        File.WriteAllText(offer, Offer("us-east-1").ToJsonString());
        File.WriteAllText(table, "before");

        var notJson = Path.Combine(work.Path, "bad.json");
        File.WriteAllText(notJson, "{ not json");
        var error = new StringWriter();
        Assert.Equal(ExitCode.UsageError, PricesCommand.Run([offer, notJson], table, TextWriter.Null, error));
        Assert.Contains("bad.json: not JSON", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("before", File.ReadAllText(table));

        var other = Path.Combine(work.Path, "ec2.json");
        File.WriteAllText(other, """{ "offerCode": "AmazonEC2", "products": {} }""");
        Assert.Equal(ExitCode.UsageError, PricesCommand.Run([other], table, TextWriter.Null, TextWriter.Null));
        Assert.Equal("before", File.ReadAllText(table));

        Assert.Equal(ExitCode.Ok, PricesCommand.Run([offer], table, TextWriter.Null, TextWriter.Null));
        var written = PriceData.Parse(File.ReadAllText(table));
        Assert.Equal(2, written.Prices.Count);
        Assert.Equal(new[] { "prices.json", "us-east-1.json", "bad.json", "ec2.json" }.Order(StringComparer.Ordinal),
            Directory.GetFiles(work.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)); // no temporary left
    }

    [Fact]
    public void The_shipped_table_has_its_source_and_date_and_prices_the_shipped_environments()
    {
        var shipped = PriceData.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Valkey.Cdktf.App", "Compliance", "prices.json")));

        Assert.False(string.IsNullOrWhiteSpace(shipped.Source));
        Assert.Matches("[0-9]{4}-[0-9]{2}", shipped.Read);
        Assert.Equal(shipped.Prices.Count, PriceTable.All.Count);
        Assert.Equal(0.0136m, PriceTable.NodeHour("us-east-1", "cache.t3.micro"));
        Assert.Equal(0.1648m, PriceTable.NodeHour("us-east-1", "cache.r6g.large"));
        Assert.All(shipped.Prices, p => Assert.True(p.UsdPerHour > 0, $"{p.Region} {p.NodeType}"));
    }
}
