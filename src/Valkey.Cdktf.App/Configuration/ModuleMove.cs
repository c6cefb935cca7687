namespace Valkey.Cdktf.App.Configuration;

/// <summary>
/// Take over the state that held the Terraform module: <c>moved</c> blocks from
/// <c>module.&lt;Module&gt;.&lt;type&gt;.&lt;name&gt;</c> to this stack's addresses.
/// </summary>
/// <param name="Module">The module call's name. Omitted in files: <c>valkey</c>, as in <c>module "valkey"</c>.</param>
/// <param name="ReplicationGroup">The module's <c>aws_elasticache_replication_group</c> resource name. Omitted: <c>this</c>.</param>
/// <param name="SubnetGroup">The module's <c>aws_elasticache_subnet_group</c> resource name. Omitted: <c>this</c>.</param>
/// <param name="SecurityGroup">The module's <c>aws_security_group</c> resource name. Omitted: <c>this</c>.</param>
internal sealed record ModuleMove(string Module, string ReplicationGroup, string SubnetGroup, string SecurityGroup)
{
    /// <summary>Default module call name.</summary>
    public const string DefaultModule = "valkey";

    /// <summary>Default resource name inside the module.</summary>
    public const string DefaultResource = "this";

    /// <summary>The module as an environment file names it, from a state's module address (<c>module.valkey[0]</c> → <c>valkey[0]</c>).</summary>
    public static string Spec(string moduleAddress)
    {
        ArgumentNullException.ThrowIfNull(moduleAddress);
        return moduleAddress.StartsWith("module.", StringComparison.Ordinal) ? moduleAddress["module.".Length..] : moduleAddress;
    }
}
