using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>
/// The judge's decision alone (<see cref="ChangeJudge"/>): rows and acknowledgements in, findings out, asserted on the
/// findings, never on the report's words (those are <see cref="ChangeReportGoldenTests"/>).
/// </summary>
public sealed class JudgeDecisionTests
{
    private const string Group = "aws_elasticache_replication_group.valkey";
    private static readonly ProviderSchema Schema = ProviderSchema.Embedded();

    internal static ResourceChange Row(string[] actions, string address = Group, string[]? forcing = null, int port = 6380) =>
        new(address, address.Split('.')[0], actions, JsonNode.Parse("""{ "port": 6379 }""")!.AsObject(), actions is ["delete"] ? null : JsonNode.Parse($$"""{ "port": {{port}} }""")!.AsObject())
        {
            ReplacePaths = forcing ?? (actions.Contains("delete") && actions.Contains("create") ? ["port"] : []),
        };

    internal static Judgement Judge(IReadOnlyList<ResourceChange> rows, IReadOnlyList<StackChange>? stack = null, params AcknowledgedReplacement[] acknowledgements) =>
        ChangeJudge.Judge(new ChangeSet(rows, stack ?? []), new JudgeContext("hml", "environments/hml.json", PinnedProvider.Version)
        {
            Acknowledgements = acknowledgements, Protected = new HashSet<string> { Group },
        }, Schema);

    public static TheoryData<string, string[], bool> Actions => new()
    {
        // the replication group's actions, whether the change stops the deploy unacknowledged
        { "update", ["update"], false },
        { "create", ["create"], false },
        { "no-op", ["no-op"], false },
        { "replace", ["delete", "create"], true },
        { "replace, create before destroy", ["create", "delete"], true },
        { "delete", ["delete"], true },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public void An_unacknowledged_change_of_the_cache_blocks_exactly_when_it_loses_the_data(string label, string[] actions, bool blocks)
    {
        var judgement = Judge([Row(actions)]);

        Assert.True(blocks == judgement.Blocks, label);
        Assert.Equal(blocks, judgement.Findings.Any(f => f.Kind == FindingKind.DataLost && f.Acknowledgement is null));
    }

    [Theory]
    [InlineData(nameof(StackChangeKind.RegionMoved), true)]
    [InlineData(nameof(StackChangeKind.StateMoved), true)]
    [InlineData(nameof(StackChangeKind.ProtectionOff), true)]
    [InlineData(nameof(StackChangeKind.EnvironmentRemoved), true)]
    [InlineData(nameof(StackChangeKind.BackendSetting), false)]
    public void A_change_of_the_stack_blocks_unless_it_keeps_the_state_in_place(string kind, bool blocks)
    {
        var judgement = Judge([], [new StackChange(Enum.Parse<StackChangeKind>(kind), StackChange.BackendAddress, "s3.key", JsonValue.Create("a"), JsonValue.Create("b"), "why")]);

        Assert.Equal(blocks, judgement.Blocks);
    }

    [Fact]
    public void An_acknowledgement_of_exactly_the_change_covers_it_and_the_protection_is_noted()
    {
        var ack = new AcknowledgedReplacement(Group, "port", JsonValue.Create(6380), "hml holds no data");

        var judgement = Judge([Row(["delete", "create"])], null, ack);

        Assert.False(judgement.Blocks);
        var loss = Assert.Single(judgement.Findings, f => f.Kind == FindingKind.DataLost);
        Assert.Same(ack, loss.Acknowledgement);
        Assert.Contains(judgement.Findings, f => f.Kind == FindingKind.StillProtected && f.Subject == Group);
        Assert.DoesNotContain(judgement.Findings, f => f.Kind == FindingKind.UnusedAcknowledgement);
    }

    [Fact]
    public void The_value_is_compared_by_meaning_in_the_attributes_type()
    {
        var ack = new AcknowledgedReplacement(Group, "port", JsonValue.Create("6380"), "a string in the file");

        Assert.False(Judge([Row(["delete", "create"])], null, ack).Blocks);
    }

    [Theory]
    [InlineData(Group, "port", 6381)] // another value
    [InlineData(Group, "engine_version", 6380)] // another attribute
    [InlineData("aws_security_group.valkey", "port", 6380)] // another resource
    public void An_acknowledgement_of_another_change_covers_nothing_and_is_reported_unused(string resource, string attribute, int to)
    {
        var ack = new AcknowledgedReplacement(resource, attribute, JsonValue.Create(to), "reason");

        var judgement = Judge([Row(["delete", "create"])], null, ack);

        Assert.True(judgement.Blocks);
        Assert.Null(Assert.Single(judgement.Findings, f => f.Kind == FindingKind.DataLost).Acknowledgement);
        Assert.Same(ack, Assert.Single(judgement.Findings, f => f.Kind == FindingKind.UnusedAcknowledgement).Acknowledgement);
        Assert.DoesNotContain(judgement.Findings, f => f.Kind == FindingKind.StillProtected);
    }

    [Fact]
    public void A_removal_is_acknowledged_with_a_star_and_no_value()
    {
        var ack = new AcknowledgedReplacement(Group, AcknowledgedReplacement.Removal, null, "moved elsewhere");

        Assert.False(Judge([Row(["delete"])], null, ack).Blocks);
    }

    [Fact]
    public void An_in_place_change_needs_no_acknowledgement_and_an_entry_for_it_is_unused()
    {
        var ack = new AcknowledgedReplacement(Group, "node_type", JsonValue.Create("cache.t3.small"), "reason");

        var judgement = Judge([Row(["update"])], null, ack);

        Assert.False(judgement.Blocks);
        Assert.Single(judgement.Findings, f => f.Kind == FindingKind.UnusedAcknowledgement);
    }

    [Theory]
    [InlineData("aws_cloudwatch_metric_alarm.valkey_001_memory", false)] // holds no data: replaced freely
    [InlineData("aws_elasticache_parameter_group.valkey", false)]
    [InlineData("aws_elasticache_subnet_group.valkey", true)]
    [InlineData("aws_cloudwatch_log_group.valkey_slow_log", true)] // its log events go with it
    public void Replacing_another_resource_is_judged_by_what_it_holds(string address, bool blocks) =>
        Assert.Equal(blocks, Judge([Row(["delete", "create"], address, ["name"])]).Blocks);

    [Fact]
    public void A_plan_Terraform_refused_for_prevent_destroy_blocks_and_names_the_forcing_attribute()
    {
        var judgement = ChangeJudge.Judge(new ChangeSet([Row(["delete", "create"])], []),
            new JudgeContext("hml", "environments/hml.json", PinnedProvider.Version) { RefusedByTerraform = new HashSet<string> { Group } }, Schema);

        var refusal = Assert.Single(judgement.Findings);
        Assert.Equal(FindingKind.RefusedByProtection, refusal.Kind);
        Assert.Equal(["port"], refusal.Paths);
        Assert.Equal(["port"], refusal.Settings);
        Assert.True(judgement.Blocks);
    }
}
