using Valkey.Cdktf.App.Reports;
using Valkey.Cdktf.Tools.ApplyRules;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>
/// The judge's findings (guard, rehearse) as the reports CI reads: SARIF 2.1.0 and JUnit XML
/// (<see cref="SarifLog"/>, <see cref="JUnitReport"/>), written into the folder <c>--reports DIR</c> names as
/// <c>&lt;command&gt;.sarif</c> and <c>&lt;command&gt;.junit.xml</c>. A finding is at the line of its setting in the
/// environment file; one that blocks is an error, a pending change or a warning a warning, a note a note. A stack with no
/// finding is one passing JUnit case.
/// </summary>
internal static class FindingReports
{
    // The rules of the findings that are not apply-time rules: one a kind, with the page that explains it.
    private static readonly IReadOnlyList<(FindingKind Kind, ReportRule Rule)> KindRules =
    [
        (FindingKind.DataLost, new("GUARD-DATA-LOST", "A resource that holds data is replaced or destroyed.",
            "Replacing or destroying the cache or its log groups loses what they hold; the deploy needs an acknowledgement with a reason, or a setting that keeps the resource.",
            "https://developer.hashicorp.com/terraform/language/resources/behavior#resource-behavior")),
        (FindingKind.NothingLost, new("GUARD-REPLACED", "A resource that holds no data is replaced or destroyed.",
            "An alarm, a parameter group or a user is replaced or destroyed: nothing is lost, said for the record.",
            "https://developer.hashicorp.com/terraform/language/resources/behavior#resource-behavior")),
        (FindingKind.RefusedByProtection, new("GUARD-PREVENT-DESTROY", "Terraform refuses the plan: prevent_destroy.",
            "A resource with lifecycle prevent_destroy would be replaced or destroyed, so Terraform refuses the whole plan.",
            "https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy")),
        (FindingKind.StackMoved, new("GUARD-STACK-MOVED", "The stack moves to another state or region, or its environment file is gone.",
            "A new backend or region leaves the resources of the old one unmanaged; a removed environment leaves its resources behind.",
            "https://developer.hashicorp.com/terraform/language/backend")),
        (FindingKind.ProtectionOff, new("GUARD-PROTECTION-OFF", "prevent_destroy is turned off.",
            "Without prevent_destroy, Terraform no longer refuses a plan that destroys or replaces the cache.",
            "https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy")),
        (FindingKind.UnusedAcknowledgement, new("GUARD-UNUSED-ACK", "An acknowledgement covers no change.",
            "An entry of acknowledged_replacements matches nothing in this change: remove it, so it cannot let a later replacement through.",
            "https://developer.hashicorp.com/terraform/cli/commands/plan")),
        (FindingKind.StillProtected, new("GUARD-STILL-PROTECTED", "An acknowledged replacement of a resource that keeps prevent_destroy.",
            "The replacement is acknowledged but prevent_destroy is still on: Terraform refuses it anyway.",
            "https://developer.hashicorp.com/terraform/language/meta-arguments/lifecycle#prevent_destroy")),
        (FindingKind.Adoption, new("GUARD-ADOPTION", "The state holds resources the stack does not adopt.",
            "The state has the module's resources under addresses the stack does not move or import: the adoption setting that would.",
            "https://developer.hashicorp.com/terraform/language/modules/develop/refactoring")),
    ];

    /// <summary>The rule a stack with no finding passes.</summary>
    public static ReportRule Clean { get; } = new("GUARD-CLEAN", "The change loses no data and AWS accepts it.",
        "No replacement, destroy, move or change AWS refuses at apply.", "https://developer.hashicorp.com/terraform/cli/commands/plan");

    /// <summary>The rule of a rehearsal's problem outside the judgement: Terraform's diagnostics, a plan that does not settle.</summary>
    public static ReportRule Problem { get; } = new("REHEARSE-TERRAFORM", "Terraform plans the stack, and the plan settles.",
        "terraform init, validate and plan succeed with the real provider, and a plan after the planned state is empty.",
        "https://developer.hashicorp.com/terraform/cli/commands/plan");

    /// <summary>Every rule a finding may refer to: the kinds', the apply-time rules' (their first source), and the clean one.</summary>
    public static IReadOnlyList<ReportRule> Rules { get; } =
    [
        .. KindRules.Select(k => k.Rule),
        .. ApplyRuleTable.All.Select(r => new ReportRule(r.Id, r.Title, r.Explanation, FirstAddress(r.Source))),
        Clean,
        Problem,
    ];

    /// <summary>A rehearsal's problems outside the judgement, as errors at the top of the environment file.</summary>
    public static IEnumerable<ReportResult> Problems(string stack, IReadOnlyList<string> problems, string environmentsFolder) =>
        problems.Select((p, i) => new ReportResult(Problem.Id, ReportLevel.Error, p, stack, ReportPaths.Relative(Path.Combine(environmentsFolder, $"{stack}.json")), 1)
        {
            Identity = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    /// <summary>Every finding of <paramref name="judgements"/> as results; <paramref name="environmentsFolder"/> holds the files they point to.</summary>
    public static IReadOnlyList<ReportResult> Results(IEnumerable<Judgement> judgements, string environmentsFolder, string command)
    {
        ArgumentNullException.ThrowIfNull(judgements);
        var results = new List<ReportResult>();
        foreach (var judgement in judgements)
        {
            var path = Path.Combine(environmentsFolder, $"{judgement.Stack}.json");
            var file = ReportPaths.Relative(path);
            var text = File.Exists(path) ? File.ReadAllText(path) : "";
            if (judgement.Findings.Count == 0)
            {
                results.Add(new ReportResult(Clean.Id, ReportLevel.Note, $"{command}: {Clean.ShortDescription}", judgement.Stack, file, 1) { Passed = true, Identity = "clean" });
            }
            foreach (var f in judgement.Findings)
            {
                var rule = f.Kind == FindingKind.ApplyRule ? f.RuleId! : KindRules.First(k => k.Kind == f.Kind).Rule.Id;
                var level = f.Level switch { FindingLevel.Blocks => ReportLevel.Error, FindingLevel.Note => ReportLevel.Note, _ => ReportLevel.Warning };
                results.Add(new ReportResult(rule, level, ChangeReport.Describe(f), judgement.Stack, file, EnvironmentFileLines.LineOf(text, f.Settings))
                {
                    Suppression = f.Acknowledgement?.Reason,
                    Identity = $"{f.Subject}\n{string.Join(",", f.Paths)}",
                });
            }
        }
        return results;
    }

    /// <summary>Writes <c>&lt;command&gt;.sarif</c> and <c>&lt;command&gt;.junit.xml</c> into <paramref name="folder"/>, each whole.</summary>
    public static void Write(string folder, string command, IReadOnlyList<ReportResult> results)
    {
        Directory.CreateDirectory(folder);
        WholeFile.Write(Path.Combine(folder, $"{command}.sarif"), SarifLog.Write($"valkey-cdktf {command}", Rules, results));
        WholeFile.Write(Path.Combine(folder, $"{command}.junit.xml"), JUnitReport.Write($"valkey-cdktf {command}", Rules, results));
    }

    private static string FirstAddress(string source) =>
        source.Split([' ', ';', '('], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => w.StartsWith("https://", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"an apply-time rule's source has no address: {source}");
}
