using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>
/// The replacement guard over the shipped environments: a change to a shipped environment
/// is compared with its golden file, as <c>./build.sh guard</c> does.
/// </summary>
public sealed class GuardCommandTests
{
    private sealed record Outcome(ExitCode ExitCode, string Output);

    private static Outcome Guard(string stack, Action<JsonObject> change)
    {
        using var work = new TempDir();
        foreach (var other in Directory.GetFiles(RepoPaths.Environments, "*.json")) File.Copy(other, Path.Combine(work.Path, Path.GetFileName(other)));
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Environments, $"{stack}.json")))!.AsObject();
        change(file);
        File.WriteAllText(Path.Combine(work.Path, $"{stack}.json"), file.ToJsonString());
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = GuardCommand.Run(work.Path, RepoPaths.Accepted, null, NoNames, NoRemovals, output, error);
        return new Outcome(exit, output + error.ToString());
    }

    /// <summary>The guard's verdict on a change of a shipped environment, without the report: the evaluation's rows.</summary>
    private static Judged Verdict(string stack, Action<JsonObject> change)
    {
        using var work = new TempDir();
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Environments, $"{stack}.json")))!.AsObject();
        change(file);
        var environment = EnvironmentFile.Parse(stack, file.ToJsonString(), $"{stack}.json").Single();
        var proposed = Synthesizer.Synthesize([environment], work.Path)[0].Json;
        var baseline = Path.Combine(RepoPaths.Accepted, $"{stack}.cdk.tf.json");
        return GuardFixtures.Judge(environment, JsonNode.Parse(File.ReadAllText(baseline))!, proposed);
    }

    internal static readonly IReadOnlySet<string> NoNames = new HashSet<string>();

    internal static readonly IReadOnlyDictionary<string, string> NoRemovals = new Dictionary<string, string>();

    private static Action<JsonObject> Var(string key, JsonNode? value) => file => file["variables"]![key] = value;

    [Fact]
    public void Every_shipped_environment_passes_against_its_golden_file()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = GuardCommand.Run(RepoPaths.Environments, RepoPaths.Accepted, null, NoNames, NoRemovals, output, error);

        Assert.True(exit == ExitCode.Ok, output.ToString() + error);
        foreach (var stack in SnapshotTests.ShippedNames())
        {
            Assert.Contains($"{stack}: compared with", output.ToString(), StringComparison.Ordinal);
        }
        Assert.DoesNotContain("REPLACE", output.ToString(), StringComparison.Ordinal);
    }

    private static (ExitCode Exit, string Output) GuardAgainst(string environments, string baseline)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = GuardCommand.Run(environments, baseline, null, NoNames, NoRemovals, output, error);
        return (exit, output + error.ToString());
    }

#if CDKTN
    [Theory]
    [InlineData("environments")]
    [InlineData("examples")]
    public void The_move_from_CDKTF_replaces_and_destroys_nothing(string folder)
    {
        // As `VALKEY_TOOLCHAIN=cdktn ./build.sh guard --against accepted` on the move to CDK Terrain (docs/cdk-terrain.md).
        var (exit, output) = folder == "examples"
            ? GuardAgainst(RepoPaths.Examples, Path.Combine(RepoPaths.AcceptedCdktf, "examples"))
            : GuardAgainst(RepoPaths.Environments, RepoPaths.AcceptedCdktf);

        Assert.True(exit == ExitCode.Ok, output);
        Assert.DoesNotContain("REPLACE", output, StringComparison.Ordinal);
        Assert.DoesNotContain("DESTROY", output, StringComparison.Ordinal);
        // The example with a token moves it to auth_token_wo: said, as a warning.
        if (folder == "examples") Assert.Contains("warning APPLY-AUTH-WRITE-ONLY-MOVE", output, StringComparison.Ordinal);
    }
#else
    [Fact]
    public void The_way_back_from_CDK_Terrain_is_refused_where_its_stacks_have_write_only_arguments()
    {
        // A provider downgrade (6.66.0 to 6.25.0): 6.25.0's schema has no auth_token_wo or passwords_wo, and the guard takes
        // an attribute its schema lacks as replacing (docs/cdk-terrain.md). The stacks without them go back unchanged.
        var environments = GuardAgainst(RepoPaths.Environments, RepoPaths.AcceptedCdktn);
        var examples = GuardAgainst(RepoPaths.Examples, Path.Combine(RepoPaths.AcceptedCdktn, "examples"));

        Assert.True(environments.Exit == ExitCode.Ok, environments.Output);
        Assert.Equal(ExitCode.UnacknowledgedChange, examples.Exit);
        Assert.Contains("auth_token_wo is not in the provider's schema for aws_elasticache_replication_group: assumed to replace", examples.Output, StringComparison.Ordinal);
        Assert.Contains("iam-users: compared with", examples.Output, StringComparison.Ordinal);
    }
#endif

    [Theory]
    [InlineData("hml", "port", "6380", "port")]
    [InlineData("prod", "port", "6390", "port")]
    [InlineData("hml", "replication_group_id", "\"pbet-hml-cache\"", "replication_group_id")]
    [InlineData("hml", "prefix", "\"pbet2\"", "replication_group_id")]
    [InlineData("prod", "at_rest_encryption_enabled", "false", "at_rest_encryption_enabled")]
    [InlineData("hml", "subnet_group_name", "\"legacy-subnets\"", "subnet_group_name")]
    [InlineData("hml", "snapshot_name", "\"manual-backup-20261120\"", "snapshot_name")]
    public void A_replacing_change_fails_and_names_the_attribute(string stack, string variable, string json, string attribute)
    {
        var verdict = Verdict(stack, Var(variable, JsonNode.Parse(json)));

        Assert.False(verdict.Passed);
        var loss = Assert.Single(verdict.Losses(attribute), f => f.Subject == "aws_elasticache_replication_group.valkey");
        Assert.True(loss.Blocks);
        Assert.Null(loss.Acknowledgement);
    }

    [Theory]
    [InlineData("project_name", "\"outro-projeto\"", "\"security_group_description\": \"Valkey cache of plataforma-bet (hml): ECS tasks only\"")]
    [InlineData("security_group_description", "\"Valkey\"", "\"security_group_description\": \"Valkey cache of plataforma-bet (hml): ECS tasks only\"")]
    [InlineData("security_group_name", "\"legacy-sg\"", "\"security_group_name\": \"pbet-hml-valkey-sg\"")]
    [InlineData("vpc_id", "\"vpc-99999\"", "create a new environment")]
    public void Replacing_the_security_group_of_a_kept_cache_is_refused_with_the_fix(string variable, string json, string fix)
    {
        var verdict = Verdict("hml", Var(variable, JsonNode.Parse(json)));

        Assert.False(verdict.Passed);
        var finding = Assert.Single(verdict.Findings, f => f.RuleId == "APPLY-SG-IN-USE");
        Assert.Equal("aws_security_group.valkey", finding.Subject);
        Assert.Contains(fix, finding.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain(verdict.Findings, f => f.Kind == FindingKind.DataLost);
    }

    [Fact]
    public void A_new_project_name_with_the_groups_description_kept_passes_in_place()
    {
        var verdict = Verdict("hml", f =>
        {
            f["variables"]!["project_name"] = "outro-projeto";
            f["variables"]!["security_group_description"] = "Valkey cache of plataforma-bet (hml): ECS tasks only";
        });

        Assert.True(verdict.Passed, verdict.Report());
        Assert.True(verdict.Updates("aws_elasticache_replication_group.valkey", "description"));
        Assert.Equal(["no-op"], verdict.Row("aws_security_group.valkey")!.Actions);
    }

    [Fact]
    public void A_replacing_change_is_exit_3_from_the_command()
    {
        var outcome = Guard("hml", Var("port", 6380));

        Assert.Equal(ExitCode.UnacknowledgedChange, outcome.ExitCode);
    }

    [Fact]
    public void An_engine_version_downgrade_replaces()
    {
        var outcome = Guard("hml", f => { f["variables"]!["engine_version"] = "7.2"; f["variables"]!["parameter_group_name"] = "default.valkey7"; });

        Assert.Equal(ExitCode.UnacknowledgedChange, outcome.ExitCode);
        Assert.Contains("engine_version downgrade", outcome.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hml", "node_type", "\"cache.t3.small\"")]
    [InlineData("hml", "num_cache_nodes", "3")]
    [InlineData("prod", "num_cache_nodes", "2")]
    [InlineData("hml", "engine_version", "\"8.1\"")]
    [InlineData("prod", "maintenance_window", "\"mon:04:00-mon:05:00\"")]
    [InlineData("prod", "snapshot_window", "\"05:00-06:00\"")]
    [InlineData("prod", "snapshot_retention_limit", "14")]
    public void An_in_place_change_passes(string stack, string variable, string json)
    {
        var verdict = Verdict(stack, Var(variable, JsonNode.Parse(json)));

        Assert.True(verdict.Passed, verdict.Report());
        Assert.Contains(verdict.Changes.Resources, r => r.IsUpdate);
        Assert.DoesNotContain(verdict.Findings, f => f.Kind == FindingKind.DataLost);
    }

    [Fact]
    public void An_acknowledged_replacement_passes_and_stays_protected()
    {
        var verdict = Verdict("hml", file =>
        {
            file["variables"]!["port"] = 6380;
            file["acknowledged_replacements"] = JsonNode.Parse("""
                [{ "resource": "aws_elasticache_replication_group.valkey", "attribute": "port", "to": 6380,
                   "reason": "hml holds no data worth keeping" }]
                """);
        });

        Assert.True(verdict.Passed, verdict.Report());
        var loss = Assert.Single(verdict.Losses("port"));
        Assert.Equal("hml holds no data worth keeping", loss.Acknowledgement?.Reason);
        Assert.Equal(FindingLevel.Note, loss.Level);
        Assert.Equal(["aws_elasticache_replication_group.valkey"], verdict.Findings.Where(f => f.Kind == FindingKind.StillProtected).Select(f => f.Subject));
    }

    [Fact]
    public void An_acknowledgement_of_another_value_does_not_cover_the_change()
    {
        var outcome = Guard("hml", file =>
        {
            file["variables"]!["port"] = 6381;
            file["acknowledged_replacements"] = JsonNode.Parse("""
                [{ "resource": "aws_elasticache_replication_group.valkey", "attribute": "port", "to": 6380, "reason": "r" }]
                """);
        });

        Assert.Equal(ExitCode.UnacknowledgedChange, outcome.ExitCode);
        Assert.Contains("changes to 6381, not to 6380", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acknowledgement_without_a_reason_is_a_configuration_error()
    {
        var outcome = Guard("hml", file => file["acknowledged_replacements"] = JsonNode.Parse("""
            [{ "resource": "aws_elasticache_replication_group.valkey", "attribute": "port", "to": 6380 }]
            """));

        Assert.Equal(ExitCode.ConfigurationError, outcome.ExitCode);
        Assert.Contains("acknowledged_replacements[0].reason", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_named_by_the_user_is_used()
    {
        using var work = new TempDir();
        var baseline = Path.Combine(work.Path, "old.cdk.tf.json");
        var old = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Accepted, "hml.cdk.tf.json")))!;
        old["resource"]!["aws_elasticache_replication_group"]!["valkey"]!["port"] = 6400;
        File.WriteAllText(baseline, old.ToJsonString());
        var output = new StringWriter();

        var exit = GuardCommand.Run(RepoPaths.Environments, baseline, "hml", NoNames, NoRemovals, output, new StringWriter());

        Assert.Equal(ExitCode.UnacknowledgedChange, exit);
        Assert.Contains("6400", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("prod:", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TLS_on_in_one_deploy_fails_with_the_rule_and_in_two_passes()
    {
        var direct = Guard("hml", Var("transit_encryption_enabled", JsonValue.Create(true)));
        var preferred = Guard("hml", f => { f["variables"]!["transit_encryption_enabled"] = true; f["variables"]!["transit_encryption_mode"] = "preferred"; });

        Assert.Equal(ExitCode.UnacknowledgedChange, direct.ExitCode);
        Assert.Contains("APPLY RULE APPLY-TLS-TWO-STEPS", direct.Output, StringComparison.Ordinal);
        Assert.True(preferred.ExitCode == ExitCode.Ok, preferred.Output);
        Assert.Contains("update in place", preferred.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, 3)]
    [InlineData(true, 0)]
    public void Adding_alarms_and_logs_creates_and_updates_in_place_only_and_needs_apply_immediately(bool immediately, int expected)
    {
        using var work = new TempDir();
        var environments = Directory.CreateDirectory(Path.Combine(work.Path, "environments")).FullName;
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Environments, "hml.json")))!;
        file["variables"]!["apply_immediately"] = immediately;
        File.WriteAllText(Path.Combine(environments, "hml.json"), file.ToJsonString());
        var hml = EnvironmentFile.Read(Path.Combine(environments, "hml.json")).Single();
        var before = StackFixtures.Synth(hml with { Cache = hml.Cache with { AlarmsEnabled = false, LogDeliveryEnabled = false, ApplyImmediately = false } });
        var baseline = Path.Combine(work.Path, "before.cdk.tf.json");
        File.WriteAllText(baseline, before.Text);
        var output = new StringWriter();

        var exit = GuardCommand.Run(environments, baseline, "hml", NoNames, NoRemovals, output, new StringWriter());

        Assert.True((int)exit == expected, output.ToString());
        Assert.Equal(!immediately, output.ToString().Contains("APPLY RULE APPLY-LOG-DELIVERY", StringComparison.Ordinal));
        var rows = output.ToString().Split('\n').Where(l => l.Contains("aws_", StringComparison.Ordinal) && !l.Contains(": ", StringComparison.Ordinal)).ToList();
        // 2 log groups and 16 alarms: 8 metrics on each of hml's 2 burstable nodes.
        Assert.Equal(18, rows.Count(r => r.TrimEnd().EndsWith("create", StringComparison.Ordinal)));
        Assert.All(rows, r => Assert.True(r.TrimEnd().EndsWith("create", StringComparison.Ordinal) || r.TrimEnd().EndsWith("update in place", StringComparison.Ordinal), r));
    }
}
