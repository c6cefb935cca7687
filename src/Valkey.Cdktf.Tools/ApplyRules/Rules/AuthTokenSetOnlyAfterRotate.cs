namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// A cache without an AUTH token gets one with ROTATE, never SET. The API's AuthTokenUpdateStrategy:
/// "ROTATE - default, if no update strategy is provided; SET - allowed only after ROTATE".
/// </summary>
internal sealed class AuthTokenSetOnlyAfterRotate : ApplyRule
{
    public override string Id => "APPLY-AUTH-SET-AFTER-ROTATE";

    public override string Title => "a token is added with ROTATE; SET only after";

    public override string Explanation =>
        "AWS takes `SET` \"only after ROTATE\": a cache without a token gets one with `ROTATE` first, then `SET`";

    public override string Source => "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyReplicationGroup.html (AuthTokenUpdateStrategy)";

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var transition = input.Cache;
        if (transition.HasToken(transition.Before) || !transition.HasToken(transition.After)) return null;
        if (CacheTransition.Text(transition.After, "auth_token_update_strategy") != "SET") return null;
        return Finding(
            "this deploy adds an AUTH token to a cache that has none, with auth_token_update_strategy SET; AWS takes SET only after a ROTATE",
            "deploy with \"auth_token_update_strategy\": \"ROTATE\" (the default) first; once every client sends the token, deploy again with \"SET\"");
    }
}
