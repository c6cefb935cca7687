using Valkey.Cdktf.Tools.Changes;

namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// An AUTH token leaves a cache only for users, in one request that attaches the user group with AuthTokenUpdateStrategy
/// DELETE. ModifyReplicationGroup: "DELETE - allowed only when transitioning to RBAC"; a user group on a cache with a token
/// otherwise: "User group can't be associated with auth token enabled. Pass AuthStrategy delete to proceed"
/// (hashicorp/terraform-provider-aws#31710, #39546). Which provider can send that request: only hashicorp/aws 6.31.0 and
/// later (#45518, CHANGELOG 6.31.0: "Previously, auth_token_update_strategy always required auth_token, which caused an
/// error when migrating from AUTH to RBAC"); 6.0 to 6.30 refuse the configuration at plan, and 5.x sends the user group
/// apart from the DELETE (#39546). The stacks pin 6.25.0, so with the pin the move takes three steps (the fix says which).
/// </summary>
internal sealed class AuthTokenLeavesOnlyForUsers : ApplyRule
{
    /// <summary>The first hashicorp/aws that sends a user group and DELETE in one request (PR #45518).</summary>
    public static readonly Version MovesToUsers = new(6, 31, 0);

    public override string Id => "APPLY-AUTH-DELETE";

    public override string Title => "a token leaves a cache only for users, with DELETE";

    public override string Explanation =>
        "a token leaves a cache only in the request that attaches a user group with `DELETE` (\"allowed only when transitioning to RBAC\"); removing it otherwise sends an empty token, which AWS refuses. hashicorp/aws 6.31.0 and later send that request from `users` with `\"auth_token_update_strategy\": \"DELETE\"`; with the pinned 6.25.0 the move is three steps: users beside the token, the one AWS CLI command the finding prints, then the token's settings removed";

    public override string Source =>
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyReplicationGroup.html (AuthTokenUpdateStrategy); " +
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html (Migrating from AUTH to RBAC); hashicorp/terraform-provider-aws#45518, #39546";

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var transition = input.Cache;
        if (!transition.HasToken(transition.Before) || transition.HasToken(transition.After)) return null;
        var strategy = CacheTransition.Text(transition.After, "auth_token_update_strategy");
        if (!UsersNeedTlsRequired.AddsUserGroups(transition))
        {
            return Finding(
                "this deploy removes the AUTH token without moving the cache to users: AWS takes AuthTokenUpdateStrategy DELETE only when " +
                "the same request attaches a user group, and the provider sends an empty AuthToken, which AWS refuses",
                "keep \"auth_token_secret_id\"; a token leaves a cache only for users (\"users\" or \"user_group_ids\"), with \"auth_token_update_strategy\": \"DELETE\"");
        }
        if (input.Provider < MovesToUsers)
        {
            var sends = input.Provider.Major < 6
                ? $"hashicorp/aws {input.Provider} sends the user group apart from the DELETE, and AWS answers \"User group can't be associated with auth token enabled. Pass AuthStrategy delete to proceed\" (#39546)"
                : $"hashicorp/aws {input.Provider} refuses auth_token_update_strategy without auth_token at plan, so the DELETE cannot be sent (fixed in {MovesToUsers} by #45518)";
            return Finding($"this deploy moves the cache from its AUTH token to users in one step, which {sends}", ThreeSteps(input));
        }
        if (strategy == "DELETE") return null;
        return Finding(
            "this deploy moves the cache from its AUTH token to users without auth_token_update_strategy DELETE: AWS answers " +
            "\"User group can't be associated with auth token enabled. Pass AuthStrategy delete to proceed\"",
            "set \"auth_token_update_strategy\": \"DELETE\" in the environment's variables for this deploy");
    }

    /// <summary>The move that works with a provider before 6.31.0: users prepared beside the token, attached out of band, then the token dropped.</summary>
    private static string ThreeSteps(RuleInput input)
    {
        var transition = input.Cache;
        var cache = CacheTransition.Text(transition.Before, "replication_group_id") ?? "<replication group id>";
        var group = input.Changes.Resources.FirstOrDefault(r => r.Type == "aws_elasticache_user_group" && r.After is not null)?.After?["user_group_id"]?.GetValue<string>()
            ?? transition.UserGroups(transition.After).FirstOrDefault(g => g != ResourceChange.Unknown) ?? "<user group id>";
        return $"with hashicorp/aws {MovesToUsers} or later, deploy with \"auth_token_update_strategy\": \"DELETE\"; with the pinned one, three steps: " +
            "(1) deploy with \"users\" and \"auth_token_secret_id\" both set: the users and their group are made and the cache keeps its token; " +
            $"(2) attach the group as AWS's guide does, out of band: aws elasticache modify-replication-group --replication-group-id {cache} " +
            $"--user-group-ids-to-add {group} --auth-token-update-strategy DELETE --apply-immediately; (3) deploy without \"auth_token_secret_id\"";
    }
}
