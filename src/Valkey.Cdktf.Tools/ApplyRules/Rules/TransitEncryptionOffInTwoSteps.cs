namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// TLS is turned off the way it is turned on, through preferred. AWS documents the way on (TransitEncryptionEnabled with
/// TransitEncryptionMode preferred in the same request, required only after preferred: API_ModifyReplicationGroup,
/// in-transit-encryption-enable.html), so clients move without downtime. Turning it off from required at once drops every
/// client that speaks TLS; this rule asks for preferred first, then off. Whether AWS itself refuses the direct switch is
/// not said on the AWS pages this project could read (none documents turning TLS off): the rule keeps the clients safe
/// either way, and the emulator does not enforce it.
/// </summary>
internal sealed class TransitEncryptionOffInTwoSteps : ApplyRule
{
    public override string Id => "APPLY-TLS-OFF";

    public override string Title => "TLS off on an existing cache: preferred first, then off";

    public override string Explanation =>
        "turning TLS off from `required` at once drops every client that speaks TLS; this project asks for `preferred` first, then off, the way on reversed. AWS's pages do not document turning TLS off, so whether AWS refuses the direct switch is not known here, and the emulator does not enforce it";

    public override string Source =>
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyReplicationGroup.html (TransitEncryptionMode); " +
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption-enable.html (the way on; the way off is not documented there)";

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var transition = input.Cache;
        if (!CacheTransition.Flag(transition.Before, "transit_encryption_enabled") || CacheTransition.Flag(transition.After, "transit_encryption_enabled")) return null;
        if (CacheTransition.Mode(transition.Before) == "preferred") return null;
        return Finding(
            "this deploy turns TLS off on a cache that requires it: every client connected with TLS (rediss://) is dropped at once, with nothing to fall back to",
            "two deploys, the reverse of turning TLS on: first \"transit_encryption_mode\": \"preferred\" (TLS and plain connections); once every client " +
            "connects without TLS (redis://), \"transit_encryption_enabled\": false");
    }
}
