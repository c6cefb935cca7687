namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// An engine is upgraded, never downgraded: ElastiCache has no downgrade, and the provider plans a
/// lower <c>engine_version</c> as a replacement (its CustomizeDiff,
/// internal/service/elasticache/engine_version.go): a new, empty cache.
/// </summary>
internal sealed class EngineNeverDowngraded : ApplyRule
{
    public override string Id => "APPLY-ENGINE-NO-DOWNGRADE";

    public override string Title => "the engine version is never lowered";

    public override string Explanation =>
        "ElastiCache has no downgrade; the provider plans a lower `engine_version` as a replacement, a new and empty cache. Keep `engine_version` at the deployed version or later";

    public override bool AboutReplacement => true;

    public override string Source =>
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VersionManagement.html; hashicorp/terraform-provider-aws internal/service/elasticache/engine_version.go";

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var transition = input.Cache;
        var before = CacheTransition.Text(transition.Before, "engine_version");
        var after = CacheTransition.Text(transition.After, "engine_version");
        if (!Version.TryParse(before, out var was) || !Version.TryParse(after, out var will) || will >= was) return null;
        return Finding(
            $"engine_version goes down from {before} to {after}: ElastiCache does not downgrade, and the provider replaces the cache instead (its data lost)",
            $"keep \"engine_version\" at {before} or later");
    }
}
