using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>
/// The log groups keep events for at least a year (checkov CKV_AWS_338, "Ensure CloudWatch log groups retains logs
/// for at least 1 year": retention of 365 days or more, or none set, which never expires). A stack without log
/// groups passes: VKC-LOGS speaks of that.
/// </summary>
internal sealed class LogRetentionOneYear : ComplianceRule
{
    /// <summary>The shortest retention CKV_AWS_338 accepts, in days.</summary>
    public const int MinDays = 365;

    public override string Id => "VKC-LOG-RETENTION";

    public override string Title => "The log groups keep events for at least a year.";

    public override IReadOnlyList<string> Controls => ["checkov CKV_AWS_338"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.LogRetentionDays);

    public override string? NotApplicable(StackView stack) => NoNodes(stack, "log delivery, so no log groups");

    public override string? Check(StackView stack)
    {
        var shortest = stack.LogGroups.Select(g => StackView.Int(g["retention_in_days"])).Where(d => d is > 0 and < MinDays).DefaultIfEmpty().Min();
        return shortest == 0 ? null
            : $"log_retention_days is {shortest}: the log groups keep events {shortest} days, fewer than the {MinDays} CKV_AWS_338 asks (set 365 or more)";
    }
}
