using System.Text;
using System.Text.RegularExpressions;
using Valkey.Cdktf.Tools.ApplyRules;

namespace Valkey.Cdktf.Tools.Documentation;

/// <summary>
/// The README's table of apply-time rules, generated from the rule classes (<see cref="ApplyRuleTable.All"/>: id, level,
/// title, explanation, source) between the markers <see cref="Begin"/> and <see cref="End"/>; <c>./build.sh docs</c>
/// writes it and a test keeps the README equal to it.
/// </summary>
internal static partial class ApplyRulesDocumentation
{
    /// <summary>The line before the table.</summary>
    public const string Begin = "<!-- apply rules (generated from src/Valkey.Cdktf.Tools/ApplyRules/Rules by ./build.sh docs; do not edit) -->";

    /// <summary>The line after the table.</summary>
    public const string End = "<!-- end of apply rules -->";

    [GeneratedRegex(@"^https?://\S+$")] private static partial Regex Address();

    /// <summary>The table, in Markdown, ending with a newline.</summary>
    public static string Table()
    {
        var text = new StringBuilder("| rule | level | what AWS does, and the fix | source |\n|---|---|---|---|\n");
        foreach (var rule in ApplyRuleTable.All)
        {
            text.Append($"| `{rule.Id}` | {Level(rule.Level)} | **{rule.Title}**: {rule.Explanation} | {Sources(rule.Source)} |\n");
        }
        return text.ToString();
    }

    /// <summary><paramref name="readme"/> with the table rewritten.</summary>
    /// <exception cref="FormatException">The markers are missing or out of order.</exception>
    public static string Rewrite(string readme)
    {
        ArgumentNullException.ThrowIfNull(readme);
        var start = readme.IndexOf(Begin + "\n", StringComparison.Ordinal);
        var end = start < 0 ? -1 : readme.IndexOf(End, start, StringComparison.Ordinal);
        if (start < 0 || end < 0) throw new FormatException($"the README has no generated table of apply rules: a line \"{Begin}\" followed later by \"{End}\"");
        var from = start + Begin.Length + 1;
        return readme[..from] + Table() + readme[end..];
    }

    private static string Level(RuleLevel level) => level switch
    {
        RuleLevel.Failure => "refused (exit 3)",
        RuleLevel.Warning => "warning",
        _ => "pending (exit 0)",
    };

    /// <summary>Each source of "a; b (what)": an address as a link named by its page, the rest as written.</summary>
    private static string Sources(string source) => string.Join("; ", source.Split("; ").Select(part =>
    {
        var space = part.IndexOf(' ', StringComparison.Ordinal);
        var (address, rest) = space < 0 ? (part, "") : (part[..space], part[space..]);
        if (!Address().IsMatch(address)) return part;
        var page = address.TrimEnd('/').Split('/')[^1].Split('#')[0].Replace(".html", "", StringComparison.Ordinal);
        return $"[{page}]({address}){rest}";
    }));
}
