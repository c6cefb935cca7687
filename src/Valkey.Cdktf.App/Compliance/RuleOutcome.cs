namespace Valkey.Cdktf.App.Compliance;

/// <summary>A rule's outcome for one stack: passed, failed, or failed and waived (with the reason).</summary>
internal sealed record RuleOutcome(ComplianceRule Rule, string? Failure, ComplianceWaiver? Waiver)
{
    public string Status => Failure is null ? "passed" : Waiver is null ? "failed" : "waived";
}
