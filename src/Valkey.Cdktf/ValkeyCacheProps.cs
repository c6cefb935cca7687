namespace Valkey.Cdktf;

/// <summary>
/// Inputs of <see cref="ValkeyCache"/>: the variables of the Terraform module it replaces,
/// with the same names (in snake_case in environment files), meaning and defaults.
/// </summary>
public sealed record ValkeyCacheProps
{
    /// <summary>Default of <see cref="NodeType"/>.</summary>
    public const string DefaultNodeType = "cache.t3.micro";
    /// <summary>Default of <see cref="NumCacheNodes"/>.</summary>
    public const int DefaultNumCacheNodes = 2;

    /// <summary>Default of <see cref="ReplicasPerNodeGroup"/> in cluster mode: a replica in every shard, so a shard survives its primary.</summary>
    public const int DefaultReplicasPerNodeGroup = 1;
    /// <summary>Default of <see cref="EngineVersion"/>.</summary>
    public const string DefaultEngineVersion = "8.0";
    /// <summary>Default of <see cref="Port"/>.</summary>
    public const int DefaultPort = 6379;

    /// <summary><c>prefix</c>: first part of every resource name (<c>{prefix}-{environment}-valkey</c>).</summary>
    public required string Prefix { get; init; }

    /// <summary><c>project_name</c>: the project the cache serves; used in descriptions.</summary>
    public required string ProjectName { get; init; }

    /// <summary><c>vpc_id</c>: the VPC of the security group (<c>vpc-…</c>).</summary>
    public required string VpcId { get; init; }

    /// <summary><c>private_subnet_ids</c>: the subnets of the subnet group (<c>subnet-…</c>).</summary>
    public required IReadOnlyList<string> PrivateSubnetIds { get; init; }

    /// <summary><c>ecs_security_group_id</c>: the ECS tasks' security group, the only source allowed in (<c>sg-…</c>).</summary>
    public required string EcsSecurityGroupId { get; init; }

    /// <summary><c>environment</c>: the environment's name, second part of every resource name.</summary>
    public required string Environment { get; init; }

    /// <summary><c>node_type</c>: the node instance type. Omitted: <c>cache.t3.micro</c>.</summary>
    public string NodeType { get; init; } = DefaultNodeType;

    /// <summary>
    /// <c>num_cache_nodes</c>: nodes in the replication group, one primary and the rest replicas (cluster mode disabled).
    /// With 2 or more, automatic failover and Multi-AZ are on; with 1 they are off. Not with <see cref="NumNodeGroups"/>.
    /// Omitted: 2 without <see cref="NumNodeGroups"/>.
    /// </summary>
    public int? NumCacheNodes { get; init; }

    /// <summary>
    /// <c>num_node_groups</c>: shards, which turns cluster mode on (<c>cluster_mode = "enabled"</c>): the keys are spread over
    /// the shards, each a primary with <see cref="ReplicasPerNodeGroup"/> replicas. Not with <see cref="NumCacheNodes"/>.
    /// Omitted: none (cluster mode disabled).
    /// </summary>
    public int? NumNodeGroups { get; init; }

    /// <summary>
    /// <c>replicas_per_node_group</c>: replicas in each shard, with <see cref="NumNodeGroups"/>. With 1 or more, automatic failover
    /// and Multi-AZ are on. Omitted: 1 (<see cref="DefaultReplicasPerNodeGroup"/>).
    /// </summary>
    public int? ReplicasPerNodeGroup { get; init; }

    /// <summary><c>engine_version</c>: the Valkey major.minor version. Omitted: <c>8.0</c>.</summary>
    public string EngineVersion { get; init; } = DefaultEngineVersion;

    /// <summary><c>port</c>: the port Valkey listens on and the security group opens. Omitted: 6379.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>
    /// <c>parameter_group_name</c>: an existing ElastiCache parameter group. Not with <see cref="Parameters"/>. Omitted: the
    /// group <see cref="Parameters"/> makes, else the engine's default group (<c>default.valkey8</c> for 8.x).
    /// </summary>
    public string? ParameterGroupName { get; init; }

    /// <summary>
    /// <c>parameters</c>: Valkey parameters (name → value) for a parameter group the stack creates, of the engine's family
    /// (<c>valkey8</c> for 8.x), named after its family and content and created before the old one is destroyed, so a change
    /// of a parameter or of the engine's major version updates the replication group in place. Not with
    /// <see cref="ParameterGroupName"/>. Omitted: none (the default group).
    /// </summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// <c>users</c>: users the stack creates (engine <c>valkey</c>) in a user group of its own, attached to the cache: role-based
    /// access control. Needs <see cref="TransitEncryptionEnabled"/>; not with <see cref="AuthTokenSecretId"/> or
    /// <see cref="UserGroupIds"/>. Omitted: none.
    /// </summary>
    public IReadOnlyList<ValkeyUser> Users { get; init; } = [];

    /// <summary><c>at_rest_encryption_enabled</c>: encrypt data at rest. Omitted: true.</summary>
    public bool AtRestEncryptionEnabled { get; init; } = true;

    /// <summary><c>transit_encryption_enabled</c>: TLS between clients and nodes. Omitted: false, as in the module.</summary>
    public bool TransitEncryptionEnabled { get; init; }

    /// <summary>
    /// <c>transit_encryption_mode</c>: with TLS on, <c>required</c> (TLS connections only) or <c>preferred</c> (TLS and
    /// plain connections both). An existing cache turns TLS on in two deploys: <c>preferred</c> with
    /// <see cref="TransitEncryptionEnabled"/>, then <c>required</c> once every client uses TLS (AWS accepts no other
    /// order). Omitted: <c>required</c> when TLS is on; nothing when it is off.
    /// </summary>
    public string? TransitEncryptionMode { get; init; }

    /// <summary>Default of <see cref="TransitEncryptionMode"/> with TLS on.</summary>
    public const string DefaultTransitEncryptionMode = "required";

    /// <summary><c>maintenance_window</c>: weekly window, <c>ddd:hh24:mi-ddd:hh24:mi</c> (UTC). Omitted: AWS picks one.</summary>
    public string? MaintenanceWindow { get; init; }

    /// <summary><c>snapshot_retention_limit</c>: days automatic snapshots are kept (0 turns them off). Omitted: AWS's default, 0.</summary>
    public int? SnapshotRetentionLimit { get; init; }

    /// <summary><c>snapshot_window</c>: daily snapshot window, <c>hh24:mi-hh24:mi</c> (UTC). Omitted: AWS picks one.</summary>
    public string? SnapshotWindow { get; init; }

    /// <summary><c>tags</c>: tags on every resource that takes tags, beside a <c>Name</c> tag. Omitted: none but <c>Name</c>.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    // ----- Adoption of existing resources and data protection (not variables of the module) -----

    /// <summary>
    /// <c>replication_group_id</c>: the replication group's id, to adopt an existing group whose id
    /// does not follow the convention. Changing it replaces the group. Omitted: <c>{prefix}-{environment}-valkey</c>.
    /// </summary>
    public string? ReplicationGroupId { get; init; }

    /// <summary><c>replication_group_description</c>. Omitted: <c>Valkey cache of {project_name} ({environment})</c>.</summary>
    public string? ReplicationGroupDescription { get; init; }

    /// <summary>
    /// <c>subnet_group_name</c>: the subnet group's name, to adopt an existing one. Changing it replaces
    /// the subnet group and the replication group. Omitted: <c>{prefix}-{environment}-valkey-subnets</c>.
    /// </summary>
    public string? SubnetGroupName { get; init; }

    /// <summary><c>subnet_group_description</c>. Omitted: <c>Private subnets of the Valkey cache of {project_name} ({environment})</c>.</summary>
    public string? SubnetGroupDescription { get; init; }

    /// <summary>
    /// <c>security_group_name</c>: the security group's name, to adopt an existing one. Changing it
    /// replaces the security group. Omitted: <c>{prefix}-{environment}-valkey-sg</c>.
    /// </summary>
    public string? SecurityGroupName { get; init; }

    /// <summary>
    /// <c>security_group_description</c>: to adopt an existing group (EC2 cannot change a group's
    /// description, so a different one replaces the group). Omitted: <c>Valkey cache of {project_name} ({environment}): ECS tasks only</c>.
    /// </summary>
    public string? SecurityGroupDescription { get; init; }

    /// <summary>
    /// <c>prevent_destroy</c>: Terraform refuses any plan that destroys the replication group
    /// (<c>lifecycle.prevent_destroy</c>). Omitted: true.
    /// </summary>
    public bool PreventDestroy { get; init; } = true;

    /// <summary>
    /// <c>final_snapshot_identifier</c>: the snapshot ElastiCache takes when the replication group is
    /// deleted, so a deliberate destroy keeps the data. Omitted: <c>{replication group id}-final</c>.
    /// </summary>
    public string? FinalSnapshotIdentifier { get; init; }

    // ----- Production settings: alarms, logs, upgrades, encryption key -----

    /// <summary>Default of <see cref="AlarmEngineCpuPercent"/>: the module documentation's CPU alarm.</summary>
    public const double DefaultAlarmEngineCpuPercent = 80;
    /// <summary>Default of <see cref="AlarmMemoryPercent"/>: the module documentation's memory alarm.</summary>
    public const double DefaultAlarmMemoryPercent = 85;
    /// <summary>Default of <see cref="AlarmCacheHitRatePercent"/>: the module documentation's hit-rate alarm.</summary>
    public const double DefaultAlarmCacheHitRatePercent = 90;
    /// <summary>
    /// Default of <see cref="AlarmCacheHitRateMinLookups"/>: this project's choice (neither AWS nor the module documentation
    /// gives one), a lookup every 0.6 s, below which a minute's rate says little.
    /// </summary>
    public const int DefaultAlarmCacheHitRateMinLookups = 100;
    /// <summary>Default of <see cref="AlarmMaxConnections"/>: far below ElastiCache's hard limit of 65,000, early enough to catch a connection leak.</summary>
    public const int DefaultAlarmMaxConnections = 5000;
    /// <summary>Default of <see cref="AlarmReplicationLagSeconds"/>.</summary>
    public const int DefaultAlarmReplicationLagSeconds = 30;

    /// <summary>The default of <see cref="AlarmCpuCreditBalance"/>, in CPU credits.</summary>
    public const int DefaultAlarmCpuCreditBalance = 5;
    /// <summary>Default of <see cref="LogRetentionDays"/>.</summary>
    public const int DefaultLogRetentionDays = 30;

    /// <summary>
    /// <c>alarms_enabled</c>: CloudWatch alarms on every member cluster (engine CPU, host CPU, memory,
    /// cache hit rate, connections, replication lag). Omitted: true.
    /// </summary>
    public bool AlarmsEnabled { get; init; } = true;

    /// <summary><c>alarm_engine_cpu_percent</c>: EngineCPUUtilization above this for 5 minutes alarms. Omitted: 80.</summary>
    public double AlarmEngineCpuPercent { get; init; } = DefaultAlarmEngineCpuPercent;

    /// <summary>
    /// <c>alarm_host_cpu_percent</c>: CPUUtilization (the host's) above this for 5 minutes alarms. Omitted: on nodes of 2 vCPUs
    /// or fewer, 90 divided by the vCPUs (45 on 2), from the repository's node type table; on larger nodes no host CPU alarm
    /// (the engine CPU alarm watches the CPU there); a node type the table lacks requires it.
    /// </summary>
    public double? AlarmHostCpuPercent { get; init; }

    /// <summary><c>alarm_memory_percent</c>: DatabaseMemoryUsagePercentage above this for 5 minutes alarms. Omitted: 85.</summary>
    public double AlarmMemoryPercent { get; init; } = DefaultAlarmMemoryPercent;

    /// <summary>
    /// <c>alarm_cache_hit_rate_percent</c>: the hit rate (a percentage, 0 to 100: CacheHits over CacheHits and CacheMisses,
    /// per member) below this for 15 minutes alarms; a minute of fewer than <see cref="AlarmCacheHitRateMinLookups"/>
    /// lookups, or of no data, is not below. Omitted: 90.
    /// </summary>
    public double AlarmCacheHitRatePercent { get; init; } = DefaultAlarmCacheHitRatePercent;

    /// <summary>
    /// <c>alarm_cache_hit_rate_min_lookups</c>: the key lookups (hits and misses) a member must serve in a minute for the
    /// minute's hit rate to count, so that a replica no client reads from and an idle cache do not alarm. Omitted: 100.
    /// </summary>
    public int AlarmCacheHitRateMinLookups { get; init; } = DefaultAlarmCacheHitRateMinLookups;

    /// <summary><c>alarm_max_connections</c>: CurrConnections above this for 10 minutes alarms. Omitted: 5,000.</summary>
    public int AlarmMaxConnections { get; init; } = DefaultAlarmMaxConnections;

    /// <summary><c>alarm_replication_lag_seconds</c>: ReplicationLag above this for 15 minutes alarms (only replicas report it). Omitted: 30.</summary>
    public int AlarmReplicationLagSeconds { get; init; } = DefaultAlarmReplicationLagSeconds;

    /// <summary>
    /// <c>alarm_authentication_failures</c>: AuthenticationFailures above this in each of 5 minutes alarms; the alarm exists only
    /// with <see cref="AuthTokenSecretId"/> or <see cref="UserGroupIds"/>. Omitted: 0 (failures that go on for 5 minutes).
    /// </summary>
    public int AlarmAuthenticationFailures { get; init; }

    /// <summary>
    /// <c>alarm_evictions</c>: Evictions above this in each of 5 minutes alarms (keys dropped for lack of memory, not
    /// expired). Omitted: 0 (evictions that go on for 5 minutes).
    /// </summary>
    public int AlarmEvictions { get; init; }

    /// <summary>
    /// <c>alarm_cpu_credit_balance</c>: on burstable <c>cache.t*</c> nodes only, CPUCreditBalance below this for 15 minutes
    /// alarms. Omitted: 5 credits (<see cref="DefaultAlarmCpuCreditBalance"/>).
    /// </summary>
    public int AlarmCpuCreditBalance { get; init; } = DefaultAlarmCpuCreditBalance;

    /// <summary><c>alarm_actions</c>: SNS topic ARNs notified when an alarm fires. Omitted: none (the alarms still show in CloudWatch).</summary>
    public IReadOnlyList<string> AlarmActions { get; init; } = [];

    /// <summary><c>ok_actions</c>: SNS topic ARNs notified when an alarm clears. Omitted: none.</summary>
    public IReadOnlyList<string> OkActions { get; init; } = [];

    /// <summary><c>notification_topic_arn</c>: an SNS topic for ElastiCache's own events (failover, node replacement). Omitted: none.</summary>
    public string? NotificationTopicArn { get; init; }

    /// <summary>
    /// <c>log_delivery_enabled</c>: the slow log and the engine log, in JSON, each to a CloudWatch Logs group the stack
    /// creates (<c>/aws/elasticache/{replication group id}/slow-log</c>, <c>/engine-log</c>). Omitted: true.
    /// </summary>
    public bool LogDeliveryEnabled { get; init; } = true;

    /// <summary><c>log_retention_days</c>: days the log groups keep events (a value CloudWatch Logs accepts). Omitted: 30.</summary>
    public int LogRetentionDays { get; init; } = DefaultLogRetentionDays;

    /// <summary>
    /// <c>log_kms_key_id</c>: a customer-managed KMS key ARN the slow-log and engine-log groups are encrypted with (needs
    /// <see cref="LogDeliveryEnabled"/>). CloudWatch Logs must be allowed to use the key. Omitted: CloudWatch Logs' own encryption.
    /// </summary>
    public string? LogKmsKeyId { get; init; }

    /// <summary><c>auto_minor_version_upgrade</c>: ElastiCache applies minor engine upgrades in the maintenance window. Omitted: true (written explicitly).</summary>
    public bool AutoMinorVersionUpgrade { get; init; } = true;

    /// <summary><c>apply_immediately</c>: changes apply at once instead of in the next maintenance window. Omitted: false.</summary>
    public bool ApplyImmediately { get; init; }

    /// <summary>
    /// <c>kms_key_id</c>: a customer-managed KMS key ARN for encryption at rest (needs at_rest_encryption_enabled).
    /// Setting or changing it replaces the replication group. Omitted: the AWS-managed key.
    /// </summary>
    public string? KmsKeyId { get; init; }

    // ----- Access control -----

    /// <summary>Default of <see cref="AuthTokenUpdateStrategy"/> when a token is set.</summary>
    public const string DefaultAuthTokenUpdateStrategy = "ROTATE";

    /// <summary>
    /// <c>auth_token_secret_id</c>: a Secrets Manager secret (name or ARN) whose current value is the AUTH token. It is read
    /// at plan time by a data source, so the token never appears in the synthesized files. Needs
    /// <see cref="TransitEncryptionEnabled"/>. Omitted: no token.
    /// </summary>
    public string? AuthTokenSecretId { get; init; }

    /// <summary>
    /// <c>auth_token_update_strategy</c>: how a changed token is applied: <c>ROTATE</c> (old and new both accepted until the
    /// next change), <c>SET</c> (only the new one), <c>DELETE</c> (remove the token). Only with a token. Omitted: ROTATE, so
    /// clients with the old token keep working while they are redeployed.
    /// </summary>
    public string? AuthTokenUpdateStrategy { get; init; }

    /// <summary>
    /// <c>user_group_ids</c>: ElastiCache user groups for role-based access control, instead of a token (never both).
    /// Needs <see cref="TransitEncryptionEnabled"/>. Omitted: none.
    /// </summary>
    public IReadOnlyList<string> UserGroupIds { get; init; } = [];

    /// <summary>
    /// <c>snapshot_name</c>: create the replication group from this snapshot (a restore). Setting or
    /// changing it on an existing group replaces the group. Omitted: an empty cache.
    /// </summary>
    public string? SnapshotName { get; init; }
}
