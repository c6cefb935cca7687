namespace Valkey.Cdktf.Tools.ApplyRules;

/// <summary>
/// One thing AWS refuses, or does differently than a plan suggests, when a deploy changes an existing stack. Each
/// rule is a class of its own in <c>Rules/</c>, naming the AWS or provider source it follows; the judge
/// (<see cref="Changes.ChangeJudge"/>) checks every rule on every change, whatever its source (two syntheses, a real
/// plan). The deploy rehearsal's emulator follows AWS's pages on its own (<c>Emulator/moto_patches.py</c>), so a rule
/// that is wrong about AWS shows there.
/// </summary>
internal abstract class ApplyRule
{
    /// <summary>The rule's id, as reports show it (<c>APPLY-LOG-DELIVERY</c>).</summary>
    public abstract string Id { get; }

    /// <summary>What it asks, in a few words.</summary>
    public abstract string Title { get; }

    /// <summary>What AWS does and what to do about it, for the README's table (Markdown, one line): generated from here.</summary>
    public abstract string Explanation { get; }

    /// <summary>The AWS documentation or provider source it follows (an address).</summary>
    public abstract string Source { get; }

    public virtual RuleLevel Level => RuleLevel.Failure;

    /// <summary>Whether the rule speaks of a group the plan replaces (most speak of changing a group in place).</summary>
    public virtual bool AboutReplacement => false;

    /// <summary>Whether the rule looks at <paramref name="input"/> at all: by default, a replication group that exists before and is changed in place (or replaced, for <see cref="AboutReplacement"/>).</summary>
    public virtual bool Applies(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Cache.Changes && (!input.Cache.Replaced || AboutReplacement);
    }

    /// <summary>The finding when <paramref name="input"/> breaks the rule; null when it keeps it.</summary>
    public abstract RuleFinding? Check(RuleInput input);

    protected RuleFinding Finding(string why, string? fix) => new(this, why, fix);
}
