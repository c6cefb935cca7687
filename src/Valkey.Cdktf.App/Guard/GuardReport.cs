using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Valkey.Cdktf.App.Guard;

/// <summary>
/// Prints a <see cref="GuardVerdict"/>: a table of changes (Spectre.Console; rounded borders and
/// colour on a terminal, plain columns in a log or a file), the rules behind the destructive
/// ones, notes, and the outcome.
/// </summary>
internal static class GuardReport
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="verdict"/> to <paramref name="output"/>; <paramref name="terminal"/> for borders and colour.</summary>
    public static void Write(GuardVerdict verdict, TextWriter output, bool terminal = false)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{verdict.Stack}: compared with {verdict.Baseline}");
        if (verdict.Rows.Count == 0 && verdict.Unused.Count == 0 && verdict.Findings.Count == 0)
        {
            output.WriteLine("  no changes.");
            return;
        }
        if (verdict.Rows.Count > 0)
        {
            TableWriter.Write(output, terminal, ["resource", "attribute", "old", "new", "action"], verdict.Rows.Select(row =>
                ((IReadOnlyList<string>)[row.Change.Resource, row.Change.Attribute, Cell(row.Change.Old), Cell(row.Change.New), Action(row)],
                 row.Blocks ? new Style(Color.Red) : row.Change.NeedsAcknowledgement ? new Style(Color.Yellow) : Style.Plain)));
        }
        foreach (var row in verdict.Rows.Where(r => r.Change.NeedsAcknowledgement))
        {
            output.WriteLine($"  {row.Change.Resource} {row.Change.Attribute}: {row.Change.Why}{SetBy(row.Change)}.");
        }
        foreach (var resource in verdict.StillProtected)
        {
            output.WriteLine($"  note: {resource} has prevent_destroy on: terraform apply refuses the acknowledged replacement until");
            output.WriteLine("  \"prevent_destroy\": false is set in the environment's variables for that apply.");
        }
        foreach (var unused in verdict.Unused)
        {
            output.WriteLine($"  note: acknowledged_replacements entry for {unused.Acknowledgement.Resource} {unused.Acknowledgement.Attribute}: {unused.Hint}.");
        }
        foreach (var finding in verdict.Findings) WriteFinding(finding, output);
        if (verdict.Rows.Any(r => r.Blocks))
        {
            output.WriteLine($"  FAILED: {verdict.Stack} would replace, destroy or move resources, or drop their protection. If that is intended, add to");
            output.WriteLine($"  {verdict.EnvironmentFile} \"acknowledged_replacements\": [{{ \"resource\", \"attribute\", \"to\" (the new value), \"reason\" }}].");
        }
        if (verdict.Findings.Any(f => f.Fails))
        {
            output.WriteLine($"  FAILED: AWS would refuse this deploy of {verdict.Stack} at apply (above); change {verdict.EnvironmentFile} as the rule says.");
        }
    }

    /// <summary>"; written by variables.X": the setting behind the attribute (its declaration says which), when one is.</summary>
    private static string SetBy(PlannedChange change) =>
        AttributeSetting.Of(change.Resource, change.Attribute) is { } setting ? $"; written by variables.{setting}" : "";

    /// <summary>One broken apply-time rule: id, what AWS does, the fix, the source. Shared with the rehearsals.</summary>
    public static void WriteFinding(ApplyRules.RuleFinding finding, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"  {(finding.Fails ? "APPLY RULE" : "warning")} {finding.Rule.Id} ({finding.Rule.Title}): {finding.Why}.");
        output.WriteLine($"    fix: {finding.Fix}. Source: {finding.Rule.Source}");
    }

    private static string Action(GuardRow row)
    {
        var action = row.Change.Action switch
        {
            ChangeAction.UpdateInPlace => "update in place",
            ChangeAction.Create => "create",
            ChangeAction.Replace => "REPLACE",
            ChangeAction.Destroy => "DESTROY",
            ChangeAction.Relocate => "MOVE STACK",
            ChangeAction.Unprotect => "UNPROTECT",
            _ => row.Change.Action.ToString(),
        };
        if ((row.Change.Action is ChangeAction.Replace or ChangeAction.Destroy) && row.Change.HoldsNoData) return action + " (holds no data)";
        if (!row.Change.NeedsAcknowledgement) return action;
        return row.Acknowledgement is null ? action + " - not acknowledged" : $"{action} - acknowledged: {row.Acknowledgement.Reason}";
    }

    private static string Cell(JsonNode? value)
    {
        var json = value?.ToJsonString(Relaxed);
        return json switch
        {
            null => "(absent)",
            { Length: > 60 } => string.Concat(json.AsSpan(0, 57), "..."),
            _ => json,
        };
    }
}
