namespace Valkey.Cdktf.App.Guard;

/// <summary>A change and the acknowledgement that covers it, if any.</summary>
/// <param name="Change">The change.</param>
/// <param name="Acknowledgement">The environment's entry for exactly this change; <c>null</c> when none (or none needed).</param>
internal sealed record GuardRow(PlannedChange Change, AcknowledgedReplacement? Acknowledgement)
{
    /// <summary>Whether this row makes the guard fail.</summary>
    public bool Blocks => Change.NeedsAcknowledgement && Acknowledgement is null;
}
