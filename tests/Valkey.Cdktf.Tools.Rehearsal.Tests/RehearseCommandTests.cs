using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Rehearsal.Tests;

/// <summary>The rehearse command's refusals: no Terraform, no provider, bad arguments. Each is exit 2 with a way out, never a skip.</summary>
public sealed class RehearseCommandTests
{
    private static Processes.Result Rehearse(Dictionary<string, string> environment, params string[] args) =>
        Processes.Tools(environment, ["rehearse", .. args]);

    [Fact]
    public void Without_a_provider_it_says_how_to_provide_one()
    {
        using var home = new TempDir();
        var result = Rehearse(new Dictionary<string, string>
        {
            [ProviderLocator.MirrorVariable] = Path.Combine(home.Path, "no-mirror"),
            ["HOME"] = home.Path,
            ["XDG_DATA_HOME"] = Path.Combine(home.Path, "data"),
            ["XDG_DATA_DIRS"] = Path.Combine(home.Path, "none"),
            ["TF_PLUGIN_CACHE_DIR"] = "",
            ["TF_CLI_CONFIG_FILE"] = Path.Combine(home.Path, "none.rc"),
        }, "--env", "hml");

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.Contains("no hashicorp/aws provider", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(ProviderLocator.MirrorVariable, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_terraform_it_says_so()
    {
        var result = Rehearse(new Dictionary<string, string> { ["PATH"] = Path.GetDirectoryName(Environment.ProcessPath!)! });

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.Contains("no terraform on PATH", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kept_folder_is_made_by_the_rehearsal_holds_what_terraform_was_given_and_the_temp_folder_nothing()
    {
        using var tmp = new TempDir();
        using var work = new TempDir();
        var kept = Path.Combine(work.Path, "kept");

        var result = Rehearse(new Dictionary<string, string> { ["TMPDIR"] = tmp.Path, [KeptFolder.Variable] = kept }, "--env", "hml");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Contains($"note: the rehearsal's folders are kept in {kept} ({KeptFolder.Variable})", result.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(kept, "synth", "stacks", "hml", "cdk.tf.json")), string.Join("\n", Directory.GetFileSystemEntries(kept, "*", SearchOption.AllDirectories)));
        Assert.Empty(Directory.GetFileSystemEntries(tmp.Path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // as a background job in a script starts it
    public void Ctrl_C_halfway_exits_130_with_one_line_and_leaves_nothing(bool sigintIgnoredByParent)
    {
        using var tmp = new TempDir();
        Processes.Result result;
        var environment = new Dictionary<string, string> { ["TMPDIR"] = tmp.Path };
        using (var app = sigintIgnoredByParent ? Processes.StartToolsWithSigintIgnored(environment, "rehearse") : Processes.StartTools(environment, "rehearse"))
        {
            Thread.Sleep(6000); // both stacks take about 12 s: this is in the middle of Terraform's work
            app.SignalGroup("INT");
            result = app.Wait(TimeSpan.FromMinutes(1));
        }

        Assert.True(result.ExitCode == 130, result.Stdout + result.Stderr);
        Assert.Contains("interrupted: nothing was written", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal); // the interrupt's own, not a cause to show
        Assert.DoesNotContain("FAILED", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(tmp.Path));
    }

    [Fact]
    public void An_empty_state_file_is_exit_2_naming_the_file()
    {
        using var folder = new TempDir();
        var state = Path.Combine(folder.Path, "state.json");
        File.WriteAllText(state, "");

        var result = Rehearse(new Dictionary<string, string>(), "--env", "hml", "--state", state);

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.Contains($"error: --state {state}: empty", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--state", "state.json")]
    [InlineData("--env", "nope")]
    [InlineData("--frobnicate")]
    public void Bad_arguments_are_exit_2(params string[] args)
    {
        var result = Rehearse(new Dictionary<string, string>(), args);

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.Contains("error: ", result.Stderr, StringComparison.Ordinal);
    }
}

/// <summary>How a rehearsal's outcome is printed: the notes, the table every command prints, a line of counts, the findings.</summary>
public sealed class RehearsalReportTests
{
    private static ResourceChange Resource(string address, string[] actions, string? movedFrom = null, string[]? replacePaths = null) =>
        new(address, address.Split('.')[0], actions, actions is ["create"] ? null : JsonNode.Parse("""{ "port": 6379 }""")!.AsObject(),
            JsonNode.Parse("""{ "port": 6380 }""")!.AsObject()) { PreviousAddress = movedFrom, ReplacePaths = replacePaths ?? [] };

    [Fact]
    public void A_report_has_a_row_per_change_a_line_of_counts_and_the_findings()
    {
        var changes = new ChangeSet(
            [
                Resource("aws_elasticache_replication_group.valkey", ["delete", "create"], replacePaths: ["port"]),
                Resource("aws_security_group.valkey", ["no-op"], movedFrom: "module.valkey.aws_security_group.this"),
                Resource("aws_cloudwatch_log_group.valkey_slow_log", ["create"]),
            ], []);
        var judgement = ChangeJudge.Judge(changes, new JudgeContext("hml", "environments/hml.json", PinnedProvider.Version), ProviderSchema.Embedded());
        var outcome = new StackOutcome("hml", judgement.Code, changes, judgement, ["planned against a copy of state.json (the file is not written)"], []);
        var output = new StringWriter();

        RehearsalReport.Write(outcome, output, terminal: false);

        var text = output.ToString();
        Assert.Contains("aws_elasticache_replication_group.valkey", text, StringComparison.Ordinal);
        Assert.Contains("REPLACE - not acknowledged", text, StringComparison.Ordinal);
        Assert.Contains("aws_security_group.valkey (from module.valkey.aws_security_group.this)", text, StringComparison.Ordinal);
        Assert.Contains("1 to create, 0 to update, 1 to replace, 0 to delete, 1 to move", text, StringComparison.Ordinal);
        Assert.Contains("note: planned against a copy of state.json", text, StringComparison.Ordinal);
        Assert.Contains("DATA LOST: aws_elasticache_replication_group.valkey would be replaced, forced by port", text, StringComparison.Ordinal);
        Assert.DoesNotContain("steady state: no changes", text, StringComparison.Ordinal);
    }
}
