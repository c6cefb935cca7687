using System.Globalization;
using System.Text;
using Valkey.Cdktf.App.Reports;

namespace Valkey.Cdktf.App.Compliance;

/// <summary>
/// A stack's compliance as the reports CI reads, beside <c>compliance.json</c>: SARIF 2.1.0 (<see cref="SarifFile"/>,
/// for GitHub code scanning: each failed or waived rule at the line of the setting that makes it pass) and JUnit XML
/// (<see cref="JUnitFile"/>, for GitLab and Jenkins: every rule a test case); and every environment's cost as Markdown fit
/// for a pull-request comment (<see cref="CostFile"/>, at the top of the output folder).
/// </summary>
internal static class ComplianceReports
{
    /// <summary>The SARIF report in each stack's folder.</summary>
    public const string SarifFile = "compliance.sarif";

    /// <summary>The JUnit report in each stack's folder.</summary>
    public const string JUnitFile = "compliance.junit.xml";

    /// <summary>The cost summary at the top of the output folder.</summary>
    public const string CostFile = "cost.md";

    /// <summary>The tool's name in the reports.</summary>
    public const string Tool = "valkey-cdktf compliance";

    /// <summary>Every compliance rule as a report rule.</summary>
    public static IReadOnlyList<ReportRule> Rules { get; } =
        [.. ComplianceRules.All.Select(r => new ReportRule(r.Id, r.Title, $"{r.Title} Controls: {string.Join("; ", r.Controls)}.", r.HelpUri))];

    /// <summary>
    /// Every rule's result for the stack of <paramref name="report"/>: a failure is an error (a warning when the
    /// environment does not enforce compliance), a waived one is suppressed with its reason, a pass is a pass.
    /// </summary>
    /// <param name="report">The stack's compliance.</param>
    /// <param name="file">The environment file as the report names it (relative, with <c>/</c>).</param>
    /// <param name="text">The environment file's text, for the settings' lines.</param>
    public static IReadOnlyList<ReportResult> Results(ComplianceReport report, string file, string text)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Outcomes.Select(o => new ReportResult(o.Rule.Id, report.Enforce ? ReportLevel.Error : ReportLevel.Warning,
            o.Failure is null ? o.Rule.Title : $"{o.Rule.Title} It does not: {o.Failure}.", report.Stack, file,
            EnvironmentFileLines.LineOf(text, [o.Rule.Setting]))
        {
            Passed = o.Failure is null,
            // A rule that does not apply is reported as JUnit reports a test that does not run: skipped, with why.
            Suppression = o.NotApplicable is { } why ? $"not applicable: {why}" : o.Waiver?.Reason,
            Identity = o.Rule.Setting,
        })];
    }

    /// <summary>The environments' cost and compliance as Markdown: a heading, a table, how the cost is counted.</summary>
    public static string CostMarkdown(IReadOnlyList<EnvironmentSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var text = new StringBuilder("### Valkey caches: estimated monthly cost\n\n| environment | nodes | est. monthly cost | compliance |\n|---|---|---:|---|\n");
        foreach (var s in summaries)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| `{s.Stack}` | {s.Capacity} | {s.Cost} | {s.ComplianceCounts} |\n");
        }
        var known = summaries.Where(s => s.MonthlyCost is not null).ToList();
        if (known.Count > 1) text.Append(CultureInfo.InvariantCulture, $"| **total** | | **${known.Sum(s => s.MonthlyCost!.Value).ToString("0.00", CultureInfo.InvariantCulture)}** | |\n");
        text.Append(CultureInfo.InvariantCulture, $"\nOn-demand node-hours × {PriceTable.HoursPerMonth} h ({PriceTable.Source}); {PriceTable.LeftOut}.\n");
        foreach (var unknown in summaries.Where(s => s.MonthlyCost is null)) text.Append(CultureInfo.InvariantCulture, $"Cost of `{unknown.Stack}` unknown: {unknown.CostNote}.\n");
        return text.ToString();
    }
}
