using Valkey.Cdktf.App.ApplyRules.Rules;

namespace Valkey.Cdktf.App.ApplyRules;

/// <summary>Every apply-time rule, in the order reports list them.</summary>
internal static class ApplyRuleTable
{
    public static readonly IReadOnlyList<ApplyRule> All =
    [
        new LogDeliveryNeedsApplyImmediately(),
        new TransitEncryptionInTwoSteps(),
        new AuthTokenSetOnlyAfterRotate(),
        new AuthTokenAddedWithRotate(),
        new EngineNeverDowngraded(),
        new ClusterModeNotSwitchedOn(),
    ];

    /// <summary>What <paramref name="transition"/> breaks; nothing for a group the deploy creates.</summary>
    public static IReadOnlyList<RuleFinding> Check(CacheTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return transition.Changes ? [.. All.Where(r => !transition.Replaced || r.AboutReplacement).Select(r => r.Check(transition)).OfType<RuleFinding>()] : [];
    }
}
