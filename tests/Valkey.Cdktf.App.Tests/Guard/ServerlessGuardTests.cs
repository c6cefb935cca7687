using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>
/// The judge on serverless caches: a topology change either way loses the data, and the serverless cache's own arguments
/// replace it or not as the provider's schema says (Changes/aws-provider-schema*.json, aws_elasticache_serverless_cache).
/// </summary>
public sealed class ServerlessGuardTests
{
    private const string Group = "aws_elasticache_replication_group.valkey";
    private const string Serverless = "aws_elasticache_serverless_cache.valkey";

    private static void MakeServerless(JsonObject v)
    {
        v.Remove("node_type");
        v.Remove("num_cache_nodes");
        v["serverless"] = JsonNode.Parse("""{"max_data_storage_gb": 10, "max_ecpu_per_second": 5000}""");
        v["transit_encryption_enabled"] = true;
        v["log_delivery_enabled"] = false;
    }

    private static void Nothing(JsonObject v)
    {
    }

    [Fact]
    public void Turning_a_replication_group_into_a_serverless_cache_loses_its_data_and_blocks()
    {
        var verdict = GuardFixtures.HmlVerdict(Nothing, MakeServerless);

        Assert.False(verdict.Passed);
        Assert.Equal(["delete"], verdict.Row(Group)!.Actions);
        Assert.Equal(["create"], verdict.Row(Serverless)!.Actions);
        Assert.Contains(verdict.Findings, f => f.Kind == FindingKind.DataLost && f.Subject == Group && f.Acknowledgement is null);
    }

    [Fact]
    public void Turning_a_serverless_cache_back_into_a_replication_group_loses_its_data_and_blocks()
    {
        var verdict = GuardFixtures.HmlVerdict(MakeServerless, Nothing);

        Assert.False(verdict.Passed);
        Assert.Equal(["delete"], verdict.Row(Serverless)!.Actions);
        Assert.Contains(verdict.Findings, f => f.Kind == FindingKind.DataLost && f.Subject == Serverless && f.Acknowledgement is null);
    }

    [Fact]
    public void A_new_limit_is_an_update_in_place()
    {
        var verdict = GuardFixtures.HmlVerdict(MakeServerless, v =>
        {
            MakeServerless(v);
            v["serverless"]!["max_data_storage_gb"] = 20;
            v["serverless"]!["daily_snapshot_time"] = "04:00";
        });

        Assert.True(verdict.Passed, verdict.Report());
        Assert.True(verdict.Updates(Serverless, "cache_usage_limits"));
        Assert.True(verdict.Updates(Serverless, "daily_snapshot_time"));
    }

    [Theory]
    [InlineData("engine_version", "\"7.2\"", "major_engine_version")]
    [InlineData("kms_key_id", "\"arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d\"", "kms_key_id")]
    [InlineData("private_subnet_ids", "[\"subnet-12345\", \"subnet-abcde\"]", "subnet_ids")]
    [InlineData("prefix", "\"pbet2\"", "name")]
    public void A_replacing_argument_of_the_serverless_cache_loses_its_data(string setting, string value, string path)
    {
        var verdict = GuardFixtures.HmlVerdict(MakeServerless, v =>
        {
            MakeServerless(v);
            v[setting] = JsonNode.Parse(value);
        });

        Assert.False(verdict.Passed);
        Assert.NotEmpty(verdict.Losses(path));
    }
}
