using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Stacks;

/// <summary>Adopting the resources the module created: names that match, import and moved blocks, data protection.</summary>
public sealed class AdoptionTests
{
    private static TerraformJson SynthFile(Action<JsonObject> change)
    {
        var file = BadEnvironmentFileTests.ValidFile();
        change(file);
        return StackFixtures.Synth(EnvironmentFile.Parse("hml", file.ToJsonString(), "hml.json").Single());
    }

    [Theory]
    [InlineData("""{ "import": { "security_group_id": "sg-0abc123" } }""", null, true)]
    [InlineData("""{ "moved_from_module": {} }""", null, true)]
    [InlineData("""{ "moved_from_module": {} }""", false, false)]
    [InlineData(null, null, false)]
    public void While_adopting_changes_apply_immediately_unless_the_file_says_otherwise(string? adoption, bool? set, bool immediately)
    {
        // The adopting deploy adds log delivery, which AWS takes only with apply-immediately (ApplyRules: APPLY-LOG-DELIVERY).
        var json = SynthFile(f =>
        {
            if (adoption is not null) f["adoption"] = JsonNode.Parse(adoption);
            if (set is { } value) f["variables"]!["apply_immediately"] = value;
        });

        Assert.Equal(immediately, json.Resource("aws_elasticache_replication_group", "valkey")["apply_immediately"]!.GetValue<bool>());
    }

    [Fact]
    public void Import_blocks_adopt_the_three_resources_by_id_name_and_security_group_id()
    {
        var json = SynthFile(f =>
        {
            f["variables"]!["replication_group_id"] = "pbet-hml-cache";
            f["adoption"] = JsonNode.Parse("""{ "import": { "security_group_id": "sg-0abc123" } }""");
        });

        Assert.Equal(
            """[{"id":"pbet-hml-cache","to":"aws_elasticache_replication_group.valkey"},{"id":"pbet-hml-valkey-subnets","to":"aws_elasticache_subnet_group.valkey"},{"id":"sg-0abc123","to":"aws_security_group.valkey"}]""",
            Canonical(json.Root["import"]));
        Assert.Null(json.Root["moved"]);
    }

    [Fact]
    public void Moved_blocks_come_from_the_modules_addresses_with_configurable_names()
    {
        var json = SynthFile(f => f["adoption"] = JsonNode.Parse("""
            { "moved_from_module": { "module": "cache", "replication_group": "valkey", "subnet_group": "valkey", "security_group": "valkey_sg" } }
            """));

        Assert.Equal(
            """[{"from":"module.cache.aws_elasticache_replication_group.valkey","to":"aws_elasticache_replication_group.valkey"},{"from":"module.cache.aws_elasticache_subnet_group.valkey","to":"aws_elasticache_subnet_group.valkey"},{"from":"module.cache.aws_security_group.valkey_sg","to":"aws_security_group.valkey"}]""",
            Canonical(json.Root["moved"]));
        Assert.Null(json.Root["import"]);
    }

    [Fact]
    public void Moved_blocks_default_to_module_valkey_and_resources_named_this()
    {
        var json = SynthFile(f => f["adoption"] = JsonNode.Parse("""{ "moved_from_module": {} }"""));

        var from = json.Root["moved"]!.AsArray().Select(m => m!["from"]!.GetValue<string>());
        Assert.Equal(
            ["module.valkey.aws_elasticache_replication_group.this", "module.valkey.aws_elasticache_subnet_group.this", "module.valkey.aws_security_group.this"],
            from);
    }

    [Fact]
    public void Import_and_moved_together_are_an_error()
    {
        var e = Assert.Throws<ValkeyConfigurationException>(() => SynthFile(f => f["adoption"] = JsonNode.Parse("""
            { "import": { "security_group_id": "sg-1" }, "moved_from_module": {} }
            """)));

        Assert.Equal("adoption", Assert.Single(e.Problems).Field);
    }

    [Fact]
    public void Every_replacement_forcing_name_and_text_can_be_set()
    {
        var json = SynthFile(f =>
        {
            var v = f["variables"]!;
            v["replication_group_id"] = "legacy-valkey";
            v["subnet_group_name"] = "legacy-valkey-subnets";
            v["security_group_name"] = "legacy-valkey-sg";
            v["security_group_description"] = "Managed by Terraform";
            v["replication_group_description"] = "Valkey";
            v["subnet_group_description"] = "Managed by Terraform";
        });

        var rg = json.Resource("aws_elasticache_replication_group", "valkey");
        Assert.Equal("legacy-valkey", rg["replication_group_id"]!.GetValue<string>());
        Assert.Equal("Valkey", rg["description"]!.GetValue<string>());
        Assert.Equal("legacy-valkey-final", rg["final_snapshot_identifier"]!.GetValue<string>());
        var subnets = json.Resource("aws_elasticache_subnet_group", "valkey");
        Assert.Equal("legacy-valkey-subnets", subnets["name"]!.GetValue<string>());
        Assert.Equal("Managed by Terraform", subnets["description"]!.GetValue<string>());
        var sg = json.Resource("aws_security_group", "valkey");
        Assert.Equal("legacy-valkey-sg", sg["name"]!.GetValue<string>());
        Assert.Equal("Managed by Terraform", sg["description"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("replication_group_id", "\"1legacy\"")]
    [InlineData("replication_group_id", "\"legacy--valkey\"")]
    [InlineData("replication_group_id", "\"a-replication-group-id-longer-than-forty-chars\"")]
    [InlineData("subnet_group_name", "\"legacy_subnets\"")]
    [InlineData("security_group_name", "\"sg-legacy\"")]
    [InlineData("security_group_description", "\"acesso à cache\"")]
    [InlineData("final_snapshot_identifier", "\"final-\"")]
    [InlineData("snapshot_name", "\"\"")]
    public void A_name_that_breaks_aws_rules_is_reported_against_its_variable(string variable, string json)
    {
        var e = Assert.Throws<ValkeyConfigurationException>(() => SynthFile(f => f["variables"]![variable] = JsonNode.Parse(json)));

        Assert.Contains($"variables.{variable}", e.Problems.Select(p => p.Field));
    }

    [Fact]
    public void The_replication_group_is_protected_from_destroy_and_keeps_a_final_snapshot_by_default()
    {
        var rg = SynthFile(_ => { }).Resource("aws_elasticache_replication_group", "valkey");

        Assert.True(rg["lifecycle"]!["prevent_destroy"]!.GetValue<bool>());
        Assert.Equal("pbet-hml-valkey-final", rg["final_snapshot_identifier"]!.GetValue<string>());
        Assert.Null(rg["snapshot_name"]);
    }

    [Fact]
    public void Prevent_destroy_can_be_turned_off_and_a_restore_snapshot_named()
    {
        var rg = SynthFile(f =>
        {
            f["variables"]!["prevent_destroy"] = false;
            f["variables"]!["snapshot_name"] = "manual-backup-20261120";
            f["variables"]!["final_snapshot_identifier"] = "hml-last-words";
        }).Resource("aws_elasticache_replication_group", "valkey");

        Assert.False(rg["lifecycle"]!["prevent_destroy"]!.GetValue<bool>());
        Assert.Equal("manual-backup-20261120", rg["snapshot_name"]!.GetValue<string>());
        Assert.Equal("hml-last-words", rg["final_snapshot_identifier"]!.GetValue<string>());
    }

    private static string Canonical(JsonNode? node) => node switch
    {
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"\"{p.Key}\":{Canonical(p.Value)}")) + "}",
        null => "null",
        _ => node.ToJsonString(),
    };
}
