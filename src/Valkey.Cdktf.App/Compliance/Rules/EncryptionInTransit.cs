namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>Clients connect over TLS.</summary>
internal sealed class EncryptionInTransit : ComplianceRule
{
    public override string Id => "VKC-IN-TRANSIT";

    public override string Title => "Clients connect over TLS.";

    public override IReadOnlyList<string> Controls => ["Security Hub ElastiCache.5", "checkov CKV_AWS_30"];

    public override string? Check(StackView stack) =>
        StackView.IsTrue(stack.ReplicationGroup["transit_encryption_enabled"]) ? null : "transit_encryption_enabled is false";
}
