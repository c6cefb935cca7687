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
}
