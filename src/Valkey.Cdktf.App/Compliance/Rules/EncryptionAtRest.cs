using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>Data is encrypted at rest.</summary>
internal sealed class EncryptionAtRest : ComplianceRule
{
    public override string Id => "VKC-AT-REST";

    public override string Title => "Data is encrypted at rest.";

    public override IReadOnlyList<string> Controls => ["Security Hub ElastiCache.4", "checkov CKV_AWS_29"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.AtRestEncryptionEnabled);

    public override string? NotApplicable(StackView stack) => NoNodes(stack, "switch for encryption at rest (only kms_key_id; VKC-CMK)");

    public override string? Check(StackView stack) =>
        TerraformValue.IsTrue(stack.ReplicationGroup["at_rest_encryption_enabled"]) ? null : "at_rest_encryption_enabled is false";
}
