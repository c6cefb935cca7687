namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// TLS on an existing group is two steps. AWS: "you must first set the transit encryption mode to
/// preferred ... After you migrate all your clients to use encrypted connections, you can then
/// modify your cluster configuration to set the transit encryption mode to required"; the API
/// takes <c>TransitEncryptionEnabled</c> on an existing cluster only with <c>TransitEncryptionMode</c>
/// <c>preferred</c> in the same request, and <c>required</c> only after <c>preferred</c>.
/// </summary>
internal sealed class TransitEncryptionInTwoSteps : ApplyRule
{
    public override string Id => "APPLY-TLS-TWO-STEPS";

    public override string Title => "TLS on an existing cache: preferred first, required after";

    public override string Explanation =>
        "AWS takes TLS on an existing cache only with `transit_encryption_mode` `preferred` in the same change, and `required` only after `preferred`. Two deploys: `\"transit_encryption_enabled\": true, \"transit_encryption_mode\": \"preferred\"`, then, once every client uses TLS, `\"required\"`";

    public override string Source =>
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption-enable.html; " +
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyReplicationGroup.html (TransitEncryptionMode)";

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var transition = input.Cache;
        var wasOn = CacheTransition.Flag(transition.Before, "transit_encryption_enabled");
        var isOn = CacheTransition.Flag(transition.After, "transit_encryption_enabled");
        var mode = CacheTransition.Text(transition.After, "transit_encryption_mode");
        if (wasOn || !isOn || mode == "preferred") return null;
        // With users added in the same deploy, APPLY-USERS-TLS says the whole sequence (users come after required).
        if (UsersNeedTlsRequired.AddsUserGroups(transition)) return null;
        return Finding(
            $"this deploy turns TLS on for an existing cache with transit_encryption_mode {mode ?? "unset (AWS's default: required)"}; AWS takes TLS on an " +
            "existing cache only with mode preferred in the same change, and required only after preferred (a direct switch would also drop every client without TLS)",
            "deploy with \"transit_encryption_enabled\": true and \"transit_encryption_mode\": \"preferred\" first; once every client connects with TLS " +
            "(rediss://), deploy again with \"transit_encryption_mode\": \"required\"");
    }
}
