namespace Valkey.Cdktf.App.Guard;

/// <summary>An acknowledgement that covers no change, and the nearest thing it may have meant.</summary>
/// <param name="Acknowledgement">The entry.</param>
/// <param name="Hint">Why it matches nothing: a stale entry, or a near miss with the nearest resource, attribute or value.</param>
internal sealed record UnusedAcknowledgement(AcknowledgedReplacement Acknowledgement, string Hint);
