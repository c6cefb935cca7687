using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Compliance;

/// <summary>The price table: read from AWS Price List offer files, written whole, and the shipped rows.</summary>
public sealed class PriceListTests
{
    /// <summary>
    /// An offer file in the bulk API's shape, with made-up prices (not AWS's): what to keep and what to leave. Outside
    /// us-east-1 usage types carry the region's billing prefix. For cache.r7g.large there are, as in AWS's files, other
    /// Valkey "Cache Instance" SKUs than the node-hour: durability's synchronous writes and Outposts, metered apart; and
    /// a reserved term (with a lease, an hourly price of 0 and an upfront fee) sits beside the on-demand one.
    /// </summary>
    private static JsonNode Offer(string region, string extraProducts = "", string extraTerms = "")
    {
        var prefix = region == "us-east-1" ? "" : "EUW1-";
        return JsonNode.Parse($$"""
        {
          "formatVersion": "v1.0", "offerCode": "AmazonElastiCache", "publicationDate": "2026-11-01T00:00:00Z",
          "products": {
            "SKU1": { "productFamily": "Cache Instance", "attributes": { "regionCode": "{{region}}", "instanceType": "cache.r7g.large", "cacheEngine": "Valkey", "currentGeneration": "Yes", "usagetype": "{{prefix}}NodeUsage:cache.r7g.large" } },
            "SKU2": { "productFamily": "Cache Instance", "attributes": { "regionCode": "{{region}}", "instanceType": "cache.r7g.large", "cacheEngine": "Redis", "currentGeneration": "Yes", "usagetype": "{{prefix}}NodeUsage:cache.r7g.large" } },
            "SKU3": { "productFamily": "Cache Instance", "attributes": { "regionCode": "{{region}}", "instanceType": "cache.m4.large", "cacheEngine": "Valkey", "currentGeneration": "No", "usagetype": "{{prefix}}NodeUsage:cache.m4.large" } },
            "SKU4": { "productFamily": "ElastiCache Serverless", "attributes": { "regionCode": "{{region}}", "cacheEngine": "Valkey", "usagetype": "{{prefix}}ElastiCacheProcessingUnits" } },
            "SKU5": { "productFamily": "Cache Instance", "attributes": { "regionCode": "{{region}}", "instanceType": "cache.t4g.micro", "cacheEngine": "Valkey", "usagetype": "{{prefix}}NodeUsage:cache.t4g.micro" } },
            "SKU6": { "productFamily": "Cache Instance", "attributes": { "regionCode": "{{region}}", "instanceType": "cache.r7g.large", "cacheEngine": "Valkey", "currentGeneration": "Yes", "usagetype": "{{prefix}}SyncDurability-NodeUsage:cache.r7g.large" } },
            "SKU7": { "productFamily": "Cache Instance", "attributes": { "regionCode": "{{region}}", "instanceType": "cache.r7g.large", "cacheEngine": "Valkey", "currentGeneration": "Yes", "usagetype": "{{prefix}}Outpost-NodeUsage:cache.r7g.large" } }{{extraProducts}}
          },
          "terms": { "OnDemand": {
            "SKU1": {
              "SKU1.R": { "termAttributes": { "LeaseContractLength": "1yr", "PurchaseOption": "All Upfront" }, "priceDimensions": {
                "SKU1.R.H": { "unit": "Hrs", "pricePerUnit": { "USD": "0.0000000000" } },
                "SKU1.R.U": { "unit": "Quantity", "pricePerUnit": { "USD": "999.0" } } } },
              "SKU1.T": { "termAttributes": {}, "priceDimensions": { "SKU1.T.D": { "unit": "Hrs", "pricePerUnit": { "USD": "1.2340000000" } } } } },
            "SKU2": { "SKU2.T": { "priceDimensions": { "SKU2.T.D": { "unit": "Hrs", "pricePerUnit": { "USD": "9.9990000000" } } } } },
            "SKU3": { "SKU3.T": { "priceDimensions": { "SKU3.T.D": { "unit": "Hrs", "pricePerUnit": { "USD": "8.8880000000" } } } } },
            "SKU5": { "SKU5.T": { "priceDimensions": { "SKU5.T.D": { "unit": "Hrs", "pricePerUnit": { "USD": "0.0120000000" } } } } },
            "SKU6": { "SKU6.T": { "priceDimensions": { "SKU6.T.D": { "unit": "Hrs", "pricePerUnit": { "USD": "0.0350000000" } } } } },
            "SKU7": { "SKU7.T": { "priceDimensions": { "SKU7.T.D": { "unit": "Hrs", "pricePerUnit": { "USD": "0.5000000000" } } } } }{{extraTerms}}
          } }
        }
        """)!;
    }

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
    public void Two_node_hour_prices_for_one_type_are_refused_not_chosen()
    {
        var duplicate = Offer("us-east-1",
            """, "SKU8": { "productFamily": "Cache Instance", "attributes": { "regionCode": "us-east-1", "instanceType": "cache.r7g.large", "cacheEngine": "Valkey", "usagetype": "NodeUsage:cache.r7g.large" } }""",
            """, "SKU8": { "SKU8.T": { "priceDimensions": { "SKU8.T.D": { "unit": "Hrs", "pricePerUnit": { "USD": "2.0000000000" } } } } }""");

        var (data, problem) = PriceListImport.Read([("us.json", duplicate)]);

        Assert.Null(data);
        Assert.Equal("two on-demand node-hour prices for cache.r7g.large in us-east-1: $1.234 (us.json, SKU SKU1) and $2 (us.json, SKU SKU8); the table would have to guess", problem);
    }

    [Theory]
    [InlineData("0.0000000000")]
    [InlineData("-1")]
    [InlineData("n/a")]
    public void An_on_demand_node_hour_that_is_not_a_positive_price_is_refused(string price)
    {
        var bad = Offer("us-east-1",
            """, "SKU8": { "productFamily": "Cache Instance", "attributes": { "regionCode": "us-east-1", "instanceType": "cache.m7g.large", "cacheEngine": "Valkey", "usagetype": "NodeUsage:cache.m7g.large" } }""",
            $$""", "SKU8": { "SKU8.T": { "priceDimensions": { "SKU8.T.D": { "unit": "Hrs", "pricePerUnit": { "USD": "{{price}}" } } } } }""");

        var (data, problem) = PriceListImport.Read([("us.json", bad)]);

        Assert.Null(data);
        Assert.Equal($"us.json, SKU SKU8 (cache.m7g.large, us-east-1): on-demand price \"{price}\" is not a positive number of US dollars", problem);
    }

    [Fact]
    public void The_node_types_without_a_price_in_a_region_are_listed()
    {
        var (data, _) = PriceListImport.Read([("us.json", Offer("us-east-1")), ("eu.json", Offer("eu-west-1"))]);

        Assert.Equal(
            ["eu-west-1 cache.m7g.large", "us-east-1 cache.m7g.large"],
            PriceListImport.Missing(data!, ["cache.r7g.large", "cache.t4g.micro", "cache.m7g.large"]));
        Assert.Contains("cache.r7g.large", Valkey.Cdktf.Validation.NodeTypes.All);
        Assert.Contains("cache.t3.micro", Valkey.Cdktf.Validation.NodeTypes.All);
    }

    [Fact]
    public void The_command_writes_the_table_whole_and_a_bad_file_changes_nothing()
    {
        using var work = new TempDir();
        var table = Path.Combine(work.Path, "prices.json");
        var offer = Path.Combine(work.Path, "us-east-1.json");
        File.WriteAllText(offer, Offer("us-east-1").ToJsonString());
        const string Before = """{ "what": "w", "source": "s", "read": "r", "prices": [], "approximate_monthly": { "source": "a document", "prices": [{ "region": "us-east-1", "node_type": "cache.t3.small", "usd_per_month": 30 }] } }""";
        File.WriteAllText(table, Before);

        var notJson = Path.Combine(work.Path, "bad.json");
        File.WriteAllText(notJson, "{ not json");
        var error = new StringWriter();
        Assert.Equal(ExitCode.UsageError, PricesCommand.Run([offer, notJson], table, TextWriter.Null, error));
        Assert.Contains("bad.json: not JSON", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(Before, File.ReadAllText(table));

        var other = Path.Combine(work.Path, "ec2.json");
        File.WriteAllText(other, """{ "offerCode": "AmazonEC2", "products": {} }""");
        Assert.Equal(ExitCode.UsageError, PricesCommand.Run([other], table, TextWriter.Null, TextWriter.Null));
        Assert.Equal(Before, File.ReadAllText(table));

        var output = new StringWriter();
        Assert.Equal(ExitCode.Ok, PricesCommand.Run([offer], table, output, TextWriter.Null));
        var written = PriceData.Parse(File.ReadAllText(table));
        Assert.Equal(2, written.Prices.Count);
        // The approximate monthly figures are not AWS's: kept as the table had them.
        Assert.Equal(new MonthlyPrice("us-east-1", "cache.t3.small", 30), Assert.Single(written.Approximate.Prices));
        Assert.Equal("a document", written.Approximate.Source);
        Assert.Contains($"{table}: 2 prices in 1 regions", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("\n  us-east-1 cache.m7g.large\n", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("us-east-1 cache.r7g.large", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(new[] { "prices.json", "us-east-1.json", "bad.json", "ec2.json" }.Order(StringComparer.Ordinal),
            Directory.GetFiles(work.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)); // no temporary left
    }

    [Theory]
    [InlineData("before")]
    [InlineData("""{ "what": "w" }""")]
    [InlineData("""{ "prices": [], "approximate_monthly": { "source": "d", "prices": [{ "region": "us-east-1", "node_type": "cache.t3.small", "usd_per_month": "thirty" }] } }""")]
    public void A_table_that_is_not_a_price_table_is_not_overwritten(string before)
    {
        using var work = new TempDir();
        var table = Path.Combine(work.Path, "prices.json");
        var offer = Path.Combine(work.Path, "us-east-1.json");
        File.WriteAllText(offer, Offer("us-east-1").ToJsonString());
        File.WriteAllText(table, before);
        var error = new StringWriter();

        Assert.Equal(ExitCode.UsageError, PricesCommand.Run([offer], table, TextWriter.Null, error));

        Assert.Contains($"error: {table}: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("nothing was written", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(table));
    }

    /// <summary>
    /// Every node type the project knows, in us-east-1, the shipped environments' region: its month from the node-hour price
    /// where the table has one, else the module's approximate figure, else unknown, said so; never anything else.
    /// </summary>
    public static TheoryData<string> KnownNodeTypes() => [.. Valkey.Cdktf.Validation.NodeTypes.All];

    [Theory]
    [MemberData(nameof(KnownNodeTypes))]
    public void Every_known_node_type_has_its_row_or_is_unknown(string nodeType)
    {
        var month = PriceTable.Month("us-east-1", nodeType);
        var hour = PriceTable.All.SingleOrDefault(p => p.Region == "us-east-1" && p.NodeType == nodeType);
        var approximate = PriceTable.AllApproximate.SingleOrDefault(p => p.Region == "us-east-1" && p.NodeType == nodeType);

        if (hour is not null)
        {
            Assert.Equal(hour.UsdPerHour * PriceTable.HoursPerMonth, month!.Usd);
            Assert.Contains("/h × 730 h", month.Basis, StringComparison.Ordinal);
        }
        else if (approximate is not null)
        {
            Assert.Equal(approximate.UsdPerMonth, month!.Usd);
            Assert.Contains("approximate", month.Basis, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(month);
        }
    }

    [Fact]
    public void The_modules_four_node_types_are_in_the_table_at_its_monthly_figures()
    {
        // The module's documentation, node price table ("Preços aproximados para us-east-1").
        Assert.Equal(
            ["cache.r6g.large 120", "cache.r6g.xlarge 240", "cache.t3.micro 15", "cache.t3.small 30"],
            PriceTable.AllApproximate.Where(p => p.Region == "us-east-1").Select(p => $"{p.NodeType} {p.UsdPerMonth:0}").Order(StringComparer.Ordinal));
        // Where AWS's node-hour is known, it is what the estimate uses; the module's figure only where it is not.
        Assert.Contains("/h", PriceTable.Month("us-east-1", "cache.t3.micro")!.Basis, StringComparison.Ordinal);
        Assert.Equal(30m, PriceTable.Month("us-east-1", "cache.t3.small")!.Usd);
        Assert.Equal(240m, PriceTable.Month("us-east-1", "cache.r6g.xlarge")!.Usd);
        Assert.Null(PriceTable.Month("eu-west-1", "cache.t3.small"));
        Assert.Contains("the module's documentation", PriceTable.Source, StringComparison.Ordinal);
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
