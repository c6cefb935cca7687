namespace Valkey.Cdktf.App.ApplyRules;

/// <summary>A transition that breaks an apply-time rule: what AWS does, why, and the exact fix.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Why">What AWS will do with this transition.</param>
/// <param name="Fix">What to change, and in which steps.</param>
internal sealed record RuleFinding(ApplyRule Rule, string Why, string Fix)
{
    /// <summary>Whether the deploy fails (or must not run); a warning lets it run.</summary>
    public bool Fails => Rule.Level == RuleLevel.Failure;
}
