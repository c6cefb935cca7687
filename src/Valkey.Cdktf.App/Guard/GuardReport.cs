using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Guard;

/// <summary>Prints a <see cref="GuardVerdict"/>: a table of changes, the rules behind the destructive ones, notes, and the outcome.</summary>
internal static class GuardReport
{
    /// <summary>Writes <paramref name="verdict"/> to <paramref name="output"/>.</summary>
    public static void Write(GuardVerdict verdict, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{verdict.Stack}: compared with {verdict.Baseline}");
        if (verdict.Rows.Count == 0 && verdict.Unused.Count == 0)
        {
            output.WriteLine("  no changes.");
            return;
        }
        if (verdict.Rows.Count > 0)
        {
            var rows = new List<string[]> { new[] { "resource", "attribute", "old", "new", "action" } };
            rows.AddRange(verdict.Rows.Select(r => new[] { r.Change.Resource, r.Change.Attribute, Cell(r.Change.Old), Cell(r.Change.New), Action(r) }));
            var widths = Enumerable.Range(0, 5).Select(c => rows.Max(r => r[c].Length)).ToArray();
            foreach (var row in rows)
            {
                output.WriteLine("  " + string.Join("  ", row.Select((cell, c) => c == 4 ? cell : cell.PadRight(widths[c]))).TrimEnd());
            }
        }
        foreach (var row in verdict.Rows.Where(r => r.Change.NeedsAcknowledgement))
        {
            output.WriteLine($"  {row.Change.Resource} {row.Change.Attribute}: {row.Change.Why}.");
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
        if (!verdict.Passed)
        {
            output.WriteLine($"  FAILED: {verdict.Stack} would replace, destroy or move resources, or drop their protection. If that is intended, add to");
            output.WriteLine($"  environments/{verdict.Stack}.json \"acknowledged_replacements\": [{{ \"resource\", \"attribute\", \"to\" (the new value), \"reason\" }}].");
        }
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
        if (!row.Change.NeedsAcknowledgement) return action;
        return row.Acknowledgement is null ? action + " - not acknowledged" : $"{action} - acknowledged: {row.Acknowledgement.Reason}";
    }

    private static string Cell(JsonNode? value)
    {
        var json = value?.ToJsonString(System.Text.Json.JsonSerializerOptions.Default);
        return json switch
        {
            null => "(absent)",
            { Length: > 60 } => string.Concat(json.AsSpan(0, 57), "..."),
            _ => json,
        };
    }
}
