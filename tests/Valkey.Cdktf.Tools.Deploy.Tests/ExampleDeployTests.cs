namespace Valkey.Cdktf.Tools.Deploy.Tests;

/// <summary>The examples of examples/, each deployed in the emulator, and what each example's capability promises.</summary>
[Collection("deploy")]
public sealed class ExampleDeployTests(DeployFixture fixture)
{
    public static TheoryData<string> Examples() =>
        [.. Directory.GetFiles(RepoPaths.Examples, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_deploys_settles_and_has_every_output(string example)
    {
        var outcome = fixture.Outcome("examples", example);

        Assert.True(outcome.Code == ExitCode.Ok, DeployCycleTests.Describe(outcome));
        Assert.All(outcome.Steps, s => Assert.True(s.Passed, $"{s.Name}: {s.Result} {s.Detail}"));
        Assert.True(outcome.Outputs.Count >= 6, string.Join(", ", outcome.Outputs.Keys));
        Assert.All(outcome.Outputs, o => Assert.False(o.Value is "null" or "", $"{o.Key} is {o.Value}"));
    }

    [Fact]
    public void The_global_datastore_pair_deploys_the_primary_first_and_the_secondary_joins_it()
    {
        var run = fixture.Run("global");
        Assert.True(run.Problem is null, $"the deploy rehearsal could not start: {run.Problem}");
        Assert.Equal(["primary", "secondary"], run.Outcomes.Select(o => o.Stack));
        var (primary, secondary) = (fixture.Outcome("global", "primary"), fixture.Outcome("global", "secondary"));

        foreach (var outcome in new[] { primary, secondary })
        {
            Assert.True(outcome.Code == ExitCode.Ok, DeployCycleTests.Describe(outcome));
            Assert.All(outcome.Outputs, o => Assert.False(o.Value is "null" or "", $"{outcome.Stack}: {o.Key} is {o.Value}"));
        }
        // The datastore is the primary's; the secondary reads its id from the primary's state and is deployed beside it, as
        // the docs tell a user to (cdktf deploy primary secondary).
        Assert.Contains(primary.FirstPlan, r => r.Address == "aws_elasticache_global_replication_group.valkey" && r.IsCreate);
        Assert.DoesNotContain(secondary.FirstPlan, r => r.Type == "aws_elasticache_global_replication_group");
        Assert.Contains(secondary.Steps, s => s.Name.Contains("deploy primary secondary --auto-approve", StringComparison.Ordinal) && s.Passed);
        Assert.Matches("^[a-z]{5}-pbet-sessions$", primary.Outputs["global_replication_group_id"]);
        Assert.Equal(primary.Outputs["global_replication_group_id"], secondary.Outputs["global_replication_group_id"]);
        // Each region has its own cache and security group.
        Assert.NotEqual(primary.Outputs["security_group_id"], secondary.Outputs["security_group_id"]);
        Assert.NotEqual(primary.Outputs["valkey_endpoint"], secondary.Outputs["valkey_endpoint"]);
    }

    [Fact]
    public void A_parameter_change_and_an_engine_major_upgrade_replace_only_the_parameter_group()
    {
        // Deployed on 7.2 (family valkey7), then maxmemory-policy changed, then 8.0 (family valkey8): each plan is judged as
        // the guard judges (a replaced replication group would fail it), applied, and settles.
        var outcome = fixture.Outcome("parameters", "parameters");

        Assert.True(outcome.Code == ExitCode.Ok, DeployCycleTests.Describe(outcome));
        foreach (var version in new[] { "parameter-changed", "engine-major-upgrade" })
        {
            var plan = outcome.Steps.Single(s => s.Name.StartsWith($"then {version}.json: plan", StringComparison.Ordinal));
            Assert.True(plan.Passed, $"{plan.Result} {plan.Detail}");
            // The new group made before the old one goes; the replication group moved to it in place.
            Assert.Equal("1 to update, 1 to replace", plan.Result);
            var deploy = outcome.Steps.Single(s => s.Name.StartsWith($"then {version}.json: deploy", StringComparison.Ordinal));
            Assert.True(deploy.Passed, $"{deploy.Result} {deploy.Detail}");
            Assert.Contains("1 added, 1 changed, 1 destroyed", deploy.Result, StringComparison.Ordinal);
        }
        Assert.Contains(outcome.Steps, s => s.Name == "then parameter-changed.json: steady state" && s.Result == "no changes");
        // The example keeps apply_immediately false: AWS runs 7.2 until the maintenance window (API_ModifyReplicationGroup,
        // ApplyImmediately), so the plan after the apply shows the version pending, and settles once the window is simulated.
        var pending = outcome.Steps.Single(s => s.Name == "then engine-major-upgrade.json: steady state");
        Assert.StartsWith("pending until the maintenance window", pending.Result, StringComparison.Ordinal);
        Assert.Contains("engine_version", pending.Result, StringComparison.Ordinal);
        Assert.Contains(outcome.Steps, s => s.Name.StartsWith("then engine-major-upgrade.json: maintenance window", StringComparison.Ordinal) && s.Passed);
        Assert.Contains(outcome.Steps, s => s.Name.StartsWith("then engine-major-upgrade.json: steady state after the window", StringComparison.Ordinal) && s.Result == "no changes");
    }

    [Fact]
    public void IAM_users_deploy_in_a_user_group_of_their_own_with_the_policy_their_task_role_needs()
    {
        var outcome = fixture.Outcome("examples", "iam-users");

        Assert.True(outcome.Code == ExitCode.Ok, DeployCycleTests.Describe(outcome));
        Assert.Contains("pbet-iam-orders", outcome.Outputs["valkey_users"], StringComparison.Ordinal);
        var policy = outcome.Outputs["valkey_iam_connect_policy"];
        Assert.Contains("elasticache:Connect", policy, StringComparison.Ordinal);
        Assert.Contains(":replicationgroup:pbet-iam-valkey", policy, StringComparison.Ordinal);
        Assert.Contains(":user:pbet-iam-orders", policy, StringComparison.Ordinal);
        Assert.Contains(":user:pbet-iam-reports", policy, StringComparison.Ordinal);
        Assert.StartsWith("rediss://", outcome.Outputs["valkey_connection_url"], StringComparison.Ordinal);
        // The users and their group were created by the deploy and read back unchanged (the steady state).
        Assert.Contains(outcome.FirstPlan, r => r.Address == "aws_elasticache_user_group.valkey" && r.IsCreate);
        Assert.Equal(2, outcome.FirstPlan.Count(r => r.Address.StartsWith("aws_elasticache_user.", StringComparison.Ordinal) && r.IsCreate));
    }

    [Fact]
    public void Cluster_mode_answers_on_its_configuration_endpoint_and_reshards_in_place()
    {
        var shipped = fixture.Outcome("examples", "cluster-mode");
        Assert.StartsWith("clustercfg.", shipped.Outputs["valkey_endpoint"], StringComparison.Ordinal);
        Assert.Equal(shipped.Outputs["valkey_endpoint"], shipped.Outputs["valkey_reader_endpoint"]);

        var outcome = fixture.Outcome("reshard", "cluster-mode");
        Assert.True(outcome.Code == ExitCode.Ok, DeployCycleTests.Describe(outcome));
        // 2 → 3 shards: the group updated in place, the new shard's two members' alarms created; 3 → 2: those alarms go.
        var grow = outcome.Steps.Single(s => s.Name.StartsWith("then three-shards.json: plan", StringComparison.Ordinal));
        Assert.True(grow.Passed, $"{grow.Result} {grow.Detail}");
        Assert.Matches("^[0-9]+ to create, 1 to update$", grow.Result);
        var shrink = outcome.Steps.Single(s => s.Name.StartsWith("then two-shards.json: plan", StringComparison.Ordinal));
        Assert.True(shrink.Passed, $"{shrink.Result} {shrink.Detail}");
        Assert.Matches("^1 to update, [0-9]+ to delete$", shrink.Result);
        foreach (var version in new[] { "three-shards", "two-shards" })
        {
            Assert.Contains(outcome.Steps, s => s.Name.StartsWith($"then {version}.json: deploy", StringComparison.Ordinal) && s.Passed);
            Assert.Contains(outcome.Steps, s => s.Name == $"then {version}.json: steady state" && s.Result == "no changes");
        }
    }
}
