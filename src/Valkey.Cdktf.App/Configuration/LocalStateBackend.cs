namespace Valkey.Cdktf.App.Configuration;

/// <summary>
/// State in a local file. <paramref name="Path"/> is written into the stack as it is, so
/// Terraform resolves it from the stack's folder (<c>cdktf.out/stacks/&lt;env&gt;</c>); a
/// relative path keeps the output the same wherever the repository is checked out.
/// </summary>
/// <param name="Path">The state file's path, relative to the stack's folder.</param>
internal sealed record LocalStateBackend(string Path) : StateBackend
{
    /// <summary>
    /// The default for environment <paramref name="stack"/>: <c>terraform.&lt;env&gt;.tfstate</c>
    /// at the repository root, outside <c>cdktf.out</c> (which every synth replaces).
    /// </summary>
    public static LocalStateBackend Default(string stack) => new($"../../../terraform.{stack}.tfstate");
}
