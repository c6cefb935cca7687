using System.Runtime.Serialization;

namespace Valkey.Cdktf;

/// <summary>
/// Which connections a cache with TLS accepts (<see cref="ValkeyCacheProps.TransitEncryptionMode"/>), the values of
/// CreateReplicationGroup's <c>TransitEncryptionMode</c> (ElastiCache API Reference; the provider's
/// <c>transit_encryption_mode</c>). The environment files' spelling is each member's <see cref="EnumMemberAttribute.Value"/>.
/// </summary>
public enum TransitEncryptionMode
{
    /// <summary><c>preferred</c>: TLS and plain connections both; the first of the two deploys that turn TLS on for an existing cache.</summary>
    [EnumMember(Value = "preferred")]
    Preferred,

    /// <summary><c>required</c>: TLS connections only.</summary>
    [EnumMember(Value = "required")]
    Required,
}
