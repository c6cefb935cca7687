namespace Valkey.Cdktf.Tools.Changes;

/// <summary>
/// One thing the judge found about a change: what, about which resource and setting, how it counts, the fix and
/// the source of the rule. Reports print findings one way for every command (<see cref="ChangeReport"/>).
/// </summary>
/// <param name="Kind">What it is about.</param>
/// <param name="Level">How it counts.</param>
/// <param name="Subject">The resource's address, or <c>provider.aws</c>, <c>terraform.backend</c>, <c>(environment)</c>.</param>
/// <param name="Message">What happens, in a sentence.</param>
internal sealed record Finding(FindingKind Kind, FindingLevel Level, string Subject, string Message)
{
    /// <summary>The attribute paths behind it (a replacement's forcing attributes; the attribute AWS defers).</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>The environment-file settings that write those attributes (<c>variables.port</c> as <c>port</c>).</summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    /// <summary>What to change so the deploy does what it should; null when nothing is to be done.</summary>
    public string? Fix { get; init; }

    /// <summary>The AWS documentation, API reference or provider source the rule follows; null for the project's own accounting.</summary>
    public string? Source { get; init; }

    /// <summary>The apply-time rule's id (<c>APPLY-TLS-TWO-STEPS</c>), for <see cref="FindingKind.ApplyRule"/>.</summary>
    public string? RuleId { get; init; }

    /// <summary>The environment's acknowledgement that covers it, when one does.</summary>
    public AcknowledgedReplacement? Acknowledgement { get; init; }

    /// <summary>Whether the deploy must not run.</summary>
    public bool Blocks => Level == FindingLevel.Blocks;
}
