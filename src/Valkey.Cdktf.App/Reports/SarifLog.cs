using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Reports;

/// <summary>
/// Results as a SARIF 2.1.0 log (OASIS, Static Analysis Results Interchange Format 2.1.0), the subset GitHub code scanning
/// reads (GitHub Docs, SARIF support for code scanning): one run whose <c>tool.driver</c> names the rules (id, short and
/// full description, help address); each result with its <c>ruleId</c> and <c>ruleIndex</c>, <c>level</c>,
/// <c>message.text</c>, a location relative to the repository (<c>artifactLocation.uri</c> with <c>uriBaseId</c>, and
/// <c>region.startLine</c>) and <c>partialFingerprints</c> that stay the same while the finding does; a waived or
/// acknowledged result carries a <c>suppressions</c> entry with the reason (§3.27.23).
/// </summary>
internal static class SarifLog
{
    /// <summary>The fingerprint's name in <c>partialFingerprints</c>, versioned as the SARIF specification asks (§3.27.17).</summary>
    public const string FingerprintName = "valkeyCdktfFinding/v1";

    /// <summary>The SARIF log of <paramref name="results"/> by the tool <paramref name="tool"/>, as indented JSON ending with a newline.</summary>
    public static string Write(string tool, IReadOnlyList<ReportRule> rules, IEnumerable<ReportResult> results)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(results);
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var list = new JsonArray();
        foreach (var r in results.Where(r => !r.Passed))
        {
            var result = new JsonObject
            {
                ["ruleId"] = r.RuleId,
                ["ruleIndex"] = index.TryGetValue(r.RuleId, out var i) ? i : throw new ArgumentException($"result of an undeclared rule {r.RuleId}", nameof(results)),
                ["level"] = r.Level switch { ReportLevel.Error => "error", ReportLevel.Warning => "warning", _ => "note" },
                ["message"] = new JsonObject { ["text"] = r.Message },
                ["locations"] = new JsonArray(new JsonObject
                {
                    ["physicalLocation"] = new JsonObject
                    {
                        ["artifactLocation"] = new JsonObject { ["uri"] = r.File, ["uriBaseId"] = "%SRCROOT%" },
                        ["region"] = new JsonObject { ["startLine"] = r.Line },
                    },
                }),
                ["partialFingerprints"] = new JsonObject { [FingerprintName] = Fingerprint(r) },
            };
            if (r.Suppression is { } reason)
            {
                result["suppressions"] = new JsonArray(new JsonObject { ["kind"] = "external", ["justification"] = reason });
            }
            list.Add(result);
        }
        var log = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = tool,
                        ["informationUri"] = "https://github.com/hashicorp/terraform-cdk",
                        ["rules"] = new JsonArray([.. rules.Select(rule => (JsonNode)new JsonObject
                        {
                            ["id"] = rule.Id,
                            ["shortDescription"] = new JsonObject { ["text"] = rule.ShortDescription },
                            ["fullDescription"] = new JsonObject { ["text"] = rule.FullDescription },
                            ["helpUri"] = rule.HelpUri,
                        })]),
                    },
                },
                ["results"] = list,
            }),
        };
        return log.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    /// <summary>A hash of what the result is about: the same finding keeps it across runs and edits of other lines.</summary>
    private static string Fingerprint(ReportResult r) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{r.RuleId}\n{r.Stack}\n{r.Identity}")))[..32];
}
