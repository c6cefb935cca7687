
namespace Valkey.Cdktf.App.Tests.Stacks;

/// <summary>
/// The address contract: Terraform addresses and output names that existing state and
/// consumers depend on. Changing one of these lists is a breaking change: it destroys and
/// recreates resources, or breaks whoever reads the outputs. The README lists them too.
/// </summary>
public sealed class AddressContractTests
{
    private static readonly string[] Addresses =
    [
        "aws_elasticache_replication_group.valkey",
        "aws_elasticache_subnet_group.valkey",
        "aws_security_group.valkey",
    ];

    private static readonly string[] Outputs =
        ["replication_group_id", "security_group_id", "valkey_endpoint", "valkey_port", "valkey_reader_endpoint"];

    [Fact]
    public void The_stack_has_exactly_the_contracted_addresses_and_outputs()
    {
        var json = StackFixtures.Synth(StackFixtures.Environment());

        Assert.Equal(Addresses, json.Addresses().Order(StringComparer.Ordinal));
        Assert.Equal(Outputs, json.Outputs.Select(o => o.Key).Order(StringComparer.Ordinal));
        Assert.Equal(Addresses, new ResourceAddresses(ValkeyStack.CacheId).All);
    }

    [Fact]
    public void Every_shipped_golden_file_keeps_the_contract()
    {
        foreach (var stack in SnapshotTests.ShippedNames())
        {
            var json = new TerraformJson(File.ReadAllText(Path.Combine(RepoPaths.Accepted, $"{stack}.cdk.tf.json")));
            Assert.Equal(Addresses, json.Addresses().Order(StringComparer.Ordinal));
            Assert.Equal(Outputs, json.Outputs.Select(o => o.Key).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void The_readme_lists_every_address_and_output()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        Assert.All(Addresses.Concat(Outputs), name => Assert.Contains($"`{name}`", readme, StringComparison.Ordinal));
    }
}
