namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// A token added with ROTATE to a cache that had none does not yet lock anyone out: the cache takes
/// the new token and still serves clients without one, until a second change with SET. AWS proceeds,
/// so this is a warning: a compliance report saying "authenticated" is only half true meanwhile.
/// </summary>
internal sealed class AuthTokenAddedWithRotate : ApplyRule
{
    public override string Id => "APPLY-AUTH-ROTATE-OPEN";

    public override string Title => "a token added with ROTATE is not required until SET";

    public override string Explanation =>
        "with ROTATE, the cache takes the new token and still serves clients without one until a change with SET: VKC-AUTH's pass is half true meanwhile. Once every service sends the token, deploy again with `\"auth_token_update_strategy\": \"SET\"`";

    public override RuleLevel Level => RuleLevel.Warning;

    public override string Source =>
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html (Modifying the AUTH token on an existing cluster); " +
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyReplicationGroup.html (AuthTokenUpdateStrategy)";

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var transition = input.Cache;
        if (transition.HasToken(transition.Before) || !transition.HasToken(transition.After)) return null;
        if ((CacheTransition.Text(transition.After, "auth_token_update_strategy") ?? "ROTATE") != "ROTATE") return null;
        return Finding(
            "this deploy adds an AUTH token to a cache that has none, with ROTATE: the cache takes the token and keeps serving clients " +
            "that send none, until a change with SET",
            "once every service sends the token, deploy again with \"auth_token_update_strategy\": \"SET\"");
    }
}
