using Valkey.Cdktf.Settings;
using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.App.Tests.Cli;

/// <summary>The command line alone, in process: help, refusals and which command the arguments reach.</summary>
public sealed class CommandLineTests
{
    private sealed record Ran(ExitCode Code, string Output, string Error);

    private static Ran RunIn(string environments, params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = CommandLine.Run(args, new CliContext(environments, output, error, Terminal: false, _ => null), CancellationToken.None);
        return new Ran(code, output.ToString(), error.ToString());
    }

    private static Ran Run(params string[] args) => RunIn("no-such-environments", args);

    [Fact]
    public void Help_lists_every_command()
    {
        var ran = Run("--help");

        Assert.Equal(ExitCode.Ok, ran.Code);
        foreach (var command in new[] { "guard", "rehearse", "docs" }) Assert.Contains(command, ran.Output, StringComparison.Ordinal);
        Assert.Equal("", ran.Error);
    }

    [Fact]
    public void Every_command_in_the_help_has_its_options_known_to_the_missing_value_check()
    {
        var help = Run("--help").Output.Split('\n');
        var commands = help.SkipWhile(l => !l.StartsWith("COMMANDS:", StringComparison.Ordinal)).Skip(1)
            .Where(l => l.StartsWith("    ", StringComparison.Ordinal) && l.Length > 4 && l[4] != ' ')
            .Select(l => l.Trim().Split(' ')[0]).ToList();

        Assert.Equal(["docs", "guard", "prices", "rehearse"], commands.Order(StringComparer.Ordinal));
        Assert.Equal(commands.Order(StringComparer.Ordinal), CommandLine.Verbs.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("guard", "--against <PATH>", "--removed <NAME=REASON>")]
    [InlineData("rehearse", "--state <FILE>", "--then <FILE>")]
    [InlineData("docs", "--check", "--root <DIR>")]
    [InlineData("prices", "--from <FILE>", "--table <FILE>")]
    public void Each_command_has_its_own_help(string command, string option, string another)
    {
        var ran = Run(command, "--help");

        Assert.Equal(ExitCode.Ok, ran.Code);
        Assert.Contains(option, ran.Output, StringComparison.Ordinal);
        Assert.Contains(another, ran.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: Unknown option 'bogus'", "rehearse", "--bogus")]
    [InlineData("error: Unknown command 'frob'", "frob")]
    [InlineData("error: --env needs a value", "rehearse", "--env")]
    [InlineData("error: --env needs a value", "guard", "--env", "--new", "qa")]
    [InlineData("error: --new needs a value", "guard", "--new")]
    [InlineData("error: --removed foo: expected NAME=REASON", "guard", "--removed", "foo")]
    [InlineData("error: --removed qa=: expected NAME=REASON", "guard", "--removed", "qa=")]
    [InlineData("error: --state plans against a state; --deploy deploys", "rehearse", "--deploy", "--state", "s.json")]
    [InlineData("error: --from DIR belongs to a deploy rehearsal", "rehearse", "--from", "root")]
    [InlineData("error: --then FILE belongs to a deploy rehearsal", "rehearse", "--then", "next.json")]
    public void A_command_line_it_cannot_take_is_exit_2_with_one_line(string expected, params string[] args)
    {
        var ran = Run(args);

        Assert.Equal(ExitCode.UsageError, ran.Code);
        Assert.StartsWith(expected, ran.Error, StringComparison.Ordinal);
        Assert.Single(ran.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void The_guards_options_reach_the_guard()
    {
        using var dir = new TempDir();
        File.Copy(Path.Combine(RepoPaths.Root, "environments", "hml.json"), Path.Combine(dir.Path, "hml.json"));
        var baseline = Path.Combine(dir.Path, "no-baseline");

        var ran = RunIn(dir.Path, "guard", "--against", baseline);

        // The guard itself answers: the baseline named on the command line does not exist.
        Assert.Equal(ExitCode.UsageError, ran.Code);
        Assert.Contains(baseline, ran.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Docs_writes_the_tables_and_check_tells_stale_from_current()
    {
        using var dir = new TempDir();
        var readme = Path.Combine(dir.Path, "README.md");
        var rules = Path.Combine(dir.Path, "docs", "guard.md");
        Directory.CreateDirectory(Path.GetDirectoryName(rules)!);
        var stale = string.Join("", Enum.GetValues<SettingGroup>().Select(g =>
            $"## {g}\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, SettingsDocumentation.Begin, g) + "\n| old |\n" + SettingsDocumentation.End + "\nkept text\n"))
            + $"## outputs\n{OutputsDocumentation.Begin}\n| old output |\n{OutputsDocumentation.End}\n";
        var staleRules = $"## rules\n{ApplyRulesDocumentation.Begin}\n| old rule |\n{ApplyRulesDocumentation.End}\nkept text\n";
        File.WriteAllText(readme, stale);
        File.WriteAllText(rules, staleRules);

        Assert.Equal(ExitCode.ConfigurationError, Run("docs", "--check", "--embedded-attributes", "--root", dir.Path).Code);
        Assert.Equal(stale, File.ReadAllText(readme));
        Assert.Equal(staleRules, File.ReadAllText(rules));
        Assert.Equal(ExitCode.Ok, Run("docs", "--embedded-attributes", "--root", dir.Path).Code);
        var written = File.ReadAllText(readme);
        Assert.DoesNotContain("| old |", written, StringComparison.Ordinal);
        Assert.Contains("| `node_type` | string |", written, StringComparison.Ordinal);
        Assert.DoesNotContain("| old output |", written, StringComparison.Ordinal);
        Assert.Contains("| `valkey_endpoint` | every stack |", written, StringComparison.Ordinal);
        Assert.Equal(4, written.Split("kept text").Length - 1);
        var writtenRules = File.ReadAllText(rules);
        Assert.DoesNotContain("| old rule |", writtenRules, StringComparison.Ordinal);
        Assert.Contains("| `APPLY-SG-IN-USE` | refused (exit 3) |", writtenRules, StringComparison.Ordinal);
        Assert.Equal(ExitCode.Ok, Run("docs", "--check", "--embedded-attributes", "--root", dir.Path).Code);
        Assert.Equal(["README.md"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
        Assert.Equal(["guard.md"], Directory.GetFiles(Path.GetDirectoryName(rules)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Docs_on_a_readme_without_the_markers_is_exit_2_and_writes_nothing()
    {
        using var dir = new TempDir();
        var readme = Path.Combine(dir.Path, "README.md");
        File.WriteAllText(readme, "# nothing generated here\n");
        Directory.CreateDirectory(Path.Combine(dir.Path, "docs"));
        File.WriteAllText(Path.Combine(dir.Path, "docs", "guard.md"), "# guard\n");

        var ran = Run("docs", "--embedded-attributes", "--root", dir.Path);

        Assert.Equal(ExitCode.UsageError, ran.Code);
        Assert.Contains("no generated table for Module", ran.Error, StringComparison.Ordinal);
        Assert.Equal("# nothing generated here\n", File.ReadAllText(readme));
    }
}
