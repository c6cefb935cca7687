namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// A change of log delivery on an existing group needs apply-immediately. AWS: "You must set the
/// apply-immediately parameter for all log delivery modifications"; the provider sends the change
/// with the resource's <c>apply_immediately</c>, so with false the apply fails with
/// <c>InvalidParameterValue: To modify the log delivery configuration, set the apply-immediately parameter to true</c>.
/// </summary>
internal sealed class LogDeliveryNeedsApplyImmediately : ApplyRule
{
    public override string Id => "APPLY-LOG-DELIVERY";

    public override string Title => "a log delivery change is applied immediately";

    public override string Explanation =>
        "AWS refuses a change of log delivery without apply-immediately (`InvalidParameterValue: To modify the log delivery configuration, set the apply-immediately parameter to true`). `\"apply_immediately\": true` for that deploy (the default while `adoption` is set)";

    // The rule: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Log_Delivery.html
    // The provider sends apply_immediately with it: hashicorp/terraform-provider-aws#49842 (fix in PR #49932, open; #49270 related).
    public override string Source => "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Log_Delivery.html; hashicorp/terraform-provider-aws#49842";

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var transition = input.Cache;
        var before = CacheTransition.LogDelivery(transition.Before);
        var after = CacheTransition.LogDelivery(transition.After);
        if (before.SequenceEqual(after) || CacheTransition.Flag(transition.After, "apply_immediately")) return null;
        return Finding(
            $"this deploy changes the log delivery of an existing cache ({before.Count} to {after.Count} logs) with apply_immediately false; " +
            "AWS refuses that: InvalidParameterValue: To modify the log delivery configuration, set the apply-immediately parameter to true",
            "set \"apply_immediately\": true in the environment's variables for this deploy (while \"adoption\" is set it is the default), " +
            "or keep log delivery as it is; apply_immediately may go back to false afterwards");
    }
}
