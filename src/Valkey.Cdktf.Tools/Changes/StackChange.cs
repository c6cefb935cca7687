using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>
/// A change outside the resources that a plan cannot show, found by comparing two configurations: where the
/// stack's state is and which region it manages (either moves the whole stack), a protection turned off,
/// or an environment whose file is gone.
/// </summary>
/// <param name="Kind">What changes.</param>
/// <param name="Subject">What it belongs to: <c>provider.aws</c>, <c>terraform.backend</c>, a resource's address, <c>(environment)</c>.</param>
/// <param name="Attribute">The setting (<c>region</c>, <c>s3.key</c>, <c>lifecycle.prevent_destroy</c>); <c>*</c> for a whole environment.</param>
/// <param name="Before">The value before; null when absent.</param>
/// <param name="After">The value after; null when absent.</param>
/// <param name="Why">What Terraform will do because of it.</param>
internal sealed record StackChange(StackChangeKind Kind, string Subject, string Attribute, JsonNode? Before, JsonNode? After, string Why)
{
    /// <summary>The pseudo-address of the provider's settings.</summary>
    public const string ProviderAddress = "provider.aws";

    /// <summary>The pseudo-address of the state backend.</summary>
    public const string BackendAddress = "terraform.backend";

    /// <summary>The pseudo-resource of a removed environment.</summary>
    public const string EnvironmentAddress = "(environment)";

    /// <summary>The attribute of a <c>lifecycle.prevent_destroy</c> change.</summary>
    public const string PreventDestroyAttribute = "lifecycle.prevent_destroy";

    /// <summary>Whether the change loses data or control, and so must be acknowledged.</summary>
    public bool NeedsAcknowledgement => Kind != StackChangeKind.BackendSetting;
}

/// <summary>The kinds of <see cref="StackChange"/>.</summary>
internal enum StackChangeKind
{
    /// <summary>The provider's region: Terraform looks for every resource there, finds none and creates them again.</summary>
    RegionMoved,

    /// <summary>Where the state is (backend type, bucket, key, path): Terraform starts from an empty state there.</summary>
    StateMoved,

    /// <summary>A backend setting that does not move the state (encryption, locking).</summary>
    BackendSetting,

    /// <summary><c>prevent_destroy</c> turned off: a later replacement is no longer stopped.</summary>
    ProtectionOff,

    /// <summary>The environment's file is gone: its resources are no longer managed from here.</summary>
    EnvironmentRemoved,
}
