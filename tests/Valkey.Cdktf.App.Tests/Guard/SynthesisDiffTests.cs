using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>The rows two syntheses predict (<see cref="SynthesisDiff"/>), on small documents.</summary>
public sealed class SynthesisDiffTests
{
    private static readonly ProviderSchema Schema = ProviderSchema.Embedded();

    private static JsonNode Doc(string resources) => JsonNode.Parse($$"""{ "resource": {{resources}} }""")!;

    [Fact]
    public void A_removed_resource_is_a_delete()
    {
        var before = Doc("""{ "aws_security_group": { "valkey": { "name": "a" } } }""");
        var after = Doc("{}");

        var row = Assert.Single(SynthesisDiff.Compare(before, after, Schema).Resources);

        Assert.Equal(["delete"], row.Actions);
        Assert.Equal("aws_security_group.valkey", row.Address);
    }

    [Fact]
    public void What_ignore_changes_names_keeps_its_value_before_as_Terraform_plans_it()
    {
        var before = Doc("""{ "aws_elasticache_replication_group": { "valkey": { "node_type": "cache.r6g.large", "port": 6379 } } }""");
        var after = Doc("""{ "aws_elasticache_replication_group": { "valkey": { "node_type": "cache.r6g.xlarge", "port": 6380, "lifecycle": { "ignore_changes": ["node_type"] } } } }""");
        var all = Doc("""{ "aws_elasticache_replication_group": { "valkey": { "node_type": "cache.r6g.xlarge", "port": 6380, "lifecycle": { "ignore_changes": "all" } } } }""");

        var row = Assert.Single(SynthesisDiff.Compare(before, after, Schema).Resources);
        Assert.Equal(["port"], row.ChangedAttributes);
        Assert.Equal("cache.r6g.large", row.After!["node_type"]!.GetValue<string>());
        Assert.Equal("no-op", Assert.Single(SynthesisDiff.Compare(before, all, Schema).Resources).Action);
        // A new resource is created with what it says.
        Assert.Equal("cache.r6g.xlarge", Assert.Single(SynthesisDiff.Compare(Doc("{}"), after, Schema).Resources).After!["node_type"]!.GetValue<string>());
    }

    [Fact]
    public void A_renamed_address_is_a_delete_and_a_create()
    {
        var before = Doc("""{ "aws_security_group": { "valkey": { "name": "a" } } }""");
        var after = Doc("""{ "aws_security_group": { "cache": { "name": "a" } } }""");

        var actions = SynthesisDiff.Compare(before, after, Schema).Resources.Select(r => (r.Address, r.Action));

        Assert.Equal([("aws_security_group.cache", "create"), ("aws_security_group.valkey", "delete")], actions);
    }

    [Fact]
    public void A_reference_to_a_renamed_subnet_group_replaces_the_replication_group_too()
    {
        const string rg = """ "aws_elasticache_replication_group": { "valkey": { "subnet_group_name": "${aws_elasticache_subnet_group.valkey.name}" } } """;
        var before = Doc($$"""{ {{rg}}, "aws_elasticache_subnet_group": { "valkey": { "name": "old" } } }""");
        var after = Doc($$"""{ {{rg}}, "aws_elasticache_subnet_group": { "valkey": { "name": "new" } } }""");

        var rows = SynthesisDiff.Compare(before, after, Schema).Resources;

        Assert.Equal(
            [("aws_elasticache_replication_group.valkey", "replace", "subnet_group_name"), ("aws_elasticache_subnet_group.valkey", "replace", "name")],
            rows.Select(r => (r.Address, r.Action, string.Join(",", r.ReplacePaths))));
    }

    [Fact]
    public void A_reference_to_what_only_AWS_knows_of_a_replaced_resource_is_unknown_after()
    {
        const string rg = """ "aws_elasticache_replication_group": { "valkey": { "security_group_ids": ["${aws_security_group.valkey.id}"] } } """;
        var before = Doc($$"""{ {{rg}}, "aws_security_group": { "valkey": { "name": "old" } } }""");
        var after = Doc($$"""{ {{rg}}, "aws_security_group": { "valkey": { "name": "new" } } }""");

        var cache = SynthesisDiff.Compare(before, after, Schema).Resources.Single(r => r.Type == "aws_elasticache_replication_group");

        Assert.Equal("update", cache.Action);
        Assert.Equal(["security_group_ids"], cache.AfterUnknown);
        Assert.Equal(ResourceChange.Unknown, cache.AfterValue("security_group_ids")!.GetValue<string>());
    }

    [Fact]
    public void Create_before_destroy_orders_a_replacements_actions()
    {
        var before = Doc("""{ "aws_elasticache_parameter_group": { "valkey": { "name": "a", "lifecycle": { "create_before_destroy": true } } } }""");
        var after = Doc("""{ "aws_elasticache_parameter_group": { "valkey": { "name": "b", "lifecycle": { "create_before_destroy": true } } } }""");

        Assert.Equal(["create", "delete"], Assert.Single(SynthesisDiff.Compare(before, after, Schema).Resources).Actions);
    }

    [Fact]
    public void Nested_changes_are_read_per_leaf_and_classified_by_their_attribute()
    {
        var before = Doc("""{ "aws_security_group": { "valkey": { "ingress": [{ "from_port": 6379, "to_port": 6379 }], "tags": { "Name": "a", "Team": "x" } } } }""");
        var after = Doc("""{ "aws_security_group": { "valkey": { "ingress": [{ "from_port": 6380, "to_port": 6379 }], "tags": { "Name": "b", "Team": "x" } } } }""");

        var row = Assert.Single(SynthesisDiff.Compare(before, after, Schema).Resources);

        Assert.Equal("update", row.Action);
        Assert.Equal(
            [("ingress[0].from_port", "6379", "6380"), ("tags.Name", "\"a\"", "\"b\"")],
            row.ChangedLeaves().Select(c => (c.Path, c.Before?.ToJsonString(), c.After?.ToJsonString())));
    }

    [Fact]
    public void Region_backend_and_protection_are_changes_of_the_stack()
    {
        var before = JsonNode.Parse("""
            { "provider": { "aws": [{ "region": "us-east-1" }] }, "terraform": { "backend": { "s3": { "key": "a", "encrypt": true } } },
              "resource": { "aws_elasticache_replication_group": { "valkey": { "lifecycle": { "prevent_destroy": true } } } } }
            """)!;
        var after = JsonNode.Parse("""
            { "provider": { "aws": [{ "region": "eu-west-1" }] }, "terraform": { "backend": { "s3": { "key": "b", "encrypt": false } } },
              "resource": { "aws_elasticache_replication_group": { "valkey": { } } } }
            """)!;

        var stack = SynthesisDiff.Compare(before, after, Schema).Stack;

        Assert.Equal(
            [(StackChangeKind.RegionMoved, "region"), (StackChangeKind.BackendSetting, "s3.encrypt"), (StackChangeKind.StateMoved, "s3.key"),
             (StackChangeKind.ProtectionOff, StackChange.PreventDestroyAttribute)],
            stack.Select(s => (s.Kind, s.Attribute)));
    }

    [Theory]
    [InlineData("engine", "\"redis\"", "\"valkey\"", false)]
    [InlineData("engine", "\"valkey\"", "\"redis\"", true)]
    [InlineData("engine", null, "\"valkey\"", false)]
    [InlineData("engine_version", "\"8.0\"", "\"8.1\"", false)]
    [InlineData("engine_version", "\"8.1\"", "\"8.0\"", true)]
    [InlineData("engine_version", "\"8.0\"", "\"7.2\"", true)]
    [InlineData("port", "6379", "6380", true)]
    [InlineData("kms_key_id", null, "\"arn:aws:kms:us-east-1:1:key/x\"", true)]
    [InlineData("node_type", "\"cache.t3.micro\"", "\"cache.r6g.large\"", false)]
    [InlineData("num_cache_clusters", "2", "3", false)]
    [InlineData("transit_encryption_enabled", "false", "true", false)]
    public void Replication_group_rules_follow_the_provider(string attribute, string? old, string @new, bool replaces) =>
        Assert.Equal(replaces, Schema.Classify("aws_elasticache_replication_group", attribute, old is null ? null : JsonNode.Parse(old), JsonNode.Parse(@new)).Replaces);

    [Theory]
    [InlineData("aws_security_group", "description", true)]
    [InlineData("aws_security_group", "name", true)]
    [InlineData("aws_security_group", "vpc_id", true)]
    [InlineData("aws_security_group", "ingress", false)]
    [InlineData("aws_security_group", "tags", false)]
    [InlineData("aws_elasticache_subnet_group", "name", true)]
    [InlineData("aws_elasticache_subnet_group", "subnet_ids", false)]
    [InlineData("aws_elasticache_subnet_group", "description", false)]
    public void Group_rules_follow_the_provider(string type, string attribute, bool replaces) =>
        Assert.Equal(replaces, Schema.Classify(type, attribute, JsonValue.Create("a"), JsonValue.Create("b")).Replaces);

    [Theory]
    [InlineData("aws_elasticache_replication_group", true)]
    [InlineData("aws_cloudwatch_log_group", true)]
    [InlineData("aws_security_group", false)]
    [InlineData("aws_cloudwatch_metric_alarm", false)]
    [InlineData("aws_elasticache_parameter_group", false)]
    [InlineData("aws_elasticache_user", false)]
    [InlineData("aws_some_type_the_file_lacks", true)]
    public void What_holds_data_is_the_schemas_word(string type, bool holds) => Assert.Equal(holds, Schema.HoldsData(type));
}
