namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>The rehearsal's words for one stack: the judged plan as every command prints one (<see cref="ChangeReport"/>), then its notes, problems and steady state.</summary>
internal static class RehearsalReport
{
    /// <summary>Prints one stack's outcome.</summary>
    internal static void Write(StackOutcome outcome, TextWriter output, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{outcome.Stack}:");
        foreach (var note in outcome.Notes) output.WriteLine($"  note: {note}");
        if (outcome.Changes.Resources.Count > 0 || outcome.Judgement.Findings.Count > 0) ChangeReport.Write(outcome.Changes, outcome.Judgement, output, terminal);
        foreach (var problem in outcome.Problems) output.WriteLine($"  FAILED: {problem}");
        if (outcome.Code == ExitCode.Ok) output.WriteLine("  steady state: no changes against the state of its own plan");
    }
}
