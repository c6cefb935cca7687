using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Json.Schema;
using Valkey.Cdktf.App.Compliance;
using Valkey.Cdktf.App.Reports;

namespace Valkey.Cdktf.App.Tests.Reports;

/// <summary>
/// The reports CI reads: compliance, guard and rehearsal findings as SARIF 2.1.0, validated against this project's schema
/// of GitHub code scanning's documented subset (sarif-github-subset.schema.json) with JsonSchema.Net, and as JUnit XML;
/// the cost as Markdown.
/// </summary>
public sealed class ReportTests
{
    private static readonly JsonSchema Subset = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", "sarif-github-subset.schema.json")));

    private static void AssertValidSarif(string text)
    {
        var result = Subset.Evaluate(JsonDocument.Parse(text).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, "not GitHub's SARIF subset: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var run = JsonNode.Parse(text)!["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(rules.Count, rules.Distinct(StringComparer.Ordinal).Count());
        foreach (var result2 in run["results"]!.AsArray())
        {
            var id = result2!["ruleId"]!.GetValue<string>();
            Assert.Equal(rules.IndexOf(id), result2["ruleIndex"]!.GetValue<int>());
        }
    }

    private static (string Outdir, string Environments) Synthesize(TempDir work)
    {
        var environments = Path.Combine(work.Path, "environments");
        Directory.CreateDirectory(environments);
        foreach (var file in Directory.GetFiles(RepoPaths.Environments, "*.json")) File.Copy(file, Path.Combine(environments, Path.GetFileName(file)));
        var outdir = Path.Combine(work.Path, "cdktf.out");
        Assert.Equal(ExitCode.Ok, Valkey.Cdktf.App.Synthesis.SynthCommand.Run(environments, outdir, new StringWriter()));
        return (outdir, environments);
    }

    [Fact]
    public void Synth_writes_each_stacks_compliance_as_valid_sarif_at_the_settings_lines_and_as_junit()
    {
        using var work = new TempDir();
        var (outdir, environments) = Synthesize(work);

        foreach (var stack in SnapshotTests.ShippedNames())
        {
            var folder = Path.Combine(outdir, "stacks", stack);
            var sarif = File.ReadAllText(Path.Combine(folder, ComplianceReports.SarifFile));
            AssertValidSarif(sarif);
            var compliance = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "compliance.json")))!;
            var results = JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray();
            // What is found: every failed and every waived rule, no passed one; a waived one suppressed with its reason.
            var notPassed = compliance["rules"]!.AsArray().Where(r => r!["status"]!.GetValue<string>() != "passed").ToList();
            Assert.Equal(notPassed.Select(r => r!["id"]!.GetValue<string>()), results.Select(r => r!["ruleId"]!.GetValue<string>()));
            foreach (var (rule, result) in notPassed.Zip(results))
            {
                var reason = rule!["waiver_reason"]?.GetValue<string>();
                Assert.Equal(reason, result!["suppressions"]?[0]?["justification"]?.GetValue<string>());
                // The location: the environment file, at a line that writes the rule's setting or, when it is left to its default, "variables".
                var location = result["locations"]![0]!["physicalLocation"]!;
                var uri = location["artifactLocation"]!["uri"]!.GetValue<string>();
                Assert.EndsWith($"environments/{stack}.json", uri, StringComparison.Ordinal);
                var line = File.ReadAllLines(Path.Combine(environments, $"{stack}.json"))[location["region"]!["startLine"]!.GetValue<int>() - 1];
                var setting = ComplianceRules.All.Single(r => r.Id == rule["id"]!.GetValue<string>()).Setting;
                Assert.True(line.Contains($"\"{setting}\"", StringComparison.Ordinal) || line.Contains("\"variables\"", StringComparison.Ordinal), $"{stack} {setting}: line {line}");
            }
            var junit = XDocument.Parse(File.ReadAllText(Path.Combine(folder, ComplianceReports.JUnitFile)));
            var suite = junit.Root!.Element("testsuite")!;
            Assert.Equal(ComplianceRules.All.Count, (int)suite.Attribute("tests")!);
            Assert.Equal(compliance["waived"]!.GetValue<int>(), (int)suite.Attribute("skipped")!);
            // hml does not enforce compliance: its failures are warnings, passing cases that say so; prod enforces.
            var enforce = compliance["enforce"]!.GetValue<bool>();
            Assert.Equal(enforce ? compliance["failed"]!.GetValue<int>() : 0, (int)suite.Attribute("failures")!);
        }
    }

    [Fact]
    public void The_fingerprints_stay_when_lines_move_and_the_cost_is_a_markdown_table()
    {
        using var first = new TempDir();
        using var second = new TempDir();
        var (outdir, _) = Synthesize(first);
        var (outdir2, environments2) = Synthesize(second);
        // Lines above every setting move every location down; the findings stay the same findings.
        var hml = Path.Combine(environments2, "hml.json");
        File.WriteAllText(hml, "\n\n\n" + File.ReadAllText(hml));
        Assert.Equal(ExitCode.Ok, Valkey.Cdktf.App.Synthesis.SynthCommand.Run(environments2, outdir2, new StringWriter()));

        static List<(string, int)> Prints(string outdir) => [.. JsonNode.Parse(File.ReadAllText(Path.Combine(outdir, "stacks", "hml", ComplianceReports.SarifFile)))!
            ["runs"]![0]!["results"]!.AsArray().Select(r => (r!["partialFingerprints"]![SarifLog.FingerprintName]!.GetValue<string>(),
                r["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>()))];
        var before = Prints(outdir);
        var after = Prints(outdir2);
        Assert.NotEmpty(before);
        Assert.Equal(before.Select(p => p.Item1), after.Select(p => p.Item1));
        Assert.All(before.Zip(after), p => Assert.Equal(p.First.Item2 + 3, p.Second.Item2));

        var cost = File.ReadAllText(Path.Combine(outdir, ComplianceReports.CostFile));
        Assert.StartsWith("### Valkey caches: estimated monthly cost\n\n| environment | nodes | est. monthly cost | compliance |\n", cost, StringComparison.Ordinal);
        foreach (var stack in SnapshotTests.ShippedNames())
        {
            var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(outdir, "stacks", stack, "compliance.json")))!["summary"]!;
            var usd = summary["estimated_monthly_cost_usd"]!.GetValue<decimal>().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains($"| `{stack}` | {summary["node_type"]!.GetValue<string>()} × {summary["nodes"]!.GetValue<int>()} | ${usd} |", cost, StringComparison.Ordinal);
        }
        Assert.Contains("| **total** |", cost, StringComparison.Ordinal);
    }

    [Fact]
    public void The_guard_writes_a_blocking_replacement_as_an_error_at_the_line_of_its_setting()
    {
        using var work = new TempDir();
        foreach (var other in Directory.GetFiles(RepoPaths.Environments, "*.json")) File.Copy(other, Path.Combine(work.Path, Path.GetFileName(other)));
        var hml = Path.Combine(work.Path, "hml.json");
        File.WriteAllText(hml, File.ReadAllText(hml).Replace("\"engine_version\": \"8.0\",", "\"engine_version\": \"8.0\",\n    \"port\": 6380,", StringComparison.Ordinal));
        var reports = Path.Combine(work.Path, "reports");

        var exit = GuardCommand.Run(work.Path, RepoPaths.Accepted, null, Valkey.Cdktf.App.Tests.Guard.GuardCommandTests.NoNames, Valkey.Cdktf.App.Tests.Guard.GuardCommandTests.NoRemovals, new StringWriter(), new StringWriter(), reportsFolder: reports);

        Assert.Equal(ExitCode.UnacknowledgedChange, exit);
        var sarif = File.ReadAllText(Path.Combine(reports, "guard.sarif"));
        AssertValidSarif(sarif);
        var results = JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray();
        var lost = Assert.Single(results, r => r!["ruleId"]!.GetValue<string>() == "GUARD-DATA-LOST");
        Assert.Equal("error", lost!["level"]!.GetValue<string>());
        var line = lost["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>();
        Assert.Contains("\"port\": 6380", File.ReadAllLines(hml)[line - 1], StringComparison.Ordinal);
        var junit = XDocument.Parse(File.ReadAllText(Path.Combine(reports, "guard.junit.xml")));
        var hmlSuite = junit.Root!.Elements("testsuite").Single(s => ((string)s.Attribute("name")!).EndsWith(": hml", StringComparison.Ordinal));
        Assert.True((int)hmlSuite.Attribute("failures")! >= 1);
        // prod is unchanged: one passing case, no result in the SARIF log.
        var prodSuite = junit.Root!.Elements("testsuite").Single(s => ((string)s.Attribute("name")!).EndsWith(": prod", StringComparison.Ordinal));
        Assert.Equal(0, (int)prodSuite.Attribute("failures")!);
        Assert.DoesNotContain(results, r => r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>().EndsWith("prod.json", StringComparison.Ordinal));
        Assert.Equal(["guard.junit.xml", "guard.sarif"], Directory.GetFiles(reports).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_setting_left_to_its_default_points_at_variables_and_a_written_one_at_its_own_line()
    {
        const string Text = "{\n  \"aws_region\": \"us-east-1\",\n  \"variables\": {\n    \"port\": 6380,\n    \"note\": \"port\"\n  }\n}\n";

        Assert.Equal(4, EnvironmentFileLines.LineOf(Text, ["port"]));
        Assert.Equal(3, EnvironmentFileLines.LineOf(Text, ["kms_key_id"]));
        Assert.Equal(1, EnvironmentFileLines.LineOf("{}", ["port"]));
    }
}
