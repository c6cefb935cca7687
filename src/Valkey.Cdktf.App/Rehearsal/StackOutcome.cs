namespace Valkey.Cdktf.App.Rehearsal;

/// <summary>The rehearsal of one stack: what Terraform plans, the steady-state check, notes and the exit code it earns.</summary>
internal sealed record StackOutcome(string Stack, ExitCode Code, IReadOnlyList<PlannedResource> Plan, IReadOnlyList<string> Notes, IReadOnlyList<string> Problems)
{
    /// <summary>The state the stack would have once applied, made for the steady-state check; null without one.</summary>
    public System.Text.Json.Nodes.JsonObject? State { get; init; }
}
