using System.Globalization;
using System.Xml.Linq;

namespace Valkey.Cdktf.App.Reports;

/// <summary>
/// Results as JUnit XML, the shape GitLab (<c>artifacts:reports:junit</c>) and Jenkins (<c>junit</c>) read: a
/// <c>testsuites</c> root, a <c>testsuite</c> per stack with its counts, a <c>testcase</c> per result (its rule as the
/// name, the stack as the class), with a <c>failure</c> for an error and a <c>skipped</c> for a suppressed one; a warning
/// or a note passes and says so in <c>system-out</c>.
/// </summary>
internal static class JUnitReport
{
    /// <summary>The JUnit XML of <paramref name="results"/>, named <paramref name="name"/>, ending with a newline.</summary>
    public static string Write(string name, IReadOnlyList<ReportRule> rules, IEnumerable<ReportResult> results)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(results);
        var titles = rules.ToDictionary(r => r.Id, r => r.ShortDescription, StringComparer.Ordinal);
        var suites = new List<XElement>();
        foreach (var stack in results.GroupBy(r => r.Stack, StringComparer.Ordinal))
        {
            var cases = stack.Select(r =>
            {
                var element = new XElement("testcase",
                    new XAttribute("name", titles.TryGetValue(r.RuleId, out var title) ? $"{r.RuleId}: {title}" : r.RuleId),
                    new XAttribute("classname", $"{name}.{stack.Key}"),
                    new XAttribute("file", r.File), new XAttribute("line", r.Line.ToString(CultureInfo.InvariantCulture)));
                if (r.Suppression is { } reason) element.Add(new XElement("skipped", new XAttribute("message", reason)));
                else if (!r.Passed && r.Level == ReportLevel.Error) element.Add(new XElement("failure", new XAttribute("message", r.Message), r.Message));
                else if (!r.Passed) element.Add(new XElement("system-out", $"{r.Level.ToString().ToLowerInvariant()}: {r.Message}"));
                return element;
            }).ToList();
            suites.Add(new XElement("testsuite",
                new XAttribute("name", $"{name}: {stack.Key}"),
                new XAttribute("tests", Count(cases.Count)),
                new XAttribute("failures", Count(cases.Count(c => c.Element("failure") is not null))),
                new XAttribute("errors", "0"),
                new XAttribute("skipped", Count(cases.Count(c => c.Element("skipped") is not null))),
                cases));
        }
        var root = new XElement("testsuites", new XAttribute("name", name),
            new XAttribute("tests", Count(suites.Sum(s => (int)s.Attribute("tests")!))),
            new XAttribute("failures", Count(suites.Sum(s => (int)s.Attribute("failures")!))), suites);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root + "\n";
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
