
namespace Valkey.Cdktf.App.Tests.Stacks;

/// <summary>What each environment's stack holds beside the cache: outputs, provider, backend.</summary>
public sealed class ValkeyStackTests
{
    [Fact]
    public void The_five_outputs_have_the_module_names_descriptions_and_references()
    {
        var outputs = StackFixtures.Synth(StackFixtures.Environment()).Outputs;

        var expected = new Dictionary<string, string>
        {
            ["valkey_endpoint"] = "${aws_elasticache_replication_group.valkey.primary_endpoint_address}",
            ["valkey_port"] = "${aws_elasticache_replication_group.valkey.port}",
            ["valkey_reader_endpoint"] = "${aws_elasticache_replication_group.valkey.reader_endpoint_address}",
            ["replication_group_id"] = "${aws_elasticache_replication_group.valkey.id}",
            ["security_group_id"] = "${aws_security_group.valkey.id}",
        };
        Assert.Equal(expected.Keys.Append(ValkeyStack.ConnectionUrlOutput).Order(StringComparer.Ordinal), outputs.Select(o => o.Key).Order(StringComparer.Ordinal));
        Assert.Equal(ValkeyStack.OutputNames.Order(StringComparer.Ordinal), expected.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, reference) in expected)
        {
            var output = outputs[name]!.AsObject();
            Assert.Equal(reference, output["value"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(output["description"]?.GetValue<string>()), $"output {name} has no description");
        }
    }

    [Fact]
    public void The_aws_provider_takes_the_region_and_is_pinned_to_the_bindings_version()
    {
        var json = StackFixtures.Synth(StackFixtures.Environment() with { AwsRegion = "sa-east-1" });

        Assert.Equal("sa-east-1", json.Root["provider"]!["aws"]![0]!["region"]!.GetValue<string>());
        var aws = json.Root["terraform"]!["required_providers"]!["aws"]!;
#if CDKTN
        Assert.Equal("6.66.0", aws["version"]!.GetValue<string>());
        Assert.Equal("hashicorp/aws", aws["source"]!.GetValue<string>());
#else
        Assert.Equal("6.25.0", aws["version"]!.GetValue<string>());
        Assert.Equal("aws", aws["source"]!.GetValue<string>());
#endif
    }

    [Fact]
    public void Without_a_backend_setting_state_is_a_local_file_at_a_path_relative_to_the_stack()
    {
        var json = StackFixtures.Synth(StackFixtures.Environment(name: "hml"));

        var local = json.Root["terraform"]!["backend"]!["local"]!;
        Assert.Equal("../../../terraform.hml.tfstate", local["path"]!.GetValue<string>());
        Assert.False(Path.IsPathRooted(local["path"]!.GetValue<string>()));
    }

    [Fact]
    public void An_s3_backend_is_encrypted_and_locked()
    {
        var backend = new S3StateBackend("state-bucket", "valkey/prod.tfstate", "us-east-2");

        var s3 = StackFixtures.Synth(StackFixtures.Environment(backend: backend)).Root["terraform"]!["backend"]!["s3"]!.AsObject();

        Assert.Equal("state-bucket", s3["bucket"]!.GetValue<string>());
        Assert.Equal("valkey/prod.tfstate", s3["key"]!.GetValue<string>());
        Assert.Equal("us-east-2", s3["region"]!.GetValue<string>());
        Assert.True(s3["encrypt"]!.GetValue<bool>());
        Assert.True(s3["use_lockfile"]!.GetValue<bool>());
        Assert.Null(s3["dynamodb_table"]);
    }

    [Fact]
    public void An_s3_backend_with_a_dynamodb_table_locks_there_instead()
    {
        var backend = new S3StateBackend("state-bucket", "k", "us-east-1") { DynamodbTable = "locks" };

        var s3 = StackFixtures.Synth(StackFixtures.Environment(backend: backend)).Root["terraform"]!["backend"]!["s3"]!.AsObject();

        Assert.Equal("locks", s3["dynamodb_table"]!.GetValue<string>());
        Assert.Null(s3["use_lockfile"]);
    }

    [Theory]
    [InlineData(false, "redis")]
    [InlineData(true, "rediss")]
    public void The_connection_url_follows_tls(bool tls, string scheme)
    {
        var outputs = StackFixtures.Synth(CacheFixtures.RequiredOnly() with { TransitEncryptionEnabled = tls }).Outputs;

        Assert.Equal($"{scheme}://${{aws_elasticache_replication_group.valkey.primary_endpoint_address}}:${{aws_elasticache_replication_group.valkey.port}}",
            outputs[ValkeyStack.ConnectionUrlOutput]!["value"]!.GetValue<string>());
    }
}
