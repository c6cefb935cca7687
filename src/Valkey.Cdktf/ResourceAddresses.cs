namespace Valkey.Cdktf;

/// <summary>
/// The Terraform addresses of a <see cref="ValkeyCache"/>'s resources: a public
/// contract, since an address that changes makes Terraform destroy and recreate.
/// </summary>
/// <param name="Name">The resource name, which is the cache's construct id.</param>
public sealed record ResourceAddresses(string Name)
{
    /// <summary>Resource type of the replication group.</summary>
    public const string ReplicationGroupType = "aws_elasticache_replication_group";

    /// <summary>The Terraform type of a serverless cache (in place of the replication group).</summary>
    public const string ServerlessCacheType = "aws_elasticache_serverless_cache";

    /// <summary>The Terraform type of a global datastore (<see cref="ValkeyGlobalDatastore"/>), in its primary's stack.</summary>
    public const string GlobalReplicationGroupType = "aws_elasticache_global_replication_group";

    /// <summary>Resource type of the subnet group.</summary>
    public const string SubnetGroupType = "aws_elasticache_subnet_group";

    /// <summary>Resource type of the security group.</summary>
    public const string SecurityGroupType = "aws_security_group";

    /// <summary><c>aws_elasticache_replication_group.&lt;name&gt;</c></summary>
    public string ReplicationGroup => $"{ReplicationGroupType}.{Name}";

    /// <summary><c>aws_elasticache_subnet_group.&lt;name&gt;</c></summary>
    public string SubnetGroup => $"{SubnetGroupType}.{Name}";

    /// <summary><c>aws_security_group.&lt;name&gt;</c></summary>
    public string SecurityGroup => $"{SecurityGroupType}.{Name}";

    /// <summary>All three, in this order: replication group, subnet group, security group.</summary>
    public IReadOnlyList<string> All => [ReplicationGroup, SubnetGroup, SecurityGroup];
}
