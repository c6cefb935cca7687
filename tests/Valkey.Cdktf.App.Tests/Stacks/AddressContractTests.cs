
namespace Valkey.Cdktf.App.Tests.Stacks;

/// <summary>
/// The address contract: Terraform addresses and output names that existing state and
/// consumers depend on. Changing one of these lists is a breaking change: it destroys and
/// recreates resources, or breaks whoever reads the outputs. The README lists the outputs, docs/environments.md the addresses.
/// </summary>
public sealed class AddressContractTests
{
    private static readonly string[] CoreAddresses =
    [
        "aws_elasticache_replication_group.valkey",
        "aws_elasticache_subnet_group.valkey",
        "aws_security_group.valkey",
    ];

    private static readonly string[] AlarmKinds = ["cache_hit_rate", "connections", "engine_cpu", "evictions", "host_cpu", "memory", "replication_lag"];

    /// <summary>
    /// The contracted addresses for a cache of <paramref name="nodes"/> nodes with alarms and logs on (the defaults); burstable
    /// (<c>cache.t*</c>) nodes also have a CPU credit alarm each.
    /// </summary>
    private static IEnumerable<string> Addresses(int nodes, bool burstable) =>
        CoreAddresses
            .Append("aws_cloudwatch_log_group.valkey_engine_log").Append("aws_cloudwatch_log_group.valkey_slow_log")
            .Concat(Enumerable.Range(1, nodes).SelectMany(n => (burstable ? AlarmKinds.Append("cpu_credits") : AlarmKinds)
                .Select(k => $"aws_cloudwatch_metric_alarm.valkey_{n:D3}_{k}")))
            .Order(StringComparer.Ordinal);

    private static readonly string[] Outputs =
        ["replication_group_id", "security_group_id", "valkey_connection_url", "valkey_endpoint", "valkey_port", "valkey_reader_endpoint"];

    [Fact]
    public void The_stack_has_exactly_the_contracted_addresses_and_outputs()
    {
        var json = StackFixtures.Synth(StackFixtures.Environment());

        Assert.Equal(Addresses(2, burstable: true), json.Addresses().Order(StringComparer.Ordinal));
        Assert.Equal(Outputs, json.Outputs.Select(o => o.Key).Order(StringComparer.Ordinal));
        Assert.Equal(CoreAddresses, new ResourceAddresses(ValkeyStack.CacheId).All);
    }

    [Fact]
    public void Every_shipped_golden_file_keeps_the_contract()
    {
        foreach (var stack in SnapshotTests.ShippedNames())
        {
            var json = new TerraformJson(File.ReadAllText(Path.Combine(RepoPaths.Accepted, $"{stack}.cdk.tf.json")));
            var nodes = json.Resource("aws_elasticache_replication_group", "valkey")["num_cache_clusters"]!.GetValue<int>();
            var burstable = json.Resource("aws_elasticache_replication_group", "valkey")["node_type"]!.GetValue<string>().StartsWith("cache.t", StringComparison.Ordinal);
            Assert.Equal(Addresses(nodes, burstable), json.Addresses().Order(StringComparer.Ordinal));
            Assert.Equal(Outputs, json.Outputs.Select(o => o.Key).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_docs_list_every_address_and_the_readme_every_output()
    {
        // The outputs are the README's generated table; the addresses are the contract "What each stack contains" states.
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var stacks = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "environments.md"));

        Assert.All(Outputs, name => Assert.Contains($"`{name}`", readme, StringComparison.Ordinal));
        Assert.All(CoreAddresses, name => Assert.Contains($"`{name}`", stacks, StringComparison.Ordinal));
        Assert.Contains("`aws_cloudwatch_metric_alarm.valkey_{NNN}_{metric}`", stacks, StringComparison.Ordinal);
        Assert.Contains("`aws_cloudwatch_log_group.valkey_slow_log`", stacks, StringComparison.Ordinal);
    }
}
