namespace Valkey.Cdktf.Tools.Changes;

/// <summary>The judge's word on one change of one stack: its findings, in the order they were found.</summary>
/// <param name="Stack">The environment's name.</param>
/// <param name="Findings">What was found.</param>
internal sealed record Judgement(string Stack, IReadOnlyList<Finding> Findings)
{
    /// <summary>Whether the deploy must not run (exit 3).</summary>
    public bool Blocks => Findings.Any(f => f.Blocks);

    /// <summary>The changes AWS takes but applies in the maintenance window.</summary>
    public IReadOnlyList<Finding> Pending => [.. Findings.Where(f => f.Level == FindingLevel.Pending)];

    /// <summary>The exit code the change earns: 3 when something blocks, else 0.</summary>
    public ExitCode Code => Blocks ? ExitCode.UnacknowledgedChange : ExitCode.Ok;
}
