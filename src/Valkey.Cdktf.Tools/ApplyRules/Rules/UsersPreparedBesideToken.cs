namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// Users prepared beside a token are not yet in use: the stack made them and their group, but the cache keeps
/// authenticating with its AUTH token until the group is attached (the first of the three steps of
/// <see cref="AuthTokenLeavesOnlyForUsers"/>). AWS proceeds; the report says what comes next.
/// </summary>
internal sealed class UsersPreparedBesideToken : ApplyRule
{
    public override string Id => "APPLY-USERS-PREPARED";

    public override string Title => "users beside a token are prepared, not in use";

    public override string Explanation =>
        "users beside a token are made with their group, but not attached: the cache still authenticates with its token. The next steps are the ones `APPLY-AUTH-DELETE` names";

    public override RuleLevel Level => RuleLevel.Warning;

    public override string Source => "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html (Migrating from AUTH to RBAC)";

    public override bool Applies(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return !input.Cache.Replaced && input.Cache.After.Count > 0;
    }

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var transition = input.Cache;
        if (!transition.HasToken(transition.After)) return null;
        var group = input.Changes.Resources.FirstOrDefault(r => r.Type == "aws_elasticache_user_group" && r.After is not null && !r.LosesItself);
        if (group is null) return null;
        var id = group.After!["user_group_id"]?.GetValue<string>() ?? "<user group id>";
        var cache = CacheTransition.Text(transition.After, "replication_group_id") ?? "<replication group id>";
        return Finding(
            $"the user group {id} exists beside the AUTH token, not attached: the cache still authenticates with the token",
            $"to move the cache to the users: aws elasticache modify-replication-group --replication-group-id {cache} --user-group-ids-to-add {id} " +
            "--auth-token-update-strategy DELETE --apply-immediately, then deploy without \"auth_token_secret_id\"");
    }
}
