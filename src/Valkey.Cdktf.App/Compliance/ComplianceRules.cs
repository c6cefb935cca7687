using Valkey.Cdktf.App.Compliance.Rules;

namespace Valkey.Cdktf.App.Compliance;

/// <summary>Every compliance rule, in report order.</summary>
internal static class ComplianceRules
{
    public static readonly IReadOnlyList<ComplianceRule> All =
    [
        new Backups(), new MinorUpgrades(), new AutomaticFailover(), new EncryptionAtRest(), new EncryptionInTransit(),
        new Authentication(), new CustomerManagedKey(), new OwnSubnetGroup(), new EcsOnlyIngress(), new MultiAz(),
        new AlarmsWithActions(), new LogsDelivered(), new LogRetentionOneYear(), new LogGroupsEncrypted(),
    ];

    public static IReadOnlyList<string> Ids => [.. All.Select(r => r.Id)];
}
