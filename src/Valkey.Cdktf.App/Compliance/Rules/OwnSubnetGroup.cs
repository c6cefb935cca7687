using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>The cache is not in the default subnet group.</summary>
internal sealed class OwnSubnetGroup : ComplianceRule
{
    public override string Id => "VKC-SUBNET-GROUP";

    public override string Title => "The cache is not in the default subnet group.";

    public override IReadOnlyList<string> Controls => ["Security Hub ElastiCache.7"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.PrivateSubnetIds);

    public override string? NotApplicable(StackView stack) => NoNodes(stack, "subnet group: it is given the private subnets themselves");

    public override string? Check(StackView stack) =>
        StackView.Text(stack.ReplicationGroup["subnet_group_name"]) is { Length: > 0 } name && name != "default" ? null : "the replication group uses the default subnet group";
}
