using Valkey.Cdktf.Settings;
using static Valkey.Cdktf.Settings.SettingGroup;

namespace Valkey.Cdktf;

/// <summary>
/// Inputs of <see cref="ValkeyCache"/>: the variables of the Terraform module it replaces, with the same names (in
/// snake_case in environment files), meaning and defaults, and the settings this project adds. Each property is the one
/// declaration of its setting: its name (the property's, in snake_case), its JSON kind (its type), whether it is required,
/// its default (the property's initial value, or its <c>value</c> documentation when the construct computes it), its
/// documentation (this XML documentation, from which <c>./build.sh docs</c> writes the README's tables) and its group and
/// examples (<see cref="SettingAttribute"/>).
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
    /// <summary>Default of <see cref="TransitEncryptionMode"/> with TLS on.</summary>
    public const TransitEncryptionMode DefaultTransitEncryptionMode = Valkey.Cdktf.TransitEncryptionMode.Required;
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
    /// <summary>Default of <see cref="AuthTokenUpdateStrategy"/> when a token is set.</summary>
    public const AuthTokenUpdateStrategy DefaultAuthTokenUpdateStrategy = Valkey.Cdktf.AuthTokenUpdateStrategy.Rotate;

    // What a name reaches when every named resource exists: a parameter group, a user with a password, its user group.
    private const string Everything = """
        {"parameters": {"timeout": "300"}, "transit_encryption_enabled": true,
         "users": [{"user_name": "app", "authentication": {"password_secret_ids": ["valkey/app"]}}]}
        """;

    // ----- The module's variables -----

    /// <summary>
    /// first part of every name (<c>{prefix}-{environment}-valkey</c>): letters, digits and single hyphens, starting with a
    /// letter
    /// </summary>
    [Setting(Module, Examples = ["\"acme2\""], Base = Everything)]
    public required string Prefix { get; init; }

    /// <summary>
    /// the project; used in descriptions, so ASCII letters, digits, spaces and <c>._-:/()#,@[]+=&amp;;{}!$*</c> (EC2's rule for
    /// the security group's description)
    /// </summary>
    [Setting(Module, Examples = ["\"Shop two\""])]
    public required string ProjectName { get; init; }

    /// <summary>VPC of the security group (<c>vpc-…</c>)</summary>
    [Setting(Module, Examples = ["\"vpc-0d4e5f6a\""])]
    public required string VpcId { get; init; }

    /// <summary>
    /// subnets of the subnet group (<c>subnet-…</c>), each once; two or more in different zones when <see cref="NumCacheNodes"/>
    /// is 2 or more (Multi-AZ)
    /// </summary>
    [Setting(Module, Examples = ["[\"subnet-0a1b2c3d\", \"subnet-0c3d4e5f\"]"])]
    public required IReadOnlyList<string> PrivateSubnetIds { get; init; }

    /// <summary>the ECS tasks' security group, the only one let in (<c>sg-…</c>)</summary>
    [Setting(Module, Examples = ["\"sg-0fedcba987654321f\""])]
    public required string EcsSecurityGroupId { get; init; }

    /// <summary>environment name, second part of every name: letters, digits and single hyphens</summary>
    [Setting(Module, Examples = ["\"stg\""], Base = Everything)]
    public required string Environment { get; init; }

    /// <summary>node type, <c>cache.&lt;family&gt;.&lt;size&gt;</c>; not T1, T2, M1, M2, C1 (no longer offered)</summary>
    [Setting(Module, Examples = ["\"cache.r6g.large\""])]
    public string NodeType { get; init; } = DefaultNodeType;

    /// <summary>
    /// nodes: 1 primary + replicas (1 to 6); 2 or more turn automatic failover and Multi-AZ on, 1 turns them off; not with
    /// <see cref="NumNodeGroups"/>
    /// </summary>
    /// <value><see cref="DefaultNumCacheNodes"/> without <see cref="NumNodeGroups"/></value>
    [Setting(Module, Examples = ["3", "1"])]
    public int? NumCacheNodes { get; init; }

    /// <summary>
    /// shards (1 to 500, and at most 500 nodes with their replicas), which turns cluster mode on: keys spread over the shards,
    /// each a primary and <see cref="ReplicasPerNodeGroup"/> replicas; changing it reshards online, in place (the provider's
    /// ModifyReplicationGroupShardConfiguration); not with <see cref="NumCacheNodes"/>, and turning cluster mode on for an
    /// existing cache is refused (<c>APPLY-CLUSTER-MODE</c>). See <a href="docs/environments.md#cluster-mode">Cluster mode</a>
    /// </summary>
    /// <value>none (cluster mode disabled)</value>
    [Setting(Module, Examples = ["2", "3"])]
    public int? NumNodeGroups { get; init; }

    /// <summary>
    /// replicas in each shard (0 to 5), with <see cref="NumNodeGroups"/>; 1 or more turn Multi-AZ on; changing it is in place
    /// (the provider's IncreaseReplicaCount / DecreaseReplicaCount)
    /// </summary>
    /// <value><see cref="DefaultReplicasPerNodeGroup"/> with <see cref="NumNodeGroups"/></value>
    [Setting(Module, Examples = ["2"], Base = "{\"num_node_groups\": 2}")]
    public int? ReplicasPerNodeGroup { get; init; }

    /// <summary>
    /// Valkey version ElastiCache offers (<c>src/Valkey.Cdktf/Validation/ValkeyEngineVersions.cs</c>); an upgrade is in place, a
    /// downgrade <b>replaces the cache</b>
    /// </summary>
    [Setting(Module, Examples = ["\"8.1\"", "\"7.2\""], Base = "{\"parameters\": {\"timeout\": \"300\"}}", Also = ["aws_elasticache_replication_group.engine"])]
    public string EngineVersion { get; init; } = DefaultEngineVersion;

    /// <summary>Valkey port (1 to 65535), and the port the security group opens</summary>
    [Setting(Module, Examples = ["6380"])]
    public int Port { get; init; } = DefaultPort;

    /// <summary>
    /// an existing parameter group; a default group must be of the engine's family (<c>default.valkey8</c> with 8.x); not with
    /// <see cref="Parameters"/>
    /// </summary>
    /// <value>the engine's default group (<c>default.valkey8</c> with 8.x), or the one <see cref="Parameters"/> makes</value>
    [Setting(Module, Examples = ["\"custom-valkey8\""])]
    public string? ParameterGroupName { get; init; }

    /// <summary>
    /// Valkey parameters, name to value as strings (<c>{ "maxmemory-policy": "allkeys-lru", "timeout": "300" }</c>), in a
    /// parameter group the stack creates (<c>aws_elasticache_parameter_group.valkey</c>) of the engine's family (<c>valkey8</c>
    /// with 8.x). Its name ends in a hash of the family and the parameters, and it is created before the old one is destroyed, so
    /// changing a parameter or the engine's major version replaces only the parameter group and updates the cache in place. Each
    /// name must be one the family lets a custom group change, as listed in
    /// <c>src/Valkey.Cdktf/Validation/ValkeyParameters.cs</c> (from AWS's
    /// <a href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ParameterGroups.Engine.html">Engine specific
    /// parameters</a>); an unknown name is refused with the nearest known one, and a name a later minor version brought (the
    /// command log's four with 8.1, <c>search-fanout-target-mode</c> with 8.2) needs that <see cref="EngineVersion"/>. Not with
    /// <see cref="ParameterGroupName"/>
    /// </summary>
    [Setting(Module, Examples = ["{\"timeout\": \"300\"}", "{\"timeout\": \"600\"}"])]
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>encryption at rest</summary>
    [Setting(Module, Examples = ["false"])]
    public bool AtRestEncryptionEnabled { get; init; } = true;

    /// <summary>
    /// TLS in transit. On an existing cache, in two deploys with <see cref="TransitEncryptionMode"/>
    /// (<a href="docs/guard.md#what-aws-refuses-at-apply-though-the-plan-is-clean">rules</a>)
    /// </summary>
    [Setting(Module, Examples = ["true"])]
    public bool TransitEncryptionEnabled { get; init; }

    /// <summary>
    /// <c>required</c> (TLS only) or <c>preferred</c> (TLS and plain connections: the first of the two deploys that turn TLS on
    /// for an existing cache; not with <see cref="UserGroupIds"/>)
    /// </summary>
    /// <value><see cref="DefaultTransitEncryptionMode"/> with TLS on; none with it off</value>
    [Setting(Module, Examples = ["\"preferred\""], Base = "{\"transit_encryption_enabled\": true}")]
    public TransitEncryptionMode? TransitEncryptionMode { get; init; }

    /// <summary><c>ddd:hh24:mi-ddd:hh24:mi</c>, UTC, at least 60 minutes</summary>
    /// <value>AWS's choice</value>
    [Setting(Module, Examples = ["\"sun:05:00-sun:06:00\""])]
    public string? MaintenanceWindow { get; init; }

    /// <summary>days of automatic snapshots (0 to 35)</summary>
    /// <value>AWS's default (0)</value>
    [Setting(Module, Examples = ["7"])]
    public int? SnapshotRetentionLimit { get; init; }

    /// <summary>
    /// <c>hh24:mi-hh24:mi</c>, UTC, at least 60 minutes, not overlapping <see cref="MaintenanceWindow"/> (touching is fine)
    /// </summary>
    /// <value>AWS's choice</value>
    [Setting(Module, Examples = ["\"03:00-04:00\""])]
    public string? SnapshotWindow { get; init; }

    /// <summary>
    /// tags on every resource, beside a <c>Name</c> tag; keys 1 to 128 characters, not <c>aws:</c>, values up to 256; Unicode
    /// letters, digits, spaces and <c>_ . : / = + - @</c> only (what ElastiCache accepts)
    /// </summary>
    [Setting(Module, Examples = ["{\"team\": \"platform\"}"])]
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    // ----- Production settings: alarms, logs, upgrades, encryption keys, access control -----

    /// <summary>CloudWatch alarms on every member cluster</summary>
    [Setting(Production, Examples = ["false"])]
    public bool AlarmsEnabled { get; init; } = true;

    /// <summary>
    /// EngineCPUUtilization above it for 5 of 5 minutes: the module documentation's recommended CPU alarm ("CPU &gt; 80%",
    /// Monitoramento, Alertas Recomendados), on the engine thread that saturates first
    /// </summary>
    [Setting(Production, Examples = ["70"])]
    public double AlarmEngineCpuPercent { get; init; } = DefaultAlarmEngineCpuPercent;

    /// <summary>
    /// CPUUtilization (the host's) above it for 5 of 5 minutes: AWS's guidance, which it gives only for nodes of 2 vCPUs or fewer
    /// (<a href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.WhichShouldIMonitor.html">Which Metrics
    /// Should I Monitor?</a>); on larger nodes the host's CPU also counts the enhanced I/O threads and the engine CPU alarm
    /// carries the CPU alarm, unless this is set. A node type missing from the table in
    /// <c>src/Valkey.Cdktf/Validation/NodeTypes.cs</c> requires it
    /// </summary>
    /// <value>90 ÷ the node type's vCPUs on nodes of 2 vCPUs or fewer (45 on 2); no host CPU alarm on larger nodes</value>
    [Setting(Production, Examples = ["50"])]
    public double? AlarmHostCpuPercent { get; init; }

    /// <summary>
    /// DatabaseMemoryUsagePercentage above it for 5 of 5 minutes: the module documentation's recommended memory alarm ("Memory
    /// &gt; 85%", Alertas Recomendados)
    /// </summary>
    [Setting(Production, Examples = ["75"])]
    public double AlarmMemoryPercent { get; init; } = DefaultAlarmMemoryPercent;

    /// <summary>
    /// the hit rate (a percentage, so 90, not 0.9) below it for 15 of 15 minutes: the module documentation's recommended alarm
    /// ("Cache Hit Rate &lt; 90%", Alertas Recomendados), on each member as metric math over CacheHits and CacheMisses, so that a
    /// minute of few lookups counts as no miss (see <see cref="AlarmCacheHitRateMinLookups"/>); no data is not an alarm
    /// </summary>
    [Setting(Production, Examples = ["80"])]
    public double AlarmCacheHitRatePercent { get; init; } = DefaultAlarmCacheHitRatePercent;

    /// <summary>
    /// key lookups (CacheHits and CacheMisses) a member must serve in a minute for that minute's hit rate to count; below it the
    /// minute counts as a hit rate of 100. ElastiCache computes its metrics per node, so a replica no client reads from, or an
    /// idle cache, would otherwise sit below any threshold for ever. This project's default (AWS gives none); 1 to 100000000
    /// </summary>
    [Setting(Production, Examples = ["200"])]
    public int AlarmCacheHitRateMinLookups { get; init; } = DefaultAlarmCacheHitRateMinLookups;

    /// <summary>
    /// CurrConnections above it for 10 of 10 minutes: this project's choice (the module documentation watches connections without
    /// a threshold), an early warning of a connection leak far below ElastiCache's hard limit of 65,000 a node (1 to 65000)
    /// </summary>
    [Setting(Production, Examples = ["1000"])]
    public int AlarmMaxConnections { get; init; } = DefaultAlarmMaxConnections;

    /// <summary>
    /// ReplicationLag above it for 15 of 15 minutes: this project's choice (the module documentation gives no threshold); only
    /// replicas report it, so no data is not an alarm, and a group of one node gets no such alarm
    /// </summary>
    [Setting(Production, Examples = ["60"])]
    public int AlarmReplicationLagSeconds { get; init; } = DefaultAlarmReplicationLagSeconds;

    /// <summary>
    /// AuthenticationFailures (failed AUTH commands,
    /// <a href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html">Metrics for Valkey and Redis
    /// OSS</a>) above it in each of 5 minutes; only with a token or user groups. AWS gives no threshold: this project's default,
    /// 0, alarms when failures go on for 5 minutes (a client left with an old token after a rotation), not on a single mistyped
    /// one (0 to 100000)
    /// </summary>
    [Setting(Production, Examples = ["5"], Base = "{\"transit_encryption_enabled\": true, \"auth_token_secret_id\": \"valkey/token\"}")]
    public int AlarmAuthenticationFailures { get; init; }

    /// <summary>
    /// Evictions (keys dropped for lack of memory,
    /// <a href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html">Metrics for Valkey and Redis
    /// OSS</a>) above it in each of 5 minutes; the module documentation watches evictions (Monitoramento) without a threshold,
    /// and AWS asks each team to choose its own
    /// (<a href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.WhichShouldIMonitor.html">Which Metrics
    /// Should I Monitor?</a>): this project's default, 0, alarms when evictions go on for 5 minutes, a cache too small for its
    /// data, not a single burst (0 to 10000000)
    /// </summary>
    [Setting(Production, Examples = ["10"])]
    public int AlarmEvictions { get; init; }

    /// <summary>
    /// CPUCreditBalance (the credits a burstable node has earned to run above its baseline CPU,
    /// <a href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.HostLevel.html">Host-Level Metrics</a>)
    /// below it for 15 of 15 minutes; only on <c>cache.t*</c> nodes. AWS gives no threshold: this project's default, 5, is a few
    /// minutes of one vCPU at full speed, so the alarm fires when the node is about to fall back to its baseline (1 to 10000)
    /// </summary>
    [Setting(Production, Examples = ["10"])]
    public int AlarmCpuCreditBalance { get; init; } = DefaultAlarmCpuCreditBalance;

    /// <summary>
    /// SNS topic ARNs (<c>arn:&lt;partition&gt;:sns:&lt;region&gt;:&lt;account&gt;:&lt;name&gt;</c>), in the stack's own region
    /// and partition, notified when an alarm fires; without them the alarms only show in CloudWatch
    /// </summary>
    [Setting(Production, Examples = ["[\"arn:aws:sns:us-east-1:123456789012:alerts\"]"])]
    public IReadOnlyList<string> AlarmActions { get; init; } = [];

    /// <summary>SNS topic ARNs, as <see cref="AlarmActions"/>, notified when an alarm clears</summary>
    [Setting(Production, Examples = ["[\"arn:aws:sns:us-east-1:123456789012:alerts\"]"])]
    public IReadOnlyList<string> OkActions { get; init; } = [];

    /// <summary>SNS topic for ElastiCache's own events (failover, node replacement), in the stack's region and partition</summary>
    /// <value>none</value>
    [Setting(Production, Examples = ["\"arn:aws:sns:us-east-1:123456789012:alerts\""])]
    public string? NotificationTopicArn { get; init; }

    /// <summary>
    /// slow log and engine log, JSON, to two log groups the stack creates; a change applies only immediately
    /// (<see cref="ApplyImmediately"/>)
    /// </summary>
    [Setting(Production, Examples = ["false"])]
    public bool LogDeliveryEnabled { get; init; } = true;

    /// <summary>
    /// retention of both log groups: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922,
    /// 3288 or 3653 (CloudWatch Logs' values)
    /// </summary>
    [Setting(Production, Examples = ["90"])]
    public int LogRetentionDays { get; init; } = DefaultLogRetentionDays;

    /// <summary>
    /// a customer-managed KMS key ARN both log groups are encrypted with (checkov CKV_AWS_158); its key policy must let
    /// <c>logs.&lt;region&gt;.amazonaws.com</c> use it
    /// (<a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html">encrypt-log-data-kms</a>);
    /// needs <see cref="LogDeliveryEnabled"/>
    /// </summary>
    /// <value>CloudWatch Logs' own encryption</value>
    [Setting(Production, Examples = ["\"arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d\""])]
    public string? LogKmsKeyId { get; init; }

    /// <summary>minor engine upgrades in the maintenance window (written explicitly, as AWS's default)</summary>
    [Setting(Production, Examples = ["false"])]
    public bool AutoMinorVersionUpgrade { get; init; } = true;

    /// <summary>
    /// changes at once rather than in the next maintenance window. AWS accepts a change of log delivery only immediately, and the
    /// deploy that adopts the module's cache adds log delivery: so while adopting, immediately, unless the file says otherwise
    /// </summary>
    /// <value><c>true</c> while <c>adoption</c> is set</value>
    [Setting(Production, Examples = ["true"])]
    public bool ApplyImmediately { get; init; }

    /// <summary>
    /// a Secrets Manager secret (name or ARN) holding the AUTH token, read at plan time by
    /// <c>data.aws_secretsmanager_secret_version.valkey_auth_token</c>: the token never appears in <c>cdk.tf.json</c>. Needs
    /// <see cref="TransitEncryptionEnabled"/> (ElastiCache accepts a token only with TLS); the token must be 16 to 128 printable
    /// characters with only <c>! &amp; # $ ^ &lt; &gt; -</c> besides letters and digits (checked at plan time)
    /// </summary>
    /// <value>no token</value>
    [Setting(Production, Examples = ["\"valkey/token\"", "\"valkey/other-token\""], Base = "{\"transit_encryption_enabled\": true}")]
    public string? AuthTokenSecretId { get; init; }

    /// <summary>
    /// with a token, <c>SET</c> or <c>ROTATE</c>: how a changed token is applied; ROTATE accepts the old and the new one until
    /// the next change, so services with the old token keep working while they are redeployed. Without a token, only
    /// <c>DELETE</c>, with <see cref="Users"/> or <see cref="UserGroupIds"/>: the move from a token to users in one deploy, which
    /// needs hashicorp/aws 6.31.0 or later (with the pinned 6.25.0 the move takes three steps: see
    /// <a href="docs/environments.md#users-and-iam-authentication">Users and IAM authentication</a>)
    /// </summary>
    /// <value><see cref="DefaultAuthTokenUpdateStrategy"/> (with a token)</value>
    [Setting(Production, Examples = ["\"SET\""], Base = "{\"transit_encryption_enabled\": true, \"auth_token_secret_id\": \"valkey/token\"}")]
    public AuthTokenUpdateStrategy? AuthTokenUpdateStrategy { get; init; }

    /// <summary>ElastiCache user groups for role-based access control, instead of a token (never both); needs TLS</summary>
    [Setting(Production, Examples = ["[\"app-users\"]"], Base = "{\"transit_encryption_enabled\": true}")]
    public IReadOnlyList<string> UserGroupIds { get; init; } = [];

    /// <summary>
    /// users the stack creates for role-based access control, each <c>{ "user_name", "access_string" (default </c>"on ~*
    /// +@all"<c>), "authentication": "iam" (the default) or { "password_secret_ids": [one or two secrets], "password_version" }
    /// }</c>, in a user group of engine <c>valkey</c> attached to the cache. On CDK Terrain a user has one password secret, sent
    /// write-only when its <c>password_version</c> (default 1) is raised. IAM users need no password (the ECS task role signs a token; the
    /// output <c>valkey_iam_connect_policy</c> is the policy it needs). Needs <see cref="TransitEncryptionEnabled"/> with mode
    /// <c>required</c>; not with <see cref="UserGroupIds"/>. With <see cref="AuthTokenSecretId"/> too, the users and their group
    /// are made but not attached: the first step of moving a token cache to users. See
    /// <a href="docs/environments.md#users-and-iam-authentication">Users and IAM authentication</a>
    /// </summary>
    [Setting(Production, Examples = ["[{\"user_name\": \"app\"}]", "[{\"user_name\": \"app\", \"access_string\": \"on ~app:* +@read\"}]"], Base = "{\"transit_encryption_enabled\": true}")]
    public IReadOnlyList<ValkeyUser> Users { get; init; } = [];

    /// <summary>a customer-managed KMS key ARN for encryption at rest; needs <see cref="AtRestEncryptionEnabled"/></summary>
    /// <value>the AWS-managed key</value>
    [Setting(Production, Examples = ["\"arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d\""])]
    public string? KmsKeyId { get; init; }

    /// <summary>
    /// with <see cref="AuthTokenSecretId"/> on CDK Terrain (<c>VALKEY_TOOLCHAIN=cdktn</c>), where the token is write-only
    /// and kept out of state: its version, which Terraform sends the token again by (the provider's
    /// <c>auth_token_wo_version</c>): raise it with each new token in the secret. On CDKTF the token is read at every plan
    /// and this is not written
    /// </summary>
    // On CDKTF no synthesis writes it: the attribute it answers for on CDK Terrain is declared.
    [Setting(Production, Examples = ["2"], Base = """{"transit_encryption_enabled": true, "auth_token_secret_id": "valkey/token"}""",
        Also = ["aws_elasticache_replication_group.auth_token_wo_version"])]
    public int AuthTokenVersion { get; init; } = 1;

    /// <summary>
    /// data tiering: the nodes keep their least-used data on local SSD, only on <c>cache.r6gd</c> nodes, which AWS
    /// requires it on (<a href="https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateReplicationGroup.html">CreateReplicationGroup</a>,
    /// DataTieringEnabled); changing it goes with a new node family
    /// </summary>
    /// <value><c>true</c> on <c>cache.r6gd</c> nodes; not written on others</value>
    // No example changes it alone: a node family with data tiering requires it true and one without refuses it.
    [Setting(Production, Examples = ["true"], Base = """{"node_type": "cache.r6gd.xlarge", "alarm_host_cpu_percent": 50}""",
        Also = ["aws_elasticache_replication_group.data_tiering_enabled"])]
    public bool? DataTieringEnabled { get; init; }

    /// <summary>
    /// a serverless cache instead of a replication group: <c>{ "max_data_storage_gb", "min_data_storage_gb",
    /// "max_ecpu_per_second", "min_ecpu_per_second", "daily_snapshot_time" }</c>, each optional (<c>{}</c> is a serverless
    /// cache without limits). Needs <see cref="TransitEncryptionEnabled"/> true and <see cref="LogDeliveryEnabled"/> false
    /// (a serverless cache always uses TLS and delivers no logs); the node, shard, port, parameter, window, token and log
    /// settings keep their defaults. Turning an existing cache into a serverless one, or back, <b>replaces it: its data is
    /// lost</b>. See <a href="docs/environments.md#serverless">Serverless</a>
    /// </summary>
    /// <value>none: a replication group</value>
    [Setting(Production, Examples = ["{\"max_data_storage_gb\": 10}", "{\"max_data_storage_gb\": 20, \"max_ecpu_per_second\": 5000}"],
        Base = """{"transit_encryption_enabled": true, "log_delivery_enabled": false}""")]
    public ValkeyServerless? Serverless { get; init; }

    // ----- Data protection -----

    /// <summary>
    /// <c>lifecycle.prevent_destroy</c> on the replication group: Terraform refuses any plan that destroys or replaces it
    /// </summary>
    [Setting(DataProtection, Examples = ["false"])]
    public bool PreventDestroy { get; init; } = true;

    /// <summary>ElastiCache snapshots the data when the group is deleted on purpose</summary>
    /// <value><c>{replication group id}-final</c></value>
    [Setting(DataProtection, Examples = ["\"acme-hml-last\""])]
    public string? FinalSnapshotIdentifier { get; init; }

    /// <summary>creates the group from a snapshot (the documentation's restore, without the CLI)</summary>
    /// <value>none</value>
    [Setting(DataProtection, Examples = ["\"acme-hml-2026-12-01\""])]
    public string? SnapshotName { get; init; }

    // ----- Names that match what exists (adoption) -----

    /// <summary>
    /// the replication group's id, to adopt a group whose id does not follow the convention; also names the log groups and alarms
    /// </summary>
    /// <value><c>{prefix}-{environment}-valkey</c></value>
    [Setting(Names, Examples = ["\"legacy-cache\""], Base = Everything)]
    public string? ReplicationGroupId { get; init; }

    /// <summary>the replication group's description</summary>
    /// <value><c>Valkey cache of {project_name} ({environment})</c></value>
    [Setting(Names, Examples = ["\"Legacy cache\""])]
    public string? ReplicationGroupDescription { get; init; }

    /// <summary>the subnet group's name, to adopt an existing one</summary>
    /// <value><c>{prefix}-{environment}-valkey-subnets</c></value>
    [Setting(Names, Examples = ["\"legacy-subnets\""])]
    public string? SubnetGroupName { get; init; }

    /// <summary>the subnet group's description</summary>
    /// <value><c>Private subnets of the Valkey cache of {project_name} ({environment})</c></value>
    [Setting(Names, Examples = ["\"Legacy subnets\""])]
    public string? SubnetGroupDescription { get; init; }

    /// <summary>the security group's name, to adopt an existing one</summary>
    /// <value><c>{prefix}-{environment}-valkey-sg</c></value>
    [Setting(Names, Examples = ["\"legacy-sg\""])]
    public string? SecurityGroupName { get; init; }

    /// <summary>the security group's description, to adopt an existing group (EC2 cannot change a group's description)</summary>
    /// <value><c>Valkey cache of {project_name} ({environment}): ECS tasks only</c></value>
    [Setting(Names, Examples = ["\"Legacy security group\""])]
    public string? SecurityGroupDescription { get; init; }
}
