using System.Net.Sockets;

namespace Valkey.Cdktf.Tools.Deploy.Tests;

/// <summary>The deploy cycle of the shipped environments, against the emulator, through cdktf deploy.</summary>
[Collection("deploy")]
public sealed class DeployCycleTests(DeployFixture fixture)
{
    private static readonly string[] Outputs =
        ["valkey_endpoint", "valkey_port", "valkey_reader_endpoint", "replication_group_id", "security_group_id", "valkey_connection_url"];

    [Theory]
    [InlineData("hml", 21)]
    [InlineData("prod", 26)]
    public void A_shipped_environment_deploys_settles_changes_in_place_and_stays_protected(string stack, int resources)
    {
        var outcome = fixture.Outcome("shipped", stack);

        Assert.True(outcome.Code == ExitCode.Ok, Describe(outcome));
        Assert.All(outcome.Steps, s => Assert.True(s.Passed, $"{s.Name}: {s.Result} {s.Detail}"));
        Assert.Contains(outcome.Steps, s => s.Name.StartsWith($"deploy (cdktf deploy {stack}", StringComparison.Ordinal) && s.Result == $"Apply complete! Resources: {resources} added, 0 changed, 0 destroyed.");
        Assert.Contains(outcome.Steps, s => s.Name.StartsWith("change deployed", StringComparison.Ordinal) && s.Result.EndsWith(" changed, 0 destroyed.", StringComparison.Ordinal) && s.Result.Contains("0 added", StringComparison.Ordinal));
        Assert.Equal(2, outcome.Steps.Count(s => s.Name.StartsWith("steady state", StringComparison.Ordinal) && s.Result == "no changes"));
        Assert.Contains(outcome.Steps, s => s.Name.StartsWith("replacement refused", StringComparison.Ordinal) && s.Result == "refused: forced by port");
        Assert.Contains(outcome.Steps, s => s.Name.StartsWith("destroy refused", StringComparison.Ordinal) && s.Result.Contains("aws_elasticache_replication_group.valkey", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hml")]
    [InlineData("prod")]
    public void Every_output_has_the_emulators_value_after_cdktf_deploy(string stack)
    {
        var outcome = fixture.Outcome("shipped", stack);

        Assert.Equal(Outputs.Order(StringComparer.Ordinal), outcome.Outputs.Keys.Order(StringComparer.Ordinal));
        Assert.All(outcome.Outputs, o => Assert.False(o.Value is "null" or "", $"{o.Key} is {o.Value}"));
        Assert.EndsWith(".cache.amazonaws.com", outcome.Outputs["valkey_endpoint"], StringComparison.Ordinal);
        Assert.StartsWith("replica.", outcome.Outputs["valkey_reader_endpoint"], StringComparison.Ordinal);
        var scheme = stack == "prod" ? "rediss" : "redis"; // prod has TLS on
        Assert.Equal($"{scheme}://{outcome.Outputs["valkey_endpoint"]}:6379", outcome.Outputs["valkey_connection_url"]);
    }

    [Fact]
    public void An_S3_backend_is_exercised_and_its_lock_refuses_a_second_deploy()
    {
        var prod = fixture.Outcome("shipped", "prod");
        var hml = fixture.Outcome("shipped", "hml");

        Assert.Contains(prod.Steps, s => s.Name.StartsWith("state lock", StringComparison.Ordinal) && s.Passed && s.Result.Contains("Error acquiring the state lock", StringComparison.Ordinal));
        Assert.DoesNotContain(hml.Steps, s => s.Name.StartsWith("state lock", StringComparison.Ordinal)); // local state
    }

    [Fact]
    public void The_emulator_is_gone_after_every_run_failed_or_not()
    {
        foreach (var name in new[] { "shipped", "moved", "import", "port", "tls", "tls-direct", "scale" })
        {
            var run = fixture.Run(name);
            Assert.True(run.EmulatorProcessId > 0, $"{name}: {run.Problem}");
            Assert.False(EmulatorServer.IsRunning(run.EmulatorProcessId), $"{name}: the emulator (pid {run.EmulatorProcessId}) still runs");
            using var client = new TcpClient();
            Assert.ThrowsAny<SocketException>(() => client.Connect("127.0.0.1", run.EmulatorPort));
        }
    }

    [Fact]
    public void TLS_turned_on_in_two_deploys_and_a_token_added_with_ROTATE_then_SET_deploy_in_the_emulator_that_enforces_AWS_rules()
    {
        var outcome = fixture.Outcome("tls", "hml");

        Assert.True(outcome.Code == ExitCode.Ok, Describe(outcome));
        foreach (var version in new[] { "tls-preferred", "tls-required", "token-rotate", "token-set" })
        {
            Assert.Contains(outcome.Steps, s => s.Name.StartsWith($"then {version}.json: deploy", StringComparison.Ordinal) && s.Passed);
            Assert.Contains(outcome.Steps, s => s.Name == $"then {version}.json: steady state" && s.Result == "no changes");
        }
        Assert.Contains(outcome.Notes, n => n.Contains("APPLY-AUTH-ROTATE-OPEN", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cache_with_an_AUTH_token_moves_to_users_in_the_three_steps_the_pinned_provider_needs()
    {
        var outcome = fixture.Outcome("tls", "hml");

        Assert.True(outcome.Code == ExitCode.Ok, Describe(outcome));
        // 1: users beside the token, made and not attached; the report says what comes next, the very command of step 2.
        Assert.Contains(outcome.Steps, s => s.Name == "then users-beside-token.json: steady state" && s.Result == "no changes");
        Assert.Contains(outcome.Notes, n => n.Contains("APPLY-USERS-PREPARED", StringComparison.Ordinal) && n.Contains("--user-group-ids-to-add pbet-hml-valkey-users", StringComparison.Ordinal));
        // 2: the group attached and the token dropped in one request, out of band, which AWS (the emulator) takes.
        Assert.Contains(outcome.Steps, s => s.Name.StartsWith($"then {DeployFixture.TokenToUsersCommand}", StringComparison.Ordinal) && s.Passed);
        // 3: the token's setting gone: nothing left to change, and it settles.
        Assert.Contains(outcome.Steps, s => s.Name == "then users.json: steady state" && s.Result == "no changes");
    }

    [Fact]
    public void A_replica_more_applies_a_node_type_is_pending_until_the_window_and_a_new_project_name_is_refused_before_the_apply()
    {
        var outcome = fixture.Outcome("scale", "hml");

        Assert.Contains(outcome.Steps, s => s.Name == "then replicas-3.json: deploy (terraform apply of the plan above)" && s.Passed);
        Assert.Contains(outcome.Steps, s => s.Name == "then replicas-3.json: steady state" && s.Result == "no changes");
        // AWS applies a node type in the maintenance window without apply_immediately: the plan after the apply shows it again.
        var pending = outcome.Steps.Single(s => s.Name == "then node-small.json: steady state");
        Assert.True(pending.Passed, Describe(outcome));
        Assert.StartsWith("pending until the maintenance window ", pending.Result, StringComparison.Ordinal);
        Assert.Contains("node_type \"cache.t3.micro\" → \"cache.t3.small\"", pending.Result, StringComparison.Ordinal);
        Assert.Contains(outcome.Steps, s => s.Name.StartsWith("then node-small.json: maintenance window ", StringComparison.Ordinal) && s.Result == "1 deferred change applied");
        Assert.Contains(outcome.Steps, s => s.Name.StartsWith("then node-small.json: steady state after the window", StringComparison.Ordinal) && s.Result == "no changes");
        Assert.Contains(outcome.Notes, n => n.Contains("PENDING APPLY-DEFERRED", StringComparison.Ordinal));
        // The security group the cache uses would be replaced: stopped at the plan, with the setting that keeps it.
        Assert.Equal(ExitCode.UnacknowledgedChange, outcome.Code);
        var failure = outcome.Failure!;
        Assert.StartsWith("then project-renamed.json: plan", failure.Name, StringComparison.Ordinal);
        Assert.Contains("APPLY RULE APPLY-SG-IN-USE", failure.Detail, StringComparison.Ordinal);
        Assert.Contains("\"security_group_description\": \"Valkey cache of plataforma-bet (hml): ECS tasks only\"", failure.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Steps, s => s.Name.StartsWith("then project-renamed.json: deploy", StringComparison.Ordinal));
    }

    [Fact]
    public void TLS_turned_on_in_one_deploy_is_refused_before_the_apply_with_the_rule_and_its_fix()
    {
        var outcome = fixture.Outcome("tls-direct", "hml");

        Assert.Equal(ExitCode.UnacknowledgedChange, outcome.Code);
        var failure = outcome.Failure!;
        Assert.StartsWith("then tls-direct.json: plan", failure.Name, StringComparison.Ordinal);
        Assert.Contains("APPLY RULE APPLY-TLS-TWO-STEPS", failure.Detail, StringComparison.Ordinal);
        Assert.Contains("\"transit_encryption_mode\": \"preferred\"", failure.Detail, StringComparison.Ordinal);
    }

    internal static string Describe(DeployOutcome outcome) =>
        string.Join("\n", outcome.Steps.Select(s => $"{s.Name}: {s.Result} ({s.Code}) {s.Detail}")) + "\n" + string.Join("\n", outcome.Notes);
}

/// <summary>The migration from the module root fixture, rehearsed end to end: applied, adopted, deployed.</summary>
[Collection("deploy")]
public sealed class MigrationTests(DeployFixture fixture)
{
    [Fact]
    public void Path_B_moved_blocks_with_names_matched_adopt_the_module_with_nothing_destroyed()
    {
        var outcome = fixture.Outcome("moved", "hml");

        Assert.True(outcome.Code == ExitCode.Ok, DeployCycleTests.Describe(outcome));
        var plan = outcome.Steps.Single(s => s.Name.StartsWith("plan", StringComparison.Ordinal));
        Assert.Contains("3 to move", plan.Result, StringComparison.Ordinal);
        Assert.DoesNotContain("replace", plan.Result, StringComparison.Ordinal);
        Assert.DoesNotContain("delete", plan.Result, StringComparison.Ordinal);
        Assert.Contains(outcome.Steps, s => s.Name.StartsWith("deploy", StringComparison.Ordinal) && s.Result.EndsWith(", 0 destroyed.", StringComparison.Ordinal) && s.Result.Contains("18 added", StringComparison.Ordinal));
        // The default path: adoption and the production settings in one deploy. It adds log delivery, which AWS (and the
        // emulator) take only with apply_immediately: on while adopting. And the module's allow-all egress goes.
        var rg = outcome.FirstPlan.Single(r => r.Address == "aws_elasticache_replication_group.valkey");
        Assert.Contains("log_delivery_configuration", rg.ChangedAttributes);
        Assert.True(rg.After?["apply_immediately"]?.GetValue<bool>() == true && rg.ChangedAttributes.Contains("apply_immediately"));
        var sg = outcome.FirstPlan.Single(r => r.Address == "aws_security_group.valkey");
        Assert.True(sg.IsUpdate && sg.PreviousAddress is not null, sg.Action);
        Assert.True(sg.After!["egress"]!.AsArray().Count == 0 && sg.Before!["egress"]!.AsArray().Count == 1);
    }

    [Fact]
    public void Path_A_imports_adopt_the_module_and_the_old_root_lets_go()
    {
        var outcome = fixture.Outcome("import", "hml");

        Assert.True(outcome.Code == ExitCode.Ok, DeployCycleTests.Describe(outcome));
        Assert.Contains(outcome.Steps, s => s.Name.StartsWith("deploy", StringComparison.Ordinal) && s.Result.Contains("3 imported", StringComparison.Ordinal) && s.Result.EndsWith(", 0 destroyed.", StringComparison.Ordinal));
        Assert.Contains(outcome.Steps, s => s.Name.StartsWith("existing root lets go", StringComparison.Ordinal)
            && s.Result.StartsWith("terraform state rm ", StringComparison.Ordinal) && s.Result.Contains("module.valkey.aws_elasticache_replication_group.this", StringComparison.Ordinal));
        Assert.Contains(outcome.Notes, n => n.Contains("adoption.import.security_group_id is the emulator's", StringComparison.Ordinal));
    }

    [Fact]
    public void A_root_of_plain_resources_is_adopted_by_imports_and_lets_go_of_them_by_their_root_addresses()
    {
        var outcome = fixture.Outcome("plain-import", "hml");

        Assert.True(outcome.Code == ExitCode.Ok, DeployCycleTests.Describe(outcome));
        Assert.Contains(outcome.Steps, s => s.Name.StartsWith("deploy", StringComparison.Ordinal) && s.Result.Contains("3 imported", StringComparison.Ordinal) && s.Result.EndsWith(", 0 destroyed.", StringComparison.Ordinal));
        var release = outcome.Steps.Single(s => s.Name.StartsWith("existing root lets go", StringComparison.Ordinal));
        Assert.StartsWith("terraform state rm ", release.Result, StringComparison.Ordinal);
        Assert.Equal(["aws_elasticache_replication_group.cache", "aws_elasticache_subnet_group.cache", "aws_security_group.cache"],
            release.Result["terraform state rm ".Length..].Split(' ').Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_module_called_with_count_is_adopted_by_moved_blocks_from_its_instance()
    {
        var outcome = fixture.Outcome("indexed-moved", "hml");

        Assert.True(outcome.Code == ExitCode.Ok, DeployCycleTests.Describe(outcome));
        var plan = outcome.Steps.Single(s => s.Name.StartsWith("plan", StringComparison.Ordinal));
        Assert.Contains("3 to move", plan.Result, StringComparison.Ordinal);
        Assert.All(outcome.FirstPlan.Where(r => r.PreviousAddress is not null), r => Assert.StartsWith("module.valkey[0].", r.PreviousAddress, StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.FirstPlan, r => r.LosesItself);
    }

    [Fact]
    public void A_port_unlike_the_modules_state_is_exit_3_naming_port_before_anything_is_applied()
    {
        var outcome = fixture.Outcome("port", "hml");

        Assert.Equal(ExitCode.UnacknowledgedChange, outcome.Code);
        var failure = outcome.Failure!;
        Assert.StartsWith("plan", failure.Name, StringComparison.Ordinal);
        Assert.Contains("forced by port", failure.Detail, StringComparison.Ordinal);
        Assert.Contains("set port in the environment's variables", failure.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Steps, s => s.Name.StartsWith("deploy", StringComparison.Ordinal));
    }
}
