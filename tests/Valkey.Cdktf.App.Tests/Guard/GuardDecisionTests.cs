using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>
/// The guard's decision alone (<see cref="GuardEvaluation.Decide"/>): changes and acknowledgements in, rows and a
/// verdict out, asserted on the rows, never on the report's words (those are <see cref="GuardReportGoldenTests"/>).
/// </summary>
public sealed class GuardDecisionTests
{
    private const string Group = "aws_elasticache_replication_group.valkey";

    private static PlannedChange Change(string attribute, ChangeAction action, JsonNode? to, string resource = Group) =>
        new(resource, attribute, JsonValue.Create(6379), to, action, "the provider forces it");

    private static readonly JsonObject Protected = JsonNode.Parse("""
        { "resource": { "aws_elasticache_replication_group": { "valkey": { "lifecycle": { "prevent_destroy": true } } } } }
        """)!.AsObject();

    private static GuardVerdict Decide(IReadOnlyList<PlannedChange> changes, params AcknowledgedReplacement[] acknowledgements) =>
        GuardEvaluation.Decide("hml", "accepted/hml.cdk.tf.json", changes, acknowledgements, [Group], Protected);

    public static TheoryData<string, int, bool, bool> Actions => new()
    {
        // action, whether it needs an acknowledgement, whether it blocks unacknowledged
        { nameof(ChangeAction.UpdateInPlace), (int)ChangeAction.UpdateInPlace, false, false },
        { nameof(ChangeAction.Create), (int)ChangeAction.Create, false, false },
        { nameof(ChangeAction.Replace), (int)ChangeAction.Replace, true, true },
        { nameof(ChangeAction.Destroy), (int)ChangeAction.Destroy, true, true },
        { nameof(ChangeAction.Relocate), (int)ChangeAction.Relocate, true, true },
        { nameof(ChangeAction.Unprotect), (int)ChangeAction.Unprotect, true, true },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public void An_unacknowledged_change_blocks_exactly_when_it_needs_an_acknowledgement(string label, int action, bool needs, bool blocks)
    {
        var verdict = Decide([Change("port", (ChangeAction)action, JsonValue.Create(6380))]);

        var row = Assert.Single(verdict.Rows);
        Assert.True(needs == row.Change.NeedsAcknowledgement, label);
        Assert.Equal(blocks, row.Blocks);
        Assert.Equal(!blocks, verdict.Passed);
        Assert.Null(row.Acknowledgement);
    }

    [Fact]
    public void An_acknowledgement_of_exactly_the_change_covers_it_and_is_used()
    {
        var ack = new AcknowledgedReplacement(Group, "port", JsonValue.Create(6380), "hml holds no data");

        var verdict = Decide([Change("port", ChangeAction.Replace, JsonValue.Create(6380))], ack);

        Assert.Same(ack, Assert.Single(verdict.Rows).Acknowledgement);
        Assert.True(verdict.Passed);
        Assert.Empty(verdict.Unused);
        Assert.Equal([Group], verdict.StillProtected);
    }

    [Fact]
    public void The_value_is_compared_by_meaning_in_the_attributes_type()
    {
        var ack = new AcknowledgedReplacement(Group, "port", JsonValue.Create("6380"), "a string in the file");

        var verdict = Decide([Change("port", ChangeAction.Replace, JsonValue.Create(6380))], ack);

        Assert.True(verdict.Passed);
    }

    [Theory]
    [InlineData(Group, "port", 6381)] // another value
    [InlineData(Group, "engine_version", 6380)] // another attribute
    [InlineData("aws_security_group.valkey", "port", 6380)] // another resource
    public void An_acknowledgement_of_another_change_covers_nothing_and_is_reported_unused(string resource, string attribute, int to)
    {
        var ack = new AcknowledgedReplacement(resource, attribute, JsonValue.Create(to), "reason");

        var verdict = Decide([Change("port", ChangeAction.Replace, JsonValue.Create(6380))], ack);

        Assert.False(verdict.Passed);
        Assert.Null(Assert.Single(verdict.Rows).Acknowledgement);
        Assert.Same(ack, Assert.Single(verdict.Unused).Acknowledgement);
        Assert.Empty(verdict.StillProtected);
    }

    [Fact]
    public void A_removal_is_acknowledged_with_a_star_and_no_value()
    {
        var ack = new AcknowledgedReplacement(Group, AcknowledgedReplacement.Removal, null, "moved elsewhere");

        var verdict = Decide([Change(AcknowledgedReplacement.Removal, ChangeAction.Destroy, null)], ack);

        Assert.True(verdict.Passed);
    }

    [Fact]
    public void An_in_place_change_needs_no_acknowledgement_and_an_entry_for_it_is_unused()
    {
        var ack = new AcknowledgedReplacement(Group, "node_type", JsonValue.Create("cache.t3.small"), "reason");

        var verdict = Decide([Change("node_type", ChangeAction.UpdateInPlace, JsonValue.Create("cache.t3.small"))], ack);

        Assert.True(verdict.Passed);
        Assert.Single(verdict.Unused);
    }
}
