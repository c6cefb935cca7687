using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>Clients connect over TLS.</summary>
internal sealed class EncryptionInTransit : ComplianceRule
{
    public override string Id => "VKC-IN-TRANSIT";

    public override string Title => "Clients connect over TLS.";

    public override IReadOnlyList<string> Controls => ["Security Hub ElastiCache.5", "checkov CKV_AWS_30"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.TransitEncryptionEnabled);

    // With transit_encryption_mode preferred, clients may still connect without TLS
    // (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption-enable.html): not yet TLS for all.
    // "All Valkey or Redis OSS serverless caches have in-transit encryption enabled" (ElastiCache User Guide, ElastiCache
    // in-transit encryption (TLS)): a serverless cache passes.
    public override string? Check(StackView stack) =>
        stack.IsServerless ? null
        : !TerraformValue.IsTrue(stack.ReplicationGroup["transit_encryption_enabled"]) ? "transit_encryption_enabled is false"
        : StackView.Text(stack.ReplicationGroup["transit_encryption_mode"]) == "preferred" ? "transit_encryption_mode is preferred: clients without TLS still connect (the first of two deploys; set required next)"
        : null;
}
