namespace Valkey.Cdktf.App.Configuration;

/// <summary>
/// Take over the state that held the Terraform module (or the root's own resources): <c>moved</c> blocks from
/// <c>module.&lt;Module&gt;.&lt;type&gt;.&lt;name&gt;</c> (or <c>&lt;type&gt;.&lt;name&gt;</c>) to this stack's addresses.
/// </summary>
/// <param name="Module">
/// The module call's name, with the instance key of a <c>count</c> or <c>for_each</c> module (<c>valkey[0]</c>,
/// <c>valkey["hml"]</c>); null for resources of the root module (<c>adoption.moved_from_root</c>). Omitted in files: <c>valkey</c>.
/// </param>
/// <param name="ReplicationGroup">The module's <c>aws_elasticache_replication_group</c> resource name. Omitted: <c>this</c>.</param>
/// <param name="SubnetGroup">The module's <c>aws_elasticache_subnet_group</c> resource name. Omitted: <c>this</c>.</param>
/// <param name="SecurityGroup">The module's <c>aws_security_group</c> resource name. Omitted: <c>this</c>.</param>
internal sealed record ModuleMove(string? Module, string ReplicationGroup, string SubnetGroup, string SecurityGroup)
{
    /// <summary>Default module call name.</summary>
    public const string DefaultModule = "valkey";

    /// <summary>Default resource name inside the module.</summary>
    public const string DefaultResource = "this";

    /// <summary>The address the resource <paramref name="type"/>.<paramref name="name"/> had in the old configuration.</summary>
    public string From(string type, string name) => Module is null ? $"{type}.{name}" : $"module.{Module}.{type}.{name}";

    /// <summary>The module as an environment file names it, from a state's module address (<c>module.valkey[0]</c> → <c>valkey[0]</c>).</summary>
    public static string Spec(string moduleAddress)
    {
        ArgumentNullException.ThrowIfNull(moduleAddress);
        return moduleAddress.StartsWith("module.", StringComparison.Ordinal) ? moduleAddress["module.".Length..] : moduleAddress;
    }
}
