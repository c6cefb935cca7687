using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>The comparison itself, on small documents.</summary>
public sealed class ReplacementGuardTests
{
    private static readonly ProviderSchema Schema = ProviderSchema.Embedded();

    private static JsonNode Doc(string resources) => JsonNode.Parse($$"""{ "resource": {{resources}} }""")!;

    [Fact]
    public void A_removed_resource_is_a_destroy()
    {
        var before = Doc("""{ "aws_security_group": { "valkey": { "name": "a" } } }""");
        var after = Doc("{}");

        var change = Assert.Single(ReplacementGuard.Compare(before, after, Schema));

        Assert.Equal(ChangeAction.Destroy, change.Action);
        Assert.Equal("aws_security_group.valkey", change.Resource);
    }

    [Fact]
    public void A_renamed_address_is_a_destroy_and_a_create()
    {
        var before = Doc("""{ "aws_security_group": { "valkey": { "name": "a" } } }""");
        var after = Doc("""{ "aws_security_group": { "cache": { "name": "a" } } }""");

        var actions = ReplacementGuard.Compare(before, after, Schema).Select(c => (c.Resource, c.Action));

        Assert.Equal([("aws_security_group.cache", ChangeAction.Create), ("aws_security_group.valkey", ChangeAction.Destroy)], actions);
    }

    [Fact]
    public void A_reference_to_a_renamed_subnet_group_replaces_the_replication_group_too()
    {
        const string rg = """ "aws_elasticache_replication_group": { "valkey": { "subnet_group_name": "${aws_elasticache_subnet_group.valkey.name}" } } """;
        var before = Doc($$"""{ {{rg}}, "aws_elasticache_subnet_group": { "valkey": { "name": "old" } } }""");
        var after = Doc($$"""{ {{rg}}, "aws_elasticache_subnet_group": { "valkey": { "name": "new" } } }""");

        var changes = ReplacementGuard.Compare(before, after, Schema);

        Assert.Equal(
            [("aws_elasticache_replication_group.valkey", "subnet_group_name", ChangeAction.Replace), ("aws_elasticache_subnet_group.valkey", "name", ChangeAction.Replace)],
            changes.Select(c => (c.Resource, c.Attribute, c.Action)));
    }

    [Fact]
    public void Nested_changes_are_reported_per_leaf_and_classified_by_their_attribute()
    {
        var before = Doc("""{ "aws_security_group": { "valkey": { "ingress": [{ "from_port": 6379, "to_port": 6379 }], "tags": { "Name": "a", "Team": "x" } } } }""");
        var after = Doc("""{ "aws_security_group": { "valkey": { "ingress": [{ "from_port": 6380, "to_port": 6379 }], "tags": { "Name": "b", "Team": "x" } } } }""");

        var changes = ReplacementGuard.Compare(before, after, Schema);

        Assert.Equal(
            [("ingress[0].from_port", "6379", "6380"), ("tags.Name", "\"a\"", "\"b\"")],
            changes.Select(c => (c.Attribute, c.Old?.ToJsonString(), c.New?.ToJsonString())));
        Assert.All(changes, c => Assert.Equal(ChangeAction.UpdateInPlace, c.Action));
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
}
