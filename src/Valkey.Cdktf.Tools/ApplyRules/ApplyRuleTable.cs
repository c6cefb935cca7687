using Valkey.Cdktf.Tools.ApplyRules.Rules;

namespace Valkey.Cdktf.Tools.ApplyRules;

/// <summary>Every apply-time rule, in the order reports list them.</summary>
internal static class ApplyRuleTable
{
    public static readonly IReadOnlyList<ApplyRule> All =
    [
        new LogDeliveryNeedsApplyImmediately(),
        new TransitEncryptionInTwoSteps(),
        new AuthTokenSetOnlyAfterRotate(),
        new AuthTokenAddedWithRotate(),
        new AuthTokenMovesToWriteOnly(),
        new EngineNeverDowngraded(),
        new ClusterModeNotSwitchedOn(),
        new SecurityGroupReplacedInUse(),
        new TransitEncryptionOffInTwoSteps(),
        new UsersNeedTlsRequired(),
        new AuthTokenLeavesOnlyForUsers(),
        new UsersPreparedBesideToken(),
        new DatastoreEngineMinorOnly(),
        new DeferredToMaintenanceWindow(),
        new DatastoreChangesAtOnce(),
    ];

    /// <summary>What <paramref name="input"/> breaks, and what AWS defers: every rule that looks at it.</summary>
    public static IReadOnlyList<RuleFinding> Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return [.. All.Where(r => r.Applies(input)).Select(r => r.Check(input)).OfType<RuleFinding>()];
    }
}
