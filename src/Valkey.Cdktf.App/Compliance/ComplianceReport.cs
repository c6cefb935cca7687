using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Compliance;

/// <summary>One stack's compliance: every rule's outcome, and the waivers that do not fit (for a passing or unknown rule).</summary>
internal sealed record ComplianceReport(string Stack, bool Enforce, IReadOnlyList<RuleOutcome> Outcomes, IReadOnlyList<string> WaiverProblems)
{
    public int Passed => Outcomes.Count(o => o.Status == "passed");
    public int Failed => Outcomes.Count(o => o.Status == "failed");
    public int Waived => Outcomes.Count(o => o.Status == "waived");
    public int NotApplicable => Outcomes.Count(o => o.NotApplicable is not null);

    /// <summary>Whether the stack may be written: no waiver problem, and with enforcement no unwaived failure.</summary>
    public bool Blocks => WaiverProblems.Count > 0 || (Enforce && Failed > 0);

    /// <summary>
    /// Checks <paramref name="stack"/> against every rule, with the environment's settings; <paramref name="cache"/>, the
    /// environment's cache, gives a global datastore's secondary what it inherits (<see cref="StackView"/>). Pure.
    /// </summary>
    public static ComplianceReport Evaluate(string name, JsonNode stack, ComplianceSettings settings, ValkeyCacheProps? cache = null)
    {
        var view = new StackView(stack, cache);
        var outcomes = ComplianceRules.All.Select(rule =>
        {
            if (rule.NotApplicable(view) is { } why) return new RuleOutcome(rule, null, null) { NotApplicable = why };
            var failure = rule.Check(view);
            return new RuleOutcome(rule, failure, failure is null ? null : settings.Waivers.FirstOrDefault(w => w.Rule == rule.Id));
        }).ToList();
        var problems = new List<string>();
        foreach (var waiver in settings.Waivers)
        {
            // An unknown rule id never gets here: the environment's rules refuse it (EnvironmentRules, compliance.waivers).
            var outcome = outcomes.FirstOrDefault(o => o.Rule.Id == waiver.Rule);
            if (outcome is { NotApplicable: { } why })
            {
                problems.Add($"compliance.waivers: {waiver.Rule} does not apply to this cache ({why}), so its waiver waives nothing: remove it");
            }
            else if (outcome is { Failure: null })
            {
                problems.Add($"compliance.waivers: {waiver.Rule} passes, so its waiver waives nothing: remove it");
            }
        }
        return new ComplianceReport(name, settings.Enforce, outcomes, problems);
    }

    /// <summary>The report as <c>compliance.json</c> holds it.</summary>
    public JsonObject ToJson(EnvironmentSummary summary) => new()
    {
        ["stack"] = Stack,
        ["enforce"] = Enforce,
        ["passed"] = Passed,
        ["failed"] = Failed,
        ["waived"] = Waived,
        ["not_applicable_rules"] = NotApplicable,
        ["rules"] = new JsonArray([.. Outcomes.Select(o => (JsonNode)new JsonObject
        {
            ["id"] = o.Rule.Id,
            ["title"] = o.Rule.Title,
            ["controls"] = new JsonArray([.. o.Rule.Controls.Select(c => (JsonNode)JsonValue.Create(c))]),
            ["sources"] = new JsonArray([.. o.Rule.Controls.Select(ControlSources.Of).OfType<string>().Distinct().Select(u => (JsonNode)JsonValue.Create(u))]),
            ["status"] = o.Status,
            ["failure"] = o.Failure,
            ["waiver_reason"] = o.Waiver?.Reason,
            ["not_applicable"] = o.NotApplicable,
        })]),
        ["not_applicable"] = new JsonArray([.. ControlSources.NotApplicable.Select(n => (JsonNode)new JsonObject
        {
            ["control"] = n.Control, ["source"] = ControlSources.Of(n.Control), ["why"] = n.Why,
        })]),
        ["summary"] = summary.ToJson(),
    };
}
