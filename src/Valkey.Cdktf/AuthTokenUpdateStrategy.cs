using System.Runtime.Serialization;

namespace Valkey.Cdktf;

/// <summary>
/// How ElastiCache applies a changed AUTH token (<see cref="ValkeyCacheProps.AuthTokenUpdateStrategy"/>), the values of
/// ModifyReplicationGroup's <c>AuthTokenUpdateStrategy</c> (ElastiCache API Reference, ModifyReplicationGroup; the
/// provider's <c>auth_token_update_strategy</c>). The environment files' spelling is each member's <see cref="EnumMemberAttribute.Value"/>.
/// </summary>
public enum AuthTokenUpdateStrategy
{
    /// <summary><c>SET</c>: only the new token is accepted.</summary>
    [EnumMember(Value = "SET")]
    Set,

    /// <summary><c>ROTATE</c>: the old and the new token are both accepted until the next change.</summary>
    [EnumMember(Value = "ROTATE")]
    Rotate,

    /// <summary><c>DELETE</c>: the token is removed (only when the cache moves to users).</summary>
    [EnumMember(Value = "DELETE")]
    Delete,
}
