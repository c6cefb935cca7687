using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>
/// The log groups are encrypted with a customer-managed KMS key (checkov CKV_AWS_158, "Ensure that CloudWatch Log
/// Group is encrypted by KMS": a kms_key_id on each aws_cloudwatch_log_group). A stack without log groups passes.
/// </summary>
internal sealed class LogGroupsEncrypted : ComplianceRule
{
    public override string Id => "VKC-LOG-KMS";

    public override string Title => "The log groups are encrypted with a customer-managed KMS key.";

    public override IReadOnlyList<string> Controls => ["checkov CKV_AWS_158"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.LogKmsKeyId);

    public override string? NotApplicable(StackView stack) => NoNodes(stack, "log delivery, so no log groups");

    public override string? Check(StackView stack) =>
        stack.LogGroups.All(g => StackView.Text(g["kms_key_id"]) is { Length: > 0 }) ? null
            : "log_kms_key_id is unset: the log groups use CloudWatch Logs' own encryption";
}
