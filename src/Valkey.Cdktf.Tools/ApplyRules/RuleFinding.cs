namespace Valkey.Cdktf.Tools.ApplyRules;

/// <summary>A transition that breaks an apply-time rule: what AWS does, why, and the exact fix.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Why">What AWS will do with this transition.</param>
/// <param name="Fix">What to change, and in which steps; null when there is nothing to change (a deferral).</param>
internal sealed record RuleFinding(ApplyRule Rule, string Why, string? Fix)
{
    /// <summary>The resource it is about; null for the replication group.</summary>
    public string? Subject { get; init; }

    /// <summary>The attributes it is about.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Whether the deploy fails (or must not run).</summary>
    public bool Fails => Rule.Level == RuleLevel.Failure;
}
