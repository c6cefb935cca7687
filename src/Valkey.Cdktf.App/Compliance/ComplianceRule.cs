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

    /// <summary>Null when <paramref name="stack"/> complies; else why not.</summary>
    public abstract string? Check(StackView stack);
}
