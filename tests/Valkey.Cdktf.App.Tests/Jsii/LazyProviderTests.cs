
namespace Valkey.Cdktf.App.Tests.Jsii;

/// <summary>
/// src/Valkey.Cdktf.App/Jsii/jsii-lazy-provider.js: the AWS provider package exports the same names and values
/// with the preload as without it, and loads only what is used.
/// </summary>
public sealed class LazyProviderTests
{
    private const string Probe = """
        const before = Object.keys(require.cache).length;
        const aws = require('@cdktf/provider-aws');
        const names = Object.keys(aws).sort();
        const loaded = Object.keys(require.cache).length - before;
        const rg = aws.elasticacheReplicationGroup.ElasticacheReplicationGroup;
        const same = rg === require('@cdktf/provider-aws/lib/elasticache-replication-group').ElasticacheReplicationGroup;
        console.log(JSON.stringify({ count: names.length, first: names[0], last: names[names.length - 1], loaded, type: typeof rg, same, tfType: rg.tfResourceType }));
        """;

    private static string Hook => $"--require={Path.Combine(RepoPaths.Root, "src", "Valkey.Cdktf.App", "Jsii", "jsii-lazy-provider.js")}";

    [Fact]
    public void The_provider_exports_the_same_names_with_and_without_the_preload_and_loads_far_less()
    {
        var eager = Processes.Node(Probe);
        var lazy = Processes.Node(Probe, Hook);

        Assert.True(eager.ExitCode == 0, eager.Stderr);
        Assert.True(lazy.ExitCode == 0, lazy.Stderr);
        var e = System.Text.Json.Nodes.JsonNode.Parse(eager.Stdout)!;
        var l = System.Text.Json.Nodes.JsonNode.Parse(lazy.Stdout)!;
        Assert.Equal(e["count"]!.GetValue<int>(), l["count"]!.GetValue<int>());
        Assert.True(e["count"]!.GetValue<int>() > 2000, eager.Stdout);
        Assert.Equal(e["first"]!.GetValue<string>(), l["first"]!.GetValue<string>());
        Assert.Equal(e["last"]!.GetValue<string>(), l["last"]!.GetValue<string>());
        Assert.Equal("function", l["type"]!.GetValue<string>());
        Assert.True(l["same"]!.GetValue<bool>());
        Assert.Equal("aws_elasticache_replication_group", l["tfType"]!.GetValue<string>());
        Assert.True(e["loaded"]!.GetValue<int>() > 2000, eager.Stdout);
        Assert.True(l["loaded"]!.GetValue<int>() < 50, lazy.Stdout);
    }
}
