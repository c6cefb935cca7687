namespace Valkey.Cdktf.Tools.Changes;

/// <summary>How a <see cref="Finding"/> counts.</summary>
internal enum FindingLevel
{
    /// <summary>The deploy must not run: data would be lost unacknowledged, or AWS or Terraform would refuse it (exit 3).</summary>
    Blocks,

    /// <summary>AWS takes the change but applies it later, in the maintenance window: plans show it again until then.</summary>
    Pending,

    /// <summary>AWS takes the change, but the result is not all the setting says; the deploy may run.</summary>
    Warning,

    /// <summary>Said for the record: an acknowledged replacement, a replacement that loses nothing, an acknowledgement that covers nothing.</summary>
    Note,
}
