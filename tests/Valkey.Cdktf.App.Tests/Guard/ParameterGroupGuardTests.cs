using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>The guard on <c>parameters</c>: the group it makes holds no data, and the cache moves to a new one in place.</summary>
public sealed class ParameterGroupGuardTests
{
    private const string Group = "aws_elasticache_parameter_group.valkey";
    private const string Cache = "aws_elasticache_replication_group.valkey";

    private static Judged Verdict(Action<JsonObject> before, Action<JsonObject> after) => GuardFixtures.HmlVerdict(before, after);

    private static void Lru(JsonObject v) => v["parameters"] = new JsonObject { ["maxmemory-policy"] = "allkeys-lru" };

    [Fact]
    public void Adding_parameters_creates_the_group_and_moves_the_cache_in_place()
    {
        var verdict = Verdict(_ => { }, Lru);

        Assert.True(verdict.Passed, verdict.Report());
        Assert.True(verdict.Row(Group)!.IsCreate);
        Assert.True(verdict.Updates(Cache, "parameter_group_name"));
    }

    [Theory]
    [InlineData("a parameter changed")]
    [InlineData("the engine's major upgrade")]
    public void A_change_replaces_only_the_group_which_holds_no_data(string change)
    {
        var verdict = Verdict(v => { Lru(v); v["engine_version"] = "7.2"; }, v =>
        {
            Lru(v);
            v["engine_version"] = "7.2";
            if (change == "a parameter changed") v["parameters"]!["maxmemory-policy"] = "allkeys-lfu";
            else v["engine_version"] = "8.0";
        });

        Assert.True(verdict.Passed, verdict.Report());
        var replaced = Assert.Single(verdict.Changes.Resources, r => r.IsReplace);
        Assert.Equal(Group, replaced.Address);
        Assert.Equal(["create", "delete"], replaced.Actions); // create_before_destroy
        Assert.Contains(verdict.Findings, f => f.Kind == FindingKind.NothingLost && f.Subject == Group);
        Assert.True(verdict.Updates(Cache, "parameter_group_name"));
    }
}
