using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>
/// The guard report's wording, pinned in a few golden outputs (plain, as in a log): a rewording shows here, in
/// one place, and nowhere else; the decisions themselves are <see cref="GuardDecisionTests"/>.
/// </summary>
public sealed class GuardReportGoldenTests
{
    private const string Group = "aws_elasticache_replication_group.valkey";

    private static readonly JsonObject Protected = JsonNode.Parse("""
        { "resource": { "aws_elasticache_replication_group": { "valkey": { "lifecycle": { "prevent_destroy": true } } } } }
        """)!.AsObject();

    private static string Report(IReadOnlyList<PlannedChange> changes, params AcknowledgedReplacement[] acknowledgements)
    {
        var verdict = GuardEvaluation.Decide("hml", "accepted/hml.cdk.tf.json", changes, acknowledgements, [Group], Protected)
            with { EnvironmentFile = "environments/hml.json" };
        var output = new StringWriter();
        GuardReport.Write(verdict, output, terminal: false);
        return output.ToString().ReplaceLineEndings("\n");
    }

    private static readonly PlannedChange Port =
        new(Group, "port", JsonValue.Create(6379), JsonValue.Create(6380), ChangeAction.Replace, "port forces a new replication group (the provider's ForceNew)");

    private static readonly PlannedChange NodeType =
        new(Group, "node_type", JsonValue.Create("cache.t3.micro"), JsonValue.Create("cache.t3.small"), ChangeAction.UpdateInPlace, "in place");

    [Fact]
    public void No_changes()
    {
        Assert.Equal("hml: compared with accepted/hml.cdk.tf.json\n  no changes.\n", Report([]));
    }

    [Fact]
    public void An_unacknowledged_replacement()
    {
        Assert.Equal(GoldenUnacknowledged, Report([NodeType, Port]));
    }

    [Fact]
    public void An_acknowledged_replacement_still_protected()
    {
        Assert.Equal(GoldenAcknowledged, Report([Port], new AcknowledgedReplacement(Group, "port", JsonValue.Create(6380), "hml holds no data worth keeping")));
    }

    // Table rows keep their column padding: trailing spaces are part of the output.
    private static readonly string GoldenUnacknowledged = string.Join("\n",
        [
            "hml: compared with accepted/hml.cdk.tf.json",
            "  resource                                  attribute  old               new               action                      ",
            "  aws_elasticache_replication_group.valkey  node_type  \"cache.t3.micro\"  \"cache.t3.small\"  update in place             ",
            "  aws_elasticache_replication_group.valkey  port       6379              6380              REPLACE - not acknowledged  ",
            "  aws_elasticache_replication_group.valkey port: port forces a new replication group (the provider's ForceNew); written by variables.port.",
            "  FAILED: hml would replace, destroy or move resources, or drop their protection. If that is intended, add to",
            "  environments/hml.json \"acknowledged_replacements\": [{ \"resource\", \"attribute\", \"to\" (the new value), \"reason\" }].",
        ]) + "\n";

    private static readonly string GoldenAcknowledged = string.Join("\n",
        [
            "hml: compared with accepted/hml.cdk.tf.json",
            "  resource                                  attribute  old   new   action                                                   ",
            "  aws_elasticache_replication_group.valkey  port       6379  6380  REPLACE - acknowledged: hml holds no data worth keeping  ",
            "  aws_elasticache_replication_group.valkey port: port forces a new replication group (the provider's ForceNew); written by variables.port.",
            "  note: aws_elasticache_replication_group.valkey has prevent_destroy on: terraform apply refuses the acknowledged replacement until",
            "  \"prevent_destroy\": false is set in the environment's variables for that apply.",
        ]) + "\n";
}
