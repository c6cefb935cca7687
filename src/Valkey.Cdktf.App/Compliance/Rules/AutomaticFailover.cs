using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>Automatic failover is on.</summary>
internal sealed class AutomaticFailover : ComplianceRule
{
    public override string Id => "VKC-FAILOVER";

    public override string Title => "Automatic failover is on.";

    public override IReadOnlyList<string> Controls => ["Security Hub ElastiCache.3", "checkov CKV2_AWS_50"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.NumCacheNodes);

    public override string? NotApplicable(StackView stack) => NoNodes(stack, "nodes to fail over");

    public override string? Check(StackView stack) =>
        TerraformValue.IsTrue(stack.ReplicationGroup["automatic_failover_enabled"]) ? null : "automatic_failover_enabled is false (num_cache_nodes is 1)";
}
