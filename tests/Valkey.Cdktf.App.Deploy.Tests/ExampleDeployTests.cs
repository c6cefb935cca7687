namespace Valkey.Cdktf.App.Deploy.Tests;

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
        Assert.Equal(6, outcome.Outputs.Count);
        Assert.All(outcome.Outputs, o => Assert.False(o.Value is "null" or "", $"{o.Key} is {o.Value}"));
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
            Assert.Contains(outcome.Steps, s => s.Name == $"then {version}.json: steady state" && s.Result == "no changes");
        }
    }
}
