namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>Nodes are spread over availability zones (Multi-AZ).</summary>
internal sealed class MultiAz : ComplianceRule
{
    public override string Id => "VKC-MULTI-AZ";

    public override string Title => "Nodes are spread over availability zones (Multi-AZ).";

    public override IReadOnlyList<string> Controls => ["module documentation: Segurança"];

    public override string? Check(StackView stack) =>
        TerraformValue.IsTrue(stack.ReplicationGroup["multi_az_enabled"]) ? null : "multi_az_enabled is false (num_cache_nodes is 1)";
}
