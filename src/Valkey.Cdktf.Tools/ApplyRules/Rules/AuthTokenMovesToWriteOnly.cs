namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// The move to CDK Terrain (docs/cdk-terrain.md): a cache whose token was <c>auth_token</c> (CDKTF, hashicorp/aws 6.25.0)
/// gets it through the write-only <c>auth_token_wo</c> and <c>auth_token_wo_version</c> (6.66.0). The plan shows
/// <c>auth_token</c> removed and the version set. The provider's documentation says a write-only token is sent when its
/// version changes; whether 6.66.0 sends AWS a ModifyReplicationGroup with the token for this first move (the version from
/// nothing to 1, <c>auth_token</c> from a value to nothing) could not be read in its code here. The token is the same
/// secret, so nothing is refused that the guard can see: a warning, saying what to check.
/// </summary>
internal sealed class AuthTokenMovesToWriteOnly : ApplyRule
{
    public override string Id => "APPLY-AUTH-WRITE-ONLY-MOVE";

    public override string Title => "the token moves to the write-only auth_token_wo";

    public override string Explanation =>
        "the cache's token moves from auth_token to the write-only auth_token_wo (CDK Terrain's hashicorp/aws 6.66.0); whether the provider sends AWS an AUTH change for the move is not confirmed in its code. Deploy it to one environment first and look for a token modification in `aws elasticache describe-events` before the others";

    public override RuleLevel Level => RuleLevel.Warning;

    public override string Source =>
        "https://registry.terraform.io/providers/hashicorp/aws/6.66.0/docs/resources/elasticache_replication_group#auth_token_wo_version " +
        "(\"Used together with auth_token_wo to trigger an update\"; terraform-provider-aws #49268); the request it sends for this move: unconfirmed";

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var transition = input.Cache;
        if (!transition.Changes) return null;
        var had = CacheTransition.Text(transition.Before, "auth_token") is { Length: > 0 };
        var moves = transition.After["auth_token"] is null && transition.After["auth_token_wo_version"] is not null;
        if (!had || !moves) return null;
        return Finding(
            "the token moves from auth_token to the write-only auth_token_wo: the plan removes auth_token and sets auth_token_wo_version; " +
            "whether hashicorp/aws 6.66.0 sends AWS the token again for this is not confirmed (docs/cdk-terrain.md)",
            "deploy the move to one environment first and check `aws elasticache describe-events --source-type replication-group` for a token " +
            "modification before the others; the secret is the same, so clients keep working either way if the strategy is ROTATE");
    }
}
