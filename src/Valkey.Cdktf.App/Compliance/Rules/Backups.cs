using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>Automatic backups are kept (snapshot_retention_limit of 1 day or more).</summary>
internal sealed class Backups : ComplianceRule
{
    public override string Id => "VKC-BACKUPS";

    public override string Title => "Automatic backups are kept (snapshot_retention_limit of 1 day or more).";

    public override IReadOnlyList<string> Controls => ["Security Hub ElastiCache.1"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.SnapshotRetentionLimit);

    public override string? Check(StackView stack) =>
        StackView.Int(stack.Cache["snapshot_retention_limit"]) >= 1 ? null : "snapshot_retention_limit is 0 or unset: no automatic backups";
}
