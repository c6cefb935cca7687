namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// User groups join a cache only once it requires TLS. AWS refuses a user group on a cache without in-transit encryption
/// ("User group based access control requires encryption-in-transit to be enabled on the replication group", as
/// hashicorp/terraform-provider-aws#42966 quotes it, also when TLS is turned on in the same change) and with
/// transit_encryption_mode preferred ("Transit encryption preferred is not supported with redis access control."); and TLS
/// is turned on only through preferred (APPLY-TLS-TWO-STEPS). So users come to a cache without TLS in three deploys.
/// </summary>
internal sealed class UsersNeedTlsRequired : ApplyRule
{
    public override string Id => "APPLY-USERS-TLS";

    public override string Title => "users join a cache that already requires TLS";

    public override string Explanation =>
        "AWS attaches a user group only to a cache whose TLS is on and `required` (not `preferred`, not turned on in the same change), and TLS comes on only through `preferred`: users come to a cache without TLS in three deploys (`preferred`, `required`, then `users`)";

    public override string Source =>
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html; hashicorp/terraform-provider-aws#42966; " +
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyReplicationGroup.html (TransitEncryptionMode)";

    /// <summary>Whether the deploy attaches user groups the cache did not have.</summary>
    public static bool AddsUserGroups(CacheTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return transition.UserGroups(transition.After).Except(transition.UserGroups(transition.Before), StringComparer.Ordinal).Any();
    }

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var transition = input.Cache;
        if (!AddsUserGroups(transition) || CacheTransition.Mode(transition.Before) == "required") return null;
        var was = CacheTransition.Mode(transition.Before) is { } mode ? $"TLS in mode {mode}" : "no TLS";
        return Finding(
            $"this deploy attaches user groups to a cache that has {was}: AWS attaches user groups only to a cache that requires TLS, " +
            "and turns TLS on only through preferred, which user groups do not work with",
            "three deploys: first without users, \"transit_encryption_enabled\": true with \"transit_encryption_mode\": \"preferred\"; once every client " +
            "connects with TLS (rediss://), \"transit_encryption_mode\": \"required\"; then the users" +
            (CacheTransition.Mode(transition.Before) == "preferred" ? " (this cache is at the second step: set required first)" : ""));
    }
}
