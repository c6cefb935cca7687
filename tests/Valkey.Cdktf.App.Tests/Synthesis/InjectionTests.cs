using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Synthesis;

/// <summary>
/// Nothing a user writes runs as a Terraform expression: every input string lands in
/// cdk.tf.json escaped, so Terraform reads back exactly what the file says.
/// </summary>
public sealed class InjectionTests
{
    private const string Interpolation = "${file(\"/etc/hostname\")}";
    private const string Directive = "%{ for x in [1] }x%{ endfor }";

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("${a}", "$${a}")]
    [InlineData("%{ if x }", "%%{ if x }")]
    [InlineData("$$ and %% and $ { and $", "$$ and %% and $ { and $")]
    [InlineData("$${already}", "$$${already}")]
    [InlineData("a${b}c%{d}e", "a$${b}c%%{d}e")]
    public void Escape_doubles_only_the_introducers(string text, string escaped)
    {
        Assert.Equal(escaped, TerraformLiteral.Escape(text));
        Assert.Empty(TerraformLiteral.Sequences(escaped));
        Assert.Equal(text, TerraformLiteral.Unescape(escaped));
    }

    [Theory]
    [InlineData("${a}", new[] { "${a}" })]
    [InlineData("x ${a} y %{ if b }z%{ endif }", new[] { "${a}", "%{ if b }", "%{ endif }" })]
    [InlineData("$${a} %%{b}", new string[0])]
    [InlineData("${ {x=1}.x }", new[] { "${ {x=1}.x }" })]
    [InlineData("tail ${unclosed", new[] { "${unclosed" })]
    public void Sequences_finds_what_Terraform_evaluates(string template, string[] expected) =>
        Assert.Equal(expected, TerraformLiteral.Sequences(template));

    /// <summary>Each input field, the JSON path it lands at in the stack, and how to set it.</summary>
    private static readonly Dictionary<string, (Func<ValkeyCacheProps, string, ValkeyCacheProps> Set, string[] Path)> Fields = new()
    {
        ["project_name"] = ((p, v) => p with { ProjectName = "pbet " + v }, ["resource", "aws_elasticache_replication_group", "valkey", "description"]),
        ["replication_group_description"] = ((p, v) => p with { ReplicationGroupDescription = v }, ["resource", "aws_elasticache_replication_group", "valkey", "description"]),
        ["subnet_group_description"] = ((p, v) => p with { SubnetGroupDescription = v }, ["resource", "aws_elasticache_subnet_group", "valkey", "description"]),
        ["security_group_description"] = ((p, v) => p with { SecurityGroupDescription = "sg " + v }, ["resource", "aws_security_group", "valkey", "description"]),
        ["parameter_group_name"] = ((p, v) => p with { ParameterGroupName = "custom" + v }, ["resource", "aws_elasticache_replication_group", "valkey", "parameter_group_name"]),
        ["snapshot_name"] = ((p, v) => p with { SnapshotName = "snap" + v }, ["resource", "aws_elasticache_replication_group", "valkey", "snapshot_name"]),
    };

    public static TheoryData<string, string> FieldsAndPayloads()
    {
        var data = new TheoryData<string, string>();
        foreach (var field in Fields.Keys)
        {
            // The security group's description allows only EC2's characters: $ { } but not " or %.
            var payloads = field is "project_name" or "security_group_description" ? new[] { "${path.cwd}", "${timestamp()}" } : new[] { Interpolation, Directive };
            foreach (var payload in payloads) data.Add(field, payload);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(FieldsAndPayloads))]
    public void A_field_holding_an_expression_lands_as_its_literal(string field, string payload)
    {
        var (set, path) = Fields[field];
        var props = set(CacheFixtures.RequiredOnly(), payload);

        var stack = StackFixtures.Synth(props);

        JsonNode? node = stack.Root;
        foreach (var key in path) node = node?[key];
        var written = node!.GetValue<string>();
        Assert.Empty(TerraformLiteral.Sequences(written));
        Assert.Contains(payload, TerraformLiteral.Unescape(written), StringComparison.Ordinal);
        Assert.Empty(InterpolationAudit.Find(stack.Root));
    }

    [Fact]
    public void A_tag_holding_an_expression_is_refused_before_anything_is_written()
    {
        // ElastiCache refuses $ { } % in tags (Tagging-Resources): such a tag fails at apply, so it is refused at synth.
        // Were it not, it would still land escaped (TerraformLiteral), as every other field does.
        var props = CacheFixtures.RequiredOnly() with { Tags = new Dictionary<string, string> { ["K" + Interpolation] = "v", ["D"] = Directive } };

        var e = Assert.Throws<ValkeyConfigurationException>(() => StackFixtures.Synth(props));

        Assert.Contains("tags.K" + Interpolation, e.Message, StringComparison.Ordinal);
        Assert.Contains("tags.D", e.Message, StringComparison.Ordinal);
        Assert.Contains("what ElastiCache accepts in tags", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_environment_file_with_expressions_everywhere_synthesizes_without_one()
    {
        var props = CacheFixtures.RequiredOnly() with
        {
            ProjectName = "p ${path.module} {x}",
            ReplicationGroupDescription = Interpolation + Directive,
            SubnetGroupDescription = Directive,
            SecurityGroupDescription = "${timestamp()}",
            ParameterGroupName = "pg" + Interpolation,
            SnapshotName = "s" + Directive,
        };

        var stack = StackFixtures.Synth(StackFixtures.Environment(props) with { Import = new ImportAdoption("sg-12345") });

        Assert.Empty(InterpolationAudit.Find(stack.Root));
        // The stack's own references are still expressions.
        Assert.Equal("${aws_elasticache_subnet_group.valkey.name}",
            stack.Resource("aws_elasticache_replication_group", "valkey")["subnet_group_name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("${TfToken[TOKEN.0]}")]
    [InlineData("${TfToken[TOKEN.3]} and #{TfToken[TOKEN.2]}")]
    public void A_value_shaped_like_a_CDKTF_token_is_refused(string value)
    {
        // CDKTF replaces its token markers in any string, escaped or not: the first became the
        // subnet group's name reference, the second crashed the synthesis. So they are refused.
        var props = CacheFixtures.RequiredOnly() with { Tags = new Dictionary<string, string> { ["Owner"] = value } };

        var e = Assert.Throws<ValkeyConfigurationException>(() => StackFixtures.Synth(props));

        Assert.Contains("tags.Owner", e.Message, StringComparison.Ordinal);
        Assert.Contains("TfToken[", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "resource": { "aws_x": { "a": { "tags": { "k": "${file(\"x\")}" } } } } }""", "resource.aws_x.a.tags.k")]
    [InlineData("""{ "resource": { "aws_x": { "a": { "tags": { "${k}": "v" } } } } }""", "resource.aws_x.a.tags (key ${k})")]
    [InlineData("""{ "resource": { "aws_x": { "a": { "n": "%{ if true }y%{ endif }" } } } }""", "resource.aws_x.a.n")]
    [InlineData("""{ "resource": { "aws_x": { "a": { "n": "${aws_y.b.id}" } } } }""", "resource.aws_x.a.n")]
    [InlineData("""{ "output": { "o": { "value": "prefix ${upper(aws_x.a.id)}" } }, "resource": { "aws_x": { "a": {} } } }""", "output.o.value")]
    public void The_audit_finds_an_expression_that_is_not_a_reference_to_the_stack(string json, string path)
    {
        var found = InterpolationAudit.Find(JsonNode.Parse(json)!);

        Assert.Contains(path, found.Select(f => f.Path));
    }

    [Fact]
    public void The_audit_accepts_references_and_escapes_and_skips_the_literal_terraform_block()
    {
        var json = """
            { "terraform": { "backend": { "local": { "path": "${not evaluated}" } } },
              "output": { "o": { "value": "${aws_x.a.id}" } },
              "resource": { "aws_x": { "a": { "n": "$${x} %%{y}" } } } }
            """;

        Assert.Empty(InterpolationAudit.Find(JsonNode.Parse(json)!));
    }
}
