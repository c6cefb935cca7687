namespace Valkey.Cdktf.App.Guard;

/// <summary>The guard's decision for one environment: what changes, what covers it, and whether it passes.</summary>
/// <param name="Stack">The environment's name.</param>
/// <param name="Baseline">Where the accepted synthesis came from.</param>
/// <param name="Rows">Every change, in address order, each with its acknowledgement.</param>
/// <param name="Unused">Acknowledgements that match no change.</param>
/// <param name="StillProtected">Resources whose replacement is acknowledged but that keep <c>prevent_destroy</c> on, so Terraform still refuses the apply.</param>
internal sealed record GuardVerdict(
    string Stack,
    string Baseline,
    IReadOnlyList<GuardRow> Rows,
    IReadOnlyList<UnusedAcknowledgement> Unused,
    IReadOnlyList<string> StillProtected)
{
    /// <summary>The environment file to edit, as the report names it. Omitted: <c>environments/&lt;stack&gt;.json</c>.</summary>
    public string EnvironmentFile { get; init; } = $"environments/{Stack}.json";

    /// <summary>The apply-time rules the change breaks (<see cref="ApplyRules.ApplyRuleTable"/>): failures and warnings.</summary>
    public IReadOnlyList<ApplyRules.RuleFinding> Findings { get; init; } = [];

    /// <summary>Whether every change that needs an acknowledgement has one, and no apply-time rule fails.</summary>
    public bool Passed => Rows.All(r => !r.Blocks) && !Findings.Any(f => f.Fails);
}
