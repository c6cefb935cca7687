namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>The rehearsal of one stack: the plan's rows and their judgement, the steady-state check, notes and the exit code it earns.</summary>
/// <param name="Stack">The environment's name.</param>
/// <param name="Code">The exit code it earns.</param>
/// <param name="Changes">The plan's rows; empty when Terraform failed before planning.</param>
/// <param name="Judgement">The judge's findings on them.</param>
/// <param name="Notes">What the rehearsal did that a reader should know.</param>
/// <param name="Problems">Failures outside the judgement: Terraform's diagnostics, a plan that does not settle.</param>
internal sealed record StackOutcome(string Stack, ExitCode Code, ChangeSet Changes, Judgement Judgement, IReadOnlyList<string> Notes, IReadOnlyList<string> Problems)
{
    /// <summary>The state the stack would have once applied, made for the steady-state check; null without one.</summary>
    public System.Text.Json.Nodes.JsonObject? State { get; init; }

    /// <summary>The plan's rows of managed resources (data sources' reads left out).</summary>
    public IReadOnlyList<ResourceChange> Plan => [.. Changes.Resources.Where(r => r.Mode == "managed")];

    /// <summary>Why the rehearsal fails, one line each: the findings that stop the deploy, then the problems outside the judgement.</summary>
    public IReadOnlyList<string> Failures => [.. Judgement.Findings.Where(f => f.Blocks).Select(ChangeReport.Describe), .. Problems];

    /// <summary>Every finding in one line each, then the problems: what a reader of the report learns.</summary>
    public IReadOnlyList<string> Lines => [.. Judgement.Findings.Select(ChangeReport.Describe), .. Problems];

    /// <summary>An outcome that stopped at Terraform's failure, before any plan.</summary>
    public static StackOutcome Failed(string stack, string problem) => new(stack, ExitCode.TerraformFailed, ChangeSet.Empty, new Judgement(stack, []), [], [problem]);
}
