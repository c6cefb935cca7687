namespace Valkey.Cdktf.Tools.Changes;

/// <summary>What a <see cref="Finding"/> is about.</summary>
internal enum FindingKind
{
    /// <summary>A resource that holds data is replaced or destroyed.</summary>
    DataLost,

    /// <summary>A resource that holds no data is replaced or destroyed (an alarm, a parameter group, users).</summary>
    NothingLost,

    /// <summary>Terraform refuses the plan: a resource with <c>prevent_destroy</c> would be replaced or destroyed.</summary>
    RefusedByProtection,

    /// <summary>The stack moves to another state or region, or its environment file is gone.</summary>
    StackMoved,

    /// <summary><c>prevent_destroy</c> is turned off.</summary>
    ProtectionOff,

    /// <summary>One of AWS's rules at apply (<c>ApplyRules/</c>): a refusal, a deferral or a warning.</summary>
    ApplyRule,

    /// <summary>An acknowledgement that covers no change.</summary>
    UnusedAcknowledgement,

    /// <summary>An acknowledged replacement of a resource that keeps <c>prevent_destroy</c> on: Terraform still refuses it.</summary>
    StillProtected,

    /// <summary>The state holds resources the stack does not adopt: the adoption setting that would.</summary>
    Adoption,
}
