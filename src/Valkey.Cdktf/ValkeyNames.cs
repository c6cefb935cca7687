namespace Valkey.Cdktf;

/// <summary>
/// The naming convention: every AWS name begins with <c>{prefix}-{environment}-valkey</c>.
/// <list type="bullet">
/// <item>replication group id: <c>{prefix}-{environment}-valkey</c></item>
/// <item>subnet group name: <c>{prefix}-{environment}-valkey-subnets</c></item>
/// <item>security group name: <c>{prefix}-{environment}-valkey-sg</c></item>
/// </list>
/// These names force replacement when they change: the convention is part of the contract.
/// Each can be set in <see cref="ValkeyCacheProps"/> to adopt existing resources; the
/// descriptions too, since a security group's description also forces replacement.
/// </summary>
/// <param name="ReplicationGroupId">The replication group's id (also its <c>Name</c> tag).</param>
/// <param name="SubnetGroupName">The subnet group's name (also its <c>Name</c> tag).</param>
/// <param name="SecurityGroupName">The security group's name (also its <c>Name</c> tag).</param>
/// <param name="ReplicationGroupDescription">The replication group's description.</param>
/// <param name="SubnetGroupDescription">The subnet group's description.</param>
/// <param name="SecurityGroupDescription">The security group's description.</param>
/// <param name="FinalSnapshotIdentifier">The snapshot taken when the replication group is deleted.</param>
public sealed record ValkeyNames(
    string ReplicationGroupId,
    string SubnetGroupName,
    string SecurityGroupName,
    string ReplicationGroupDescription,
    string SubnetGroupDescription,
    string SecurityGroupDescription,
    string FinalSnapshotIdentifier)
{
    /// <summary>The stem every conventional name begins with.</summary>
    public static string Stem(ValkeyCacheProps props)
    {
        ArgumentNullException.ThrowIfNull(props);
        return $"{props.Prefix}-{props.Environment}-valkey";
    }

    /// <summary>The names of <paramref name="props"/>: those it sets, else the convention's.</summary>
    public static ValkeyNames For(ValkeyCacheProps props)
    {
        var stem = Stem(props);
        var id = props.ReplicationGroupId ?? stem;
        var what = $"{props.ProjectName} ({props.Environment})";
        return new ValkeyNames(
            id,
            props.SubnetGroupName ?? $"{stem}-subnets",
            props.SecurityGroupName ?? $"{stem}-sg",
            props.ReplicationGroupDescription ?? $"Valkey cache of {what}",
            props.SubnetGroupDescription ?? $"Private subnets of the Valkey cache of {what}",
            props.SecurityGroupDescription ?? $"Valkey cache of {what}: ECS tasks only",
            props.FinalSnapshotIdentifier ?? $"{id}-final");
    }
}
