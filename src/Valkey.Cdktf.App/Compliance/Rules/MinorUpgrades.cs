using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>Minor engine upgrades are applied automatically.</summary>
internal sealed class MinorUpgrades : ComplianceRule
{
    public override string Id => "VKC-MINOR-UPGRADES";

    public override string Title => "Minor engine upgrades are applied automatically.";

    public override IReadOnlyList<string> Controls => ["Security Hub ElastiCache.2"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.AutoMinorVersionUpgrade);

    public override string? NotApplicable(StackView stack) => NoNodes(stack, "minor version upgrade switch: AWS keeps its engine current");

    public override string? Check(StackView stack) =>
        TerraformValue.IsTrue(stack.ReplicationGroup["auto_minor_version_upgrade"]) ? null : "auto_minor_version_upgrade is false";
}
