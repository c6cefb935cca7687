using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Rehearsal;

/// <summary>Real Terraform and the real AWS provider, offline, read every stack and the project's promises about them.</summary>
public sealed class RehearsalTests(RehearsalFixture rehearsal) : IClassFixture<RehearsalFixture>
{
    private string StateFile(JsonObject state)
    {
        var path = Path.Combine(Path.GetTempPath(), $"valkey-state-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, state.ToJsonString());
        return path;
    }

    [Theory]
    [InlineData("hml")]
    [InlineData("prod")]
    public void A_shipped_environment_validates_plans_only_creates_and_is_steady(string name)
    {
        var stack = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Accepted, $"{name}.cdk.tf.json")))!;

        var outcome = RehearseCommand.RehearseStack(rehearsal.Session, rehearsal.Folder(name), stack, stateFile: null);

        Assert.True(outcome.Code == ExitCode.Ok, string.Join("\n", outcome.Problems));
        Assert.Equal(3, outcome.Plan.Count);
        Assert.All(outcome.Plan, r => Assert.Equal("create", r.Action));
    }

    [Fact]
    public void Migration_by_moved_blocks_moves_the_modules_resources_and_replaces_nothing()
    {
        var hml = RehearsalFixture.Hml();
        var moduleState = ModuleShaped(rehearsal.StateOf(RehearsalFixture.Synth(hml)));
        var stack = RehearsalFixture.Synth(hml with { MovedFromModule = new ModuleMove("valkey", "this", "this", "this") });
        var state = StateFile(moduleState);
        try
        {
            var outcome = RehearseCommand.RehearseStack(rehearsal.Session, rehearsal.Folder("moved"), stack, state);

            Assert.True(outcome.Code == ExitCode.Ok, string.Join("\n", outcome.Problems));
            Assert.Equal(3, outcome.Plan.Count);
            Assert.All(outcome.Plan, r => Assert.StartsWith("module.valkey.", r.MovedFrom, StringComparison.Ordinal));
            Assert.DoesNotContain(outcome.Plan, r => r.IsCreate || r.IsDelete || r.IsReplace);
            Assert.Equal(moduleState.ToJsonString(), File.ReadAllText(state));
        }
        finally
        {
            File.Delete(state);
        }
    }

    [Fact]
    public void Migration_with_names_that_differ_from_the_state_is_refused_naming_the_variable_to_set()
    {
        var hml = RehearsalFixture.Hml();
        var existing = hml with { Cache = hml.Cache with { ReplicationGroupId = "legacy-cache" } };
        var moduleState = ModuleShaped(rehearsal.StateOf(RehearsalFixture.Synth(existing)));
        var stack = RehearsalFixture.Synth(hml with { MovedFromModule = new ModuleMove("valkey", "this", "this", "this") });
        var state = StateFile(moduleState);
        try
        {
            var outcome = RehearseCommand.RehearseStack(rehearsal.Session, rehearsal.Folder("renamed"), stack, state);

            Assert.True(outcome.Code == ExitCode.UnacknowledgedChange, string.Join("\n", outcome.Problems));
            var problem = Assert.Single(outcome.Problems);
            Assert.Contains("aws_elasticache_replication_group.valkey", problem, StringComparison.Ordinal);
            Assert.Contains("replication_group_id", problem, StringComparison.Ordinal);
            Assert.Contains("set replication_group_id in the environment's variables", problem, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(state);
        }
    }

    [Fact]
    public void Migration_by_import_blocks_validates_and_says_the_import_needs_AWS()
    {
        var stack = RehearsalFixture.Synth(RehearsalFixture.Hml() with { Import = new ImportAdoption("sg-0123456789abcdef0") });

        var outcome = RehearseCommand.RehearseStack(rehearsal.Session, rehearsal.Folder("import"), stack, stateFile: null);

        Assert.True(outcome.Code == ExitCode.Ok, string.Join("\n", outcome.Problems));
        Assert.Contains(outcome.Notes, n => n.Contains("import blocks validate", StringComparison.Ordinal) && n.Contains("needs AWS", StringComparison.Ordinal));
    }

    [Fact]
    public void A_port_change_is_refused_by_prevent_destroy_and_without_it_replaces_by_port()
    {
        var hml = RehearsalFixture.Hml();
        var state = StateFile(rehearsal.StateOf(RehearsalFixture.Synth(hml)));
        try
        {
            var changed = hml with { Cache = hml.Cache with { Port = 6380 } };
            var refused = RehearseCommand.RehearseStack(rehearsal.Session, rehearsal.Folder("port"), RehearsalFixture.Synth(changed), state);

            Assert.True(refused.Code == ExitCode.UnacknowledgedChange, string.Join("\n", refused.Problems));
            Assert.Contains(refused.Problems, p => p.Contains("Terraform refuses the plan", StringComparison.Ordinal)
                && p.Contains("prevent_destroy", StringComparison.Ordinal) && p.Contains("forced by port", StringComparison.Ordinal));

            var unprotected = changed with { Cache = changed.Cache with { PreventDestroy = false } };
            var replaced = RehearseCommand.RehearseStack(rehearsal.Session, rehearsal.Folder("port-unprotected"), RehearsalFixture.Synth(unprotected), state);

            Assert.Equal(ExitCode.UnacknowledgedChange, replaced.Code);
            var rg = Assert.Single(replaced.Plan, r => r.Address == "aws_elasticache_replication_group.valkey");
            Assert.True(rg.IsReplace, rg.Action);
            Assert.Equal(["port"], rg.ReplacePaths);
        }
        finally
        {
            File.Delete(state);
        }
    }

    [Fact]
    public void An_expression_in_a_tag_value_shows_literally_in_the_real_plan()
    {
        var hml = RehearsalFixture.Hml();
        var tagged = hml with { Cache = hml.Cache with { Tags = new Dictionary<string, string> { ["Owner"] = "${timestamp()}", ["Doc"] = "%{ if true }x%{ endif }" } } };

        var plan = rehearsal.Plan(RehearsalFixture.Synth(tagged));

        foreach (var rc in plan["resource_changes"]!.AsArray())
        {
            Assert.Equal("${timestamp()}", rc!["change"]!["after"]!["tags"]!["Owner"]!.GetValue<string>());
            Assert.Equal("%{ if true }x%{ endif }", rc["change"]!["after"]!["tags"]!["Doc"]!.GetValue<string>());
        }
    }

    /// <summary>The state as the module wrote it: module.valkey, resources named this.</summary>
    private static JsonObject ModuleShaped(JsonObject state)
    {
        foreach (var resource in state["resources"]!.AsArray())
        {
            resource!.AsObject().Insert(0, "module", "module.valkey");
            resource["name"] = "this";
        }
        return state;
    }
}
