namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>
/// Data tiering on a running cache: moving to or from a cache.r6gd node turns data_tiering_enabled, which forces a new
/// replication group (the provider's schema: ForceNew), so the guard calls it data lost; a size within r6gd is in place.
/// </summary>
public sealed class DataTieringGuardTests
{
    private const string Group = "aws_elasticache_replication_group.valkey";

    [Theory]
    [InlineData("cache.r6g.xlarge", "cache.r6gd.xlarge")]
    [InlineData("cache.r6gd.xlarge", "cache.r6g.xlarge")]
    public void A_move_into_or_out_of_data_tiering_replaces_the_cache(string before, string after)
    {
        var verdict = GuardFixtures.HmlVerdict(v => { v["node_type"] = before; v["alarm_host_cpu_percent"] = 50; },
            v => { v["node_type"] = after; v["alarm_host_cpu_percent"] = 50; });

        Assert.False(verdict.Passed);
        Assert.Contains(verdict.Losses("data_tiering_enabled"), f => f.Subject == Group);
    }

    [Fact]
    public void Another_size_of_a_tiered_node_is_in_place()
    {
        var verdict = GuardFixtures.HmlVerdict(v => { v["node_type"] = "cache.r6gd.xlarge"; v["alarm_host_cpu_percent"] = 50; },
            v => { v["node_type"] = "cache.r6gd.2xlarge"; v["alarm_host_cpu_percent"] = 50; });

        Assert.True(verdict.Passed, verdict.Report());
        Assert.True(verdict.Updates(Group, "node_type"));
    }
}
