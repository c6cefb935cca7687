using Constructs;

using Valkey.Cdktf.Validation;

namespace Valkey.Cdktf;

/// <summary>
/// An ElastiCache global datastore (<c>aws_elasticache_global_replication_group</c>): the <see cref="ValkeyGlobalDatastoreProps.Primary"/>
/// replication group replicated to secondary replication groups in up to two other regions, each in its own stack
/// (<see cref="AddSecondary"/>). The datastore takes the engine, version, node type and encryption of its primary; a secondary
/// inherits them when it joins (ElastiCache User Guide, Prerequisites and limitations of global datastores,
/// https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastores-Getting-Started.html).
/// <para>
/// Its Terraform address is that of its primary's resources: <c>aws_elasticache_global_replication_group.{primary's construct id}</c>.
/// </para>
/// </summary>
public sealed class ValkeyGlobalDatastore : Construct
{
    /// <summary>Creates the datastore; its rules (<see cref="GlobalDatastores.DatastoreProblems"/>) are checked first.</summary>
    /// <param name="scope">The primary's stack (or a construct in it).</param>
    /// <param name="id">The construct id.</param>
    /// <param name="props">The primary and the datastore's name.</param>
    public ValkeyGlobalDatastore(Construct scope, string id, ValkeyGlobalDatastoreProps props)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        var problems = GlobalDatastores.DatastoreProblems(props.Primary.Props, props.IdSuffix).ToList();
        if (problems.Count > 0) throw new ValkeyConfigurationException(Node.Path, problems);
        Primary = props.Primary;
        var topology = CacheTopology.Of(props.Primary.Props);
        GlobalReplicationGroup = new ElasticacheGlobalReplicationGroup(this, "global_replication_group", new ElasticacheGlobalReplicationGroupConfig
        {
            GlobalReplicationGroupIdSuffix = TerraformLiteral.Escape(props.IdSuffix),
            GlobalReplicationGroupDescription = TerraformLiteral.Escape(props.Description ?? $"Global datastore of {props.Primary.Names.ReplicationGroupId}"),
            // A reference, not the id as text: Terraform creates the primary first. The engine is not written: the datastore
            // takes its primary's (CreateGlobalReplicationGroup has no engine parameter), so it is a Valkey datastore because
            // its primary is one. hashicorp/aws 6.x has an optional engine argument; 5.100.0, which the offline rehearsal
            // runs, only a computed one, so writing it would not plan there.
            PrimaryReplicationGroupId = props.Primary.ReplicationGroup!.Id,
            // Once the primary is in the datastore, its node type and version are the datastore's: a change of either goes to
            // every member through ModifyGlobalReplicationGroup (API Reference: CacheNodeType, "a valid cache node type that you
            // want to scale this Global datastore to"; EngineVersion), which the provider sends for these two arguments
            // (global_replication_group.go, its update). Written as the primary has them, they change nothing at creation
            // (the datastore inherits both: CreateGlobalReplicationGroup), and a later change of the environment file reaches the
            // datastore. The primary's own replication group leaves them alone from then on (below): the provider already
            // ignores a member's engine_version (replication_group.go, suppressDiffIfBelongsToGlobalReplicationGroup), but not
            // its node_type, which would go to ModifyReplicationGroup of the one member as well. Whether AWS refuses a member's
            // own node type change is not documented on the pages read; the datastore's call is the documented one.
            // A cluster-mode datastore's shard count is its own in the same way (IncreaseNodeGroupsInGlobalReplicationGroup and
            // DecreaseNodeGroupsInGlobalReplicationGroup, which the provider sends for num_node_groups).
            CacheNodeType = TerraformLiteral.Escape(props.Primary.Props.NodeType),
            EngineVersion = TerraformLiteral.Escape(props.Primary.Props.EngineVersion),
            NumNodeGroups = topology.ClusterMode ? topology.Shards : null,
        });
        GlobalReplicationGroup.OverrideLogicalId(props.Primary.Node.Id);
        props.Primary.IgnoreChangesOf(topology.ClusterMode ? ["node_type", "engine_version", "num_node_groups"] : ["node_type", "engine_version"]);
    }

    /// <summary>The primary.</summary>
    public ValkeyCache Primary { get; }

    /// <summary>The <c>aws_elasticache_global_replication_group</c>.</summary>
    public ElasticacheGlobalReplicationGroup GlobalReplicationGroup { get; }

    /// <summary>The datastore's id (AWS's prefix and the suffix), known once it exists: a reference.</summary>
    public string GlobalReplicationGroupId => GlobalReplicationGroup.GlobalReplicationGroupId;

    /// <summary>
    /// Makes <paramref name="secondary"/> (a replication group in another region's stack) join the datastore: its
    /// <c>global_replication_group_id</c> becomes a reference to this datastore's id, which CDKTF carries across stacks (an output
    /// here, a <c>terraform_remote_state</c> there, and a dependency, so <c>cdktf deploy</c> deploys the primary first). The pair's
    /// rules (<see cref="GlobalDatastores.SecondaryProblems"/>) are checked first.
    /// </summary>
    /// <exception cref="ValkeyConfigurationException">The secondary breaks one of AWS's rules for a global datastore.</exception>
    public void AddSecondary(ValkeyCache secondary)
    {
        ArgumentNullException.ThrowIfNull(secondary);
        var problems = GlobalDatastores.MemberProblems(secondary.Props).Concat(GlobalDatastores.SecondaryProblems(Primary.Props, secondary.Props)).ToList();
        if (problems.Count > 0) throw new ValkeyConfigurationException(secondary.Node.Path, problems);
        var rg = secondary.ReplicationGroup!;
        rg.GlobalReplicationGroupId = GlobalReplicationGroupId;
        // What a secondary inherits from the datastore is not written: the provider refuses each of these beside
        // global_replication_group_id (replication_group.go, its ConflictsWith: num_node_groups, parameter_group_name, engine,
        // engine_version, node_type, transit_encryption_enabled and _mode, at_rest_encryption_enabled, snapshot_name; 5.100.0
        // refuses parameter_group_name too, rehearsed), and its Create sends neither automatic failover nor TLS then. The
        // cluster mode is the datastore's as well. The rules above made sure the secondary's props say what it inherits.
        rg.ResetNumNodeGroups();
        rg.ResetClusterMode();
        rg.ResetParameterGroupName();
        rg.ResetEngine();
        rg.ResetEngineVersion();
        rg.ResetNodeType();
        rg.ResetTransitEncryptionEnabled();
        rg.ResetTransitEncryptionMode();
        rg.ResetAtRestEncryptionEnabled();
        rg.ResetSnapshotName();
        // Its engine is the datastore's, but hashicorp/aws 5.x defaults the argument to redis, so every plan after the
        // secondary is made reads "valkey" -> "redis" and replaces it (hashicorp/terraform-provider-aws#40786 on 5.81, #42592
        // on 5.97; found here by the deploy rehearsal on 5.100.0), and writing engine is refused beside
        // global_replication_group_id. Terraform compares it no more once the secondary exists: the create sends no engine
        // for a secondary anyway (replication_group.go). Newer provider code skips that replacement for a member (its
        // customizeDiffEngineForceNewOnDowngrade); in which release that came was not confirmed, so the stack ignores it on
        // every provider.
        secondary.IgnoreChangesOf("engine");
        // The primary's stack deploys first: CDKTF adds the dependency for the reference itself; said here, where it is needed.
        if (TerraformStack.Of(secondary) is var stack && !ReferenceEquals(stack, TerraformStack.Of(this)))
        {
            stack.AddDependency(TerraformStack.Of(this));
        }
    }
}
