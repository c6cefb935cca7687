namespace Valkey.Cdktf.App.Compliance;

/// <summary>
/// One compliance rule, checked on the synthesized stack (what Terraform will get, not the
/// inputs): an id, a title, the controls it stands for, and a check that says why it fails.
/// </summary>
internal abstract class ComplianceRule
{
    /// <summary>The id waivers name (<c>VKC-BACKUPS</c>).</summary>
    public abstract string Id { get; }

    /// <summary>What it asks, in a line.</summary>
    public abstract string Title { get; }

    /// <summary>The controls it stands for (Security Hub, checkov, the module's documentation).</summary>
    public abstract IReadOnlyList<string> Controls { get; }

    /// <summary>The setting that makes it pass, where an environment file says it; its line is a report's location.</summary>
    public abstract string Setting { get; }

    /// <summary>An address that explains the rule: its first control's definition (<see cref="ControlSources"/>) unless the rule says another.</summary>
    public virtual string HelpUri => Controls.Select(ControlSources.Of).OfType<string>().FirstOrDefault()
        ?? throw new InvalidOperationException($"{Id}: no control with a definition's address: the rule must name its help page");

    /// <summary>Null when <paramref name="stack"/> complies; else why not.</summary>
    public abstract string? Check(StackView stack);

    /// <summary>
    /// Why the rule does not apply to <paramref name="stack"/> (a serverless cache has no nodes, subnet group or logs); null
    /// when it applies. A rule that does not apply is neither passed nor failed, and no waiver may name it.
    /// </summary>
    public virtual string? NotApplicable(StackView stack) => null;

    /// <summary>The reason of a rule about nodes, for a serverless cache.</summary>
    protected static string? NoNodes(StackView stack, string what) =>
        stack.IsServerless ? $"a serverless cache has no {what} (CreateServerlessCache has no parameter for it)" : null;
}
