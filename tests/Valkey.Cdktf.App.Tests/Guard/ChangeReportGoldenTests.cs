using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>
/// The report's wording, the same for every command, pinned in a few golden outputs (plain, as in a log): a rewording
/// shows here, in one place, and nowhere else; the decisions themselves are <see cref="JudgeDecisionTests"/>.
/// </summary>
public sealed class ChangeReportGoldenTests
{
    private const string Group = "aws_elasticache_replication_group.valkey";

    private static string Report(IReadOnlyList<ResourceChange> rows, params AcknowledgedReplacement[] acknowledgements)
    {
        var changes = new ChangeSet(rows, []);
        var output = new StringWriter();
        ChangeReport.Write(changes, JudgeDecisionTests.Judge(rows, null, acknowledgements), output, terminal: false);
        return output.ToString().ReplaceLineEndings("\n");
    }

    private static readonly ResourceChange Port = JudgeDecisionTests.Row(["delete", "create"]);

    private static readonly ResourceChange NodeType = new("aws_elasticache_subnet_group.valkey", "aws_elasticache_subnet_group", ["update"],
        JsonNode.Parse("""{ "subnet_ids": ["subnet-1"] }""")!.AsObject(), JsonNode.Parse("""{ "subnet_ids": ["subnet-1", "subnet-2"] }""")!.AsObject());

    [Fact]
    public void No_changes()
    {
        Assert.Equal("  no changes.\n", Report([]));
    }

    [Fact]
    public void An_unacknowledged_replacement()
    {
        var actual = Report([Port, NodeType]);
        Assert.True(GoldenUnacknowledged == actual, $"the report now reads:\n{actual}");
    }

    [Fact]
    public void An_acknowledged_replacement_still_protected()
    {
        var actual = Report([Port], new AcknowledgedReplacement(Group, "port", JsonValue.Create(6380), "hml holds no data worth keeping"));
        Assert.True(GoldenAcknowledged == actual, $"the report now reads:\n{actual}");
    }

    // Table rows keep their column padding: trailing spaces are part of the output.
    private static readonly string GoldenUnacknowledged = string.Join("\n",
        [
            "  resource                                  attribute   old           new                      action                      ",
            "  aws_elasticache_replication_group.valkey  port        6379          6380                     REPLACE - not acknowledged  ",
            "  aws_elasticache_subnet_group.valkey       subnet_ids  [\"subnet-1\"]  [\"subnet-1\",\"subnet-2\"]  update in place             ",
            "  0 to create, 1 to update, 1 to replace, 0 to delete, 0 to move",
            "  DATA LOST: aws_elasticache_replication_group.valkey would be replaced, forced by port (port forces replacement (provider schema ForceNew)): what it holds is lost.",
            "    fix: set port in the environment's variables to the value the existing resource has (6379); or, if the loss is intended, acknowledge it in environments/hml.json: " +
                "\"acknowledged_replacements\": [{ \"resource\": \"aws_elasticache_replication_group.valkey\", \"attribute\": \"port\", \"to\": 6380, \"reason\": \"…\" }].",
            "  FAILED: hml: the finding above stops this deploy.",
        ]) + "\n";

    private static readonly string GoldenAcknowledged = string.Join("\n",
        [
            "  resource                                  attribute  old   new   action                                                   ",
            "  aws_elasticache_replication_group.valkey  port       6379  6380  REPLACE - acknowledged: hml holds no data worth keeping  ",
            "  0 to create, 0 to update, 1 to replace, 0 to delete, 0 to move",
            "  note: aws_elasticache_replication_group.valkey would be replaced, forced by port (port forces replacement (provider schema ForceNew)): what it holds is lost; " +
                "acknowledged: hml holds no data worth keeping.",
            "  note: aws_elasticache_replication_group.valkey has prevent_destroy on: terraform apply refuses the acknowledged replacement until " +
                "\"prevent_destroy\": false is set in the environment's variables for that apply.",
        ]) + "\n";
}
