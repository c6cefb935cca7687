using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Synthesis;

/// <summary>
/// The shipped environments carry the module documentation's two examples: hml is the basic
/// example ("Exemplo Básico"), prod the advanced one ("Configuração Avançada"). The values
/// here are copied from the documentation, not from the environment files.
/// </summary>
public sealed class SeedExampleTests(ShippedSynthesis synthesis) : IClassFixture<ShippedSynthesis>
{
    [Fact]
    public void Hml_is_the_basic_example()
    {
        var json = new TerraformJson(synthesis.StackJson("hml"));

        AssertAttributes(json, "aws_elasticache_replication_group", new()
        {
            ["engine"] = "\"valkey\"",
            ["node_type"] = "\"cache.t3.micro\"",
            ["num_cache_clusters"] = "2",
            ["engine_version"] = "\"8.0\"",
            ["port"] = "6379",                                  // default
            ["parameter_group_name"] = "\"default.valkey8\"",   // default
            ["at_rest_encryption_enabled"] = "\"true\"",        // default
            ["transit_encryption_enabled"] = "false",           // default
            ["automatic_failover_enabled"] = "true",
            ["multi_az_enabled"] = "true",
            ["tags"] = """{"Environment":"homolog","Name":"pbet-hml-valkey","Project":"pbet"}""",
        });
        AssertAttributes(json, "aws_elasticache_subnet_group", new()
        {
            ["subnet_ids"] = """["subnet-12345","subnet-67890"]""",
        });
        AssertAttributes(json, "aws_security_group", new() { ["vpc_id"] = "\"vpc-12345\"" });
        Assert.Equal("""["sg-12345"]""", json.Resource("aws_security_group", "valkey")["ingress"]![0]!["security_groups"]!.ToJsonString());
        Assert.StartsWith("pbet-hml", json.Resource("aws_elasticache_replication_group", "valkey")["replication_group_id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(json.Resource("aws_elasticache_replication_group", "valkey")["maintenance_window"]);
    }

    [Fact]
    public void Prod_is_the_advanced_example()
    {
        var json = new TerraformJson(synthesis.StackJson("prod"));

        AssertAttributes(json, "aws_elasticache_replication_group", new()
        {
            ["engine"] = "\"valkey\"",
            ["node_type"] = "\"cache.r6g.large\"",
            ["num_cache_clusters"] = "3",
            ["engine_version"] = "\"8.0\"",
            ["port"] = "6379",
            ["parameter_group_name"] = "\"default.valkey8\"",
            ["at_rest_encryption_enabled"] = "\"true\"",
            ["transit_encryption_enabled"] = "true",
            ["maintenance_window"] = "\"sun:03:00-sun:04:00\"",
            ["snapshot_retention_limit"] = "7",
            ["snapshot_window"] = "\"02:00-03:00\"",
            ["automatic_failover_enabled"] = "true",
            ["multi_az_enabled"] = "true",
            ["tags"] = """{"Backup":"required","Environment":"production","Name":"prod-prod-valkey","Project":"pbet"}""",
        });
        Assert.StartsWith("prod-prod", json.Resource("aws_elasticache_replication_group", "valkey")["replication_group_id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(json.Root["terraform"]!["backend"]!["s3"]);
    }

    private static void AssertAttributes(TerraformJson json, string type, Dictionary<string, string> expected)
    {
        var resource = json.Resource(type, "valkey");
        var differences = expected
            .Where(e => !JsonNode.DeepEquals(resource[e.Key], JsonNode.Parse(e.Value)))
            .Select(e => $"{type}.valkey.{e.Key}: expected {e.Value}, actual {resource[e.Key]?.ToJsonString() ?? "(absent)"}")
            .ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }
}
