using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>Encryption at rest uses a customer-managed KMS key.</summary>
internal sealed class CustomerManagedKey : ComplianceRule
{
    public override string Id => "VKC-CMK";

    public override string Title => "Encryption at rest uses a customer-managed KMS key.";

    public override IReadOnlyList<string> Controls => ["checkov CKV_AWS_191"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.KmsKeyId);

    public override string? Check(StackView stack) =>
        StackView.Text(stack.Cache["kms_key_id"]) is { Length: > 0 } ? null : "kms_key_id is unset: the AWS-managed key";
}
