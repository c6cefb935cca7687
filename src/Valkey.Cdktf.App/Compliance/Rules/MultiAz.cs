using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>Nodes are spread over availability zones (Multi-AZ).</summary>
internal sealed class MultiAz : ComplianceRule
{
    public override string Id => "VKC-MULTI-AZ";

    public override string Title => "Nodes are spread over availability zones (Multi-AZ).";

    public override IReadOnlyList<string> Controls => ["module documentation: Segurança"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.NumCacheNodes);

    // The module documentation, its control, has no address: the AWS page behind the rule.
    public override string HelpUri => "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html";

    public override string? NotApplicable(StackView stack) => NoNodes(stack, "nodes to place in zones");

    public override string? Check(StackView stack) =>
        TerraformValue.IsTrue(stack.ReplicationGroup["multi_az_enabled"]) ? null : "multi_az_enabled is false (num_cache_nodes is 1)";
}
