namespace Valkey.Cdktf.Constructs;

/// <summary>
/// The naming convention: every AWS name begins with <c>{prefix}-{environment}-valkey</c>.
/// <list type="bullet">
/// <item>replication group id: <c>{prefix}-{environment}-valkey</c></item>
/// <item>subnet group name: <c>{prefix}-{environment}-valkey-subnets</c></item>
/// <item>security group name: <c>{prefix}-{environment}-valkey-sg</c></item>
/// </list>
/// These names force replacement when they change: the convention is part of the contract.
/// </summary>
/// <param name="ReplicationGroupId">The replication group's id (also its <c>Name</c> tag).</param>
/// <param name="SubnetGroupName">The subnet group's name (also its <c>Name</c> tag).</param>
/// <param name="SecurityGroupName">The security group's name (also its <c>Name</c> tag).</param>
public sealed record ValkeyNames(string ReplicationGroupId, string SubnetGroupName, string SecurityGroupName)
{
    /// <summary>The names the convention gives to <paramref name="props"/>.</summary>
    public static ValkeyNames For(ValkeyCacheProps props)
    {
        ArgumentNullException.ThrowIfNull(props);
        var stem = $"{props.Prefix}-{props.Environment}-valkey";
        return new ValkeyNames(stem, $"{stem}-subnets", $"{stem}-sg");
    }
}
