namespace Valkey.Cdktf.App.Compliance;

/// <summary>A rule's outcome for one stack: passed, failed, failed and waived (with the reason), or not applicable (with why).</summary>
internal sealed record RuleOutcome(ComplianceRule Rule, string? Failure, ComplianceWaiver? Waiver)
{
    /// <summary>Why the rule does not apply to the stack; null when it does.</summary>
    public string? NotApplicable { get; init; }

    public string Status => NotApplicable is not null ? "not applicable" : Failure is null ? "passed" : Waiver is null ? "failed" : "waived";
}
