namespace Valkey.Cdktf.App.ApplyRules;

/// <summary>
/// One thing AWS refuses, or does differently than a plan suggests, when a deploy changes an
/// existing replication group. Each rule is a class of its own in <c>Rules/</c>, naming the AWS
/// or provider source it follows; the guard checks it from the accepted synthesis to the new one,
/// the rehearsal from a state to its plan, and the deploy rehearsal's emulator enforces it
/// (<c>Emulator/moto_patches.py</c>) with AWS's error.
/// </summary>
internal abstract class ApplyRule
{
    /// <summary>The rule's id, as reports show it (<c>APPLY-LOG-DELIVERY</c>).</summary>
    public abstract string Id { get; }

    /// <summary>What it asks, in a few words.</summary>
    public abstract string Title { get; }

    /// <summary>The AWS documentation or provider source it follows (an address).</summary>
    public abstract string Source { get; }

    public virtual RuleLevel Level => RuleLevel.Failure;

    /// <summary>Whether the rule speaks of a group the plan replaces (most speak of changing a group in place).</summary>
    public virtual bool AboutReplacement => false;

    /// <summary>The finding when <paramref name="transition"/> breaks the rule; null when it keeps it.</summary>
    public abstract RuleFinding? Check(CacheTransition transition);

    protected RuleFinding Finding(string why, string fix) => new(this, why, fix);
}
