using System.Text.RegularExpressions;

namespace Valkey.Cdktf.App.Tests.Documentation;

/// <summary>The README is a page that links every guide; every relative link of the README and the guides leads to a file, and each anchor to a heading.</summary>
public sealed partial class DocsPagesTests
{
    [GeneratedRegex(@"\]\((?!https?://|mailto:)([^)#\s]*)(#[^)\s]*)?\)")] private static partial Regex RelativeLink();

    [GeneratedRegex(@"^#+ (.+)$", RegexOptions.Multiline)] private static partial Regex Heading();

    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    private static IEnumerable<string> Pages() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md").Append(Path.Combine(RepoPaths.Root, "README.md"))
            .Append(Path.Combine(RepoPaths.Root, "src", "Valkey.Cdktf.App", "Jsii", "README.md"));

    [Fact]
    public void The_readme_is_at_most_300_lines_and_links_every_page_of_docs()
    {
        Assert.True(Readme.Split('\n').Length - 1 <= 300, $"README.md is {Readme.Split('\n').Length - 1} lines");
        foreach (var page in Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md"))
        {
            Assert.Contains($"](docs/{Path.GetFileName(page)}", Readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_readmes_environment_file_is_environments_hml_json_as_it_is()
    {
        var section = Readme[Readme.IndexOf("## An environment file", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var block = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Environments, "hml.json")).TrimEnd(), block.TrimEnd());
    }

    [Fact]
    public void Every_relative_link_leads_to_a_file_and_every_anchor_to_a_heading()
    {
        var broken = new List<string>();
        foreach (var page in Pages())
        {
            var text = File.ReadAllText(page);
            foreach (Match link in RelativeLink().Matches(text))
            {
                var target = link.Groups[1].Value.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, link.Groups[1].Value));
                if (!File.Exists(target) && !Directory.Exists(target)) { broken.Add($"{Path.GetFileName(page)}: {link.Value}"); continue; }
                if (link.Groups[2].Success && target.EndsWith(".md", StringComparison.Ordinal) && !Anchors(File.ReadAllText(target)).Contains(link.Groups[2].Value[1..]))
                {
                    broken.Add($"{Path.GetFileName(page)}: {link.Value} (no such heading)");
                }
            }
        }
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    /// <summary>GitHub's anchors of a page's headings: lower case, spaces to hyphens, punctuation but hyphens and underscores dropped.</summary>
    private static HashSet<string> Anchors(string text) =>
        Heading().Matches(text).Select(m => string.Concat(m.Groups[1].Value.Trim().ToLowerInvariant()
            .Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-')).ToHashSet(StringComparer.Ordinal);
}
