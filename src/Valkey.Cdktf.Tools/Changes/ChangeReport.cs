using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>
/// The one report of a judged change, the same for every command (guard, rehearse, rehearse --state, each plan of the
/// deploy rehearsal): a table of what changes (one row per changed attribute, Spectre.Console; borders and colour on a
/// terminal, plain columns in a log or a file), the plan's counts, then each finding with its fix and source.
/// </summary>
internal static class ChangeReport
{
    /// <summary>JSON as a person reads it: no escaping of quotes, accents or angle brackets.</summary>
    public static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the table, the counts and the findings of <paramref name="judgement"/> on <paramref name="changes"/>.</summary>
    public static void Write(ChangeSet changes, Judgement judgement, TextWriter output, bool terminal = false)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(judgement);
        ArgumentNullException.ThrowIfNull(output);
        var rows = Rows(changes, judgement).ToList();
        if (rows.Count == 0 && judgement.Findings.Count == 0)
        {
            output.WriteLine("  no changes.");
            return;
        }
        if (rows.Count > 0)
        {
            TableWriter.Write(output, terminal, ["resource", "attribute", "old", "new", "action"], rows.Select(r =>
                ((IReadOnlyList<string>)[r.Resource, r.Attribute, r.Old, r.New, r.Action], r.Style)));
            if (changes.Resources.Count > 0) output.WriteLine($"  {changes.Counts()}");
        }
        foreach (var line in Lines(judgement)) output.WriteLine(line);
        if (judgement.Blocks)
        {
            var count = judgement.Findings.Count(f => f.Blocks);
            output.WriteLine($"  FAILED: {judgement.Stack}: {(count == 1 ? "the finding" : $"{count} findings")} above stop{(count == 1 ? "s" : "")} this deploy.");
        }
    }

    /// <summary>Each finding as it is printed: its line, then its fix and source, indented.</summary>
    public static IEnumerable<string> Lines(Judgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        foreach (var finding in judgement.Findings)
        {
            yield return $"  {Label(finding)}{(finding.Kind == FindingKind.ApplyRule ? " " : ": ")}{finding.Message}.";
            if (finding.Fix is not null) yield return $"    fix: {finding.Fix}.";
            if (finding.Source is not null) yield return $"    source: {finding.Source}";
        }
    }

    /// <summary>One finding in one line: label, what, fix and source (a step's detail in the deploy rehearsal).</summary>
    public static string Describe(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return $"{Label(finding)}{(finding.Kind == FindingKind.ApplyRule ? " " : ": ")}{finding.Message}" +
            (finding.Fix is null ? "" : $"; fix: {finding.Fix}") + (finding.Source is null ? "" : $" (source: {finding.Source})");
    }

    private static string Label(Finding finding) => (finding.Level, finding.Kind) switch
    {
        (FindingLevel.Blocks, FindingKind.ApplyRule) => "APPLY RULE",
        (FindingLevel.Blocks, FindingKind.RefusedByProtection) => "REFUSED",
        (FindingLevel.Blocks, FindingKind.DataLost) => "DATA LOST",
        (FindingLevel.Blocks, FindingKind.ProtectionOff) => "UNPROTECT",
        (FindingLevel.Blocks, _) => "MOVE STACK",
        (FindingLevel.Pending, _) => "PENDING",
        (FindingLevel.Warning, _) => "warning",
        _ => "note",
    };

    private sealed record Row(string Resource, string Attribute, string Old, string New, string Action, Style Style);

    private static IEnumerable<Row> Rows(ChangeSet changes, Judgement judgement)
    {
        foreach (var row in changes.Resources.Where(r => r.Mode == "managed" && r.DoesSomething))
        {
            var resource = row.Address + (row.PreviousAddress is null ? "" : $" (from {row.PreviousAddress})");
            var findings = judgement.Findings.Where(f => f.Subject == row.Address && f.Kind is FindingKind.DataLost or FindingKind.NothingLost or FindingKind.RefusedByProtection).ToList();
            if (row.IsCreate || (row.IsNoOp && (row.Importing || row.PreviousAddress is not null)))
            {
                yield return new(resource, "*", "(absent)", "(new)", row.IsCreate ? "create" : row.Importing ? "import" : "move", Style.Plain);
                continue;
            }
            if (row.IsDelete)
            {
                yield return new(resource, "*", "(exists)", "(absent)", Verdict("DESTROY", findings.FirstOrDefault()), new Style(Color.Red));
                continue;
            }
            foreach (var (path, old, @new) in row.ChangedLeaves())
            {
                var top = ResourceChange.TopLevel(path);
                var forcing = row.IsReplace && row.ReplacePaths.Any(p => ResourceChange.TopLevel(p) == top);
                var action = !row.IsReplace ? (row.PreviousAddress is null ? "update in place" : "move + update in place")
                    : forcing ? Verdict("REPLACE", findings.FirstOrDefault(f => f.Paths.Count == 0 || f.Paths.Any(p => ResourceChange.TopLevel(p) == top)) ?? findings.FirstOrDefault())
                    : "with the replacement";
                yield return new(resource, path, Cell(old), Cell(@new), action, forcing ? new Style(Color.Red) : new Style(Color.Yellow));
            }
        }
        foreach (var change in changes.Stack)
        {
            var finding = judgement.Findings.FirstOrDefault(f => f.Subject == change.Subject && f.Paths.Contains(change.Attribute) && f.Kind is FindingKind.StackMoved or FindingKind.ProtectionOff);
            var label = change.Kind switch
            {
                StackChangeKind.BackendSetting => "update in place",
                StackChangeKind.ProtectionOff => Verdict("UNPROTECT", finding),
                _ => Verdict(change.Kind == StackChangeKind.EnvironmentRemoved ? "DESTROY" : "MOVE STACK", finding),
            };
            yield return new(change.Subject, change.Attribute, Cell(change.Before), Cell(change.After), label,
                change.NeedsAcknowledgement ? new Style(Color.Red) : Style.Plain);
        }
    }

    private static string Verdict(string action, Finding? finding) => finding switch
    {
        null => action,
        { Kind: FindingKind.NothingLost } => action + " (holds no data)",
        { Kind: FindingKind.RefusedByProtection } => action + " - refused by prevent_destroy",
        { Acknowledgement: { } ack } => $"{action} - acknowledged: {ack.Reason}",
        _ => action + " - not acknowledged",
    };

    private static string Cell(JsonNode? value)
    {
        if (value is JsonValue v && v.TryGetValue<string>(out var text) && text == ResourceChange.Unknown) return text;
        var json = value?.ToJsonString(Relaxed);
        return json switch
        {
            null => "(absent)",
            { Length: > 60 } => string.Concat(json.AsSpan(0, 57), "..."),
            _ => json,
        };
    }
}
