namespace Valkey.Cdktf;

/// <summary>
/// One user of the cache's role-based access control (<c>users</c> in an environment file): the stack creates it, puts it in
/// the cache's user group, and attaches the group.
/// </summary>
public sealed record ValkeyUser
{
    /// <summary>The default of <see cref="AccessString"/>: on, every key, every command.</summary>
    public const string DefaultAccessString = "on ~* +@all";

    /// <summary><c>user_name</c>: what the client authenticates as; lower-case letters, digits and hyphens, starting with a letter.</summary>
    public required string UserName { get; init; }

    /// <summary>
    /// <c>access_string</c>: the user's ACL rules (ElastiCache User Guide, Role-Based Access Control, Specifying Permissions
    /// Using an Access String). Omitted: <c>on ~* +@all</c> (<see cref="DefaultAccessString"/>), every key and command; narrow it
    /// per application, such as <c>on ~app:* -@all +@read +@write</c>.
    /// </summary>
    public string AccessString { get; init; } = DefaultAccessString;

    /// <summary><c>authentication</c>: <c>"iam"</c> or <c>{ "password_secret_ids": [...] }</c>. Omitted: IAM.</summary>
    public ValkeyUserAuthentication Authentication { get; init; } = ValkeyUserAuthentication.Iam;

    /// <summary>
    /// <c>authentication.password_secret_ids</c>: with <see cref="ValkeyUserAuthentication.Password"/>, one or two Secrets Manager
    /// secrets (name or ARN), each holding one password. Omitted: none.
    /// </summary>
    public IReadOnlyList<string> PasswordSecretIds { get; init; } = [];

    /// <summary>
    /// <c>authentication.password_version</c>: on CDK Terrain (<c>VALKEY_TOOLCHAIN=cdktn</c>), where the password is write-only
    /// and kept out of state, its version, which Terraform sends the password again by (the provider's
    /// <c>passwords_wo_version</c>): raise it with each new password in the secret. On CDKTF the password is read at every plan
    /// and this is not written. Omitted: 1.
    /// </summary>
    public int PasswordVersion { get; init; } = 1;
}
