using Constructs;
using HashiCorp.Cdktf;
using HashiCorp.Cdktf.Providers.Aws.ElasticacheReplicationGroup;
using HashiCorp.Cdktf.Providers.Aws.ElasticacheSubnetGroup;
using HashiCorp.Cdktf.Providers.Aws.SecurityGroup;

namespace Valkey.Cdktf;

/// <summary>
/// An AWS ElastiCache Valkey replication group for ECS services: the replication group, its
/// subnet group over the private subnets, and a security group that lets only the ECS
/// tasks' security group in, on the Valkey port.
/// <para>
/// Terraform addresses are a public contract: with construct id <c>valkey</c> they are
/// <c>aws_elasticache_replication_group.valkey</c>, <c>aws_elasticache_subnet_group.valkey</c>
/// and <c>aws_security_group.valkey</c>. Changing the id changes the addresses.
/// </para>
/// </summary>
public sealed class ValkeyCache : Construct
{
    /// <summary>
    /// Creates the cache. Every rule of <see cref="ValkeyCacheRules"/> is checked first; all
    /// problems are thrown together in one <see cref="ValkeyConfigurationException"/>.
    /// </summary>
    /// <param name="scope">The stack (or construct) the cache belongs to.</param>
    /// <param name="id">The construct id, also the Terraform resource name of the three resources.</param>
    /// <param name="props">The module's variables.</param>
    public ValkeyCache(Construct scope, string id, ValkeyCacheProps props)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        var problems = new List<ConfigurationProblem>();
        if (!Identifiers.IsTerraformName(id))
        {
            problems.Add(ConfigurationProblem.For("(construct id)", id, Identifiers.TerraformNameExpected));
        }
        problems.AddRange(ValkeyCacheRules.Check(props));
        if (problems.Count > 0) throw new ValkeyConfigurationException(Node.Path, problems);

        Props = props;
        Names = ValkeyNames.For(props);
        var multiAz = props.NumCacheNodes >= 2;

        SubnetGroup = new ElasticacheSubnetGroup(this, "subnet_group", new ElasticacheSubnetGroupConfig
        {
            Name = L(Names.SubnetGroupName),
            Description = L(Names.SubnetGroupDescription),
            SubnetIds = [.. props.PrivateSubnetIds.Select(L)],
            Tags = TagsNamed(props, Names.SubnetGroupName),
        });
        SubnetGroup.OverrideLogicalId(id);

        SecurityGroup = new SecurityGroup(this, "security_group", new SecurityGroupConfig
        {
            Name = L(Names.SecurityGroupName),
            Description = L(Names.SecurityGroupDescription),
            VpcId = L(props.VpcId),
            // Inline, as the module writes it: the group's only ingress. Every attribute is
            // set because Terraform's JSON syntax has no defaults for inline rule objects.
            Ingress = new[]
            {
                new SecurityGroupIngress
                {
                    Description = "Valkey from the ECS tasks security group",
                    Protocol = "tcp",
                    FromPort = props.Port,
                    ToPort = props.Port,
                    SecurityGroups = [L(props.EcsSecurityGroupId)],
                    CidrBlocks = [],
                    Ipv6CidrBlocks = [],
                    PrefixListIds = [],
                    SelfAttribute = false,
                },
            },
            // Egress is left unmanaged (the module sets none): the cache only answers connections,
            // and security groups are stateful.
            Tags = TagsNamed(props, Names.SecurityGroupName),
        });
        SecurityGroup.OverrideLogicalId(id);

        ReplicationGroup = new ElasticacheReplicationGroup(this, "replication_group", new ElasticacheReplicationGroupConfig
        {
            ReplicationGroupId = L(Names.ReplicationGroupId),
            Description = L(Names.ReplicationGroupDescription),
            Engine = "valkey",
            EngineVersion = L(props.EngineVersion),
            NodeType = L(props.NodeType),
            NumCacheClusters = props.NumCacheNodes,
            Port = props.Port,
            ParameterGroupName = L(props.ParameterGroupName),
            SubnetGroupName = SubnetGroup.Name,
            SecurityGroupIds = [SecurityGroup.Id],
            AtRestEncryptionEnabled = props.AtRestEncryptionEnabled ? "true" : "false",
            TransitEncryptionEnabled = props.TransitEncryptionEnabled,
            AutomaticFailoverEnabled = multiAz,
            MultiAzEnabled = multiAz,
            MaintenanceWindow = LOrNull(props.MaintenanceWindow),
            SnapshotRetentionLimit = props.SnapshotRetentionLimit,
            SnapshotWindow = LOrNull(props.SnapshotWindow),
            FinalSnapshotIdentifier = L(Names.FinalSnapshotIdentifier),
            SnapshotName = LOrNull(props.SnapshotName),
            Tags = TagsNamed(props, Names.ReplicationGroupId),
            Lifecycle = new TerraformResourceLifecycle { PreventDestroy = props.PreventDestroy },
        });
        ReplicationGroup.OverrideLogicalId(id);
    }

    /// <summary>The inputs, after defaults.</summary>
    public ValkeyCacheProps Props { get; }

    /// <summary>The AWS names the cache's resources get.</summary>
    public ValkeyNames Names { get; }

    /// <summary>The <c>aws_elasticache_replication_group</c>.</summary>
    public ElasticacheReplicationGroup ReplicationGroup { get; }

    /// <summary>The <c>aws_elasticache_subnet_group</c>.</summary>
    public ElasticacheSubnetGroup SubnetGroup { get; }

    /// <summary>The <c>aws_security_group</c>.</summary>
    public SecurityGroup SecurityGroup { get; }

    /// <summary>The environment's tags with a <c>Name</c> tag; a <c>Name</c> in the environment's tags wins.</summary>
    /// <remarks>Keys and values are escaped: Terraform evaluates both as templates.</remarks>
    private static SortedDictionary<string, string> TagsNamed(ValkeyCacheProps props, string name)
    {
        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["Name"] = name };
        foreach (var (key, value) in props.Tags) tags[key] = value;
        var escaped = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in tags) escaped[L(key)] = L(value);
        return escaped;
    }

    /// <summary>Every string from the props goes through here into Terraform: a literal, whatever it holds.</summary>
    private static string L(string text) => TerraformLiteral.Escape(text);

    private static string? LOrNull(string? text) => text is null ? null : TerraformLiteral.Escape(text);
}
