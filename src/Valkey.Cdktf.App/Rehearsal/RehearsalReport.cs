using System.Text.Json.Nodes;
using Spectre.Console;

namespace Valkey.Cdktf.App.Rehearsal;

/// <summary>The rehearsal's words: a stack's outcome as a table and lines, an apply-time finding as one line.</summary>
internal static class RehearsalReport
{
    /// <summary>A broken apply-time rule in one line: the rule, why, the fix, the source.</summary>
    internal static string Describe(ApplyRules.RuleFinding finding) =>
        $"APPLY RULE {finding.Rule.Id} ({finding.Rule.Title}): {finding.Why}; fix: {finding.Fix} (source: {finding.Rule.Source})";

    /// <summary>Prints one stack's outcome: a table of resources and actions, a line of counts, notes and problems.</summary>
    internal static void Write(StackOutcome outcome, TextWriter output, bool terminal)
    {
        output.WriteLine($"{outcome.Stack}:");
        if (outcome.Plan.Count > 0)
        {
            TableWriter.Write(output, terminal, ["resource", "action", "forced by", "changes"], outcome.Plan.Select(r =>
                ((IReadOnlyList<string>)[r.Address + (r.MovedFrom is null ? "" : $" (from {r.MovedFrom})"), r.Action, string.Join(", ", r.ReplacePaths),
                    r.IsUpdate || r.IsReplace ? string.Join(", ", r.Changes.Select(c => c.Attribute)) : ""],
                 r.IsReplace || r.IsDelete ? new Style(Color.Red) : r.IsUpdate ? new Style(Color.Yellow) : Style.Plain)));
            var counts = new[] { "create", "update", "replace", "delete", "move" }
                .Select(a => $"{outcome.Plan.Count(r => r.Action == a || (a is "update" or "move" && r.Action == "move + update"))} to {a}");
            output.WriteLine($"  {string.Join(", ", counts)}");
        }
        foreach (var note in outcome.Notes) output.WriteLine($"  note: {note}");
        foreach (var problem in outcome.Problems) output.WriteLine($"  {(outcome.Code == ExitCode.Ok ? "note" : "FAILED")}: {problem}");
        if (outcome.Code == ExitCode.Ok) output.WriteLine("  steady state: no changes against the state of its own plan");
    }
}
