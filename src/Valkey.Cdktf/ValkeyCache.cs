using Constructs;

using Valkey.Cdktf.Settings;
using Valkey.Cdktf.Validation;

namespace Valkey.Cdktf;

/// <summary>
/// An AWS ElastiCache Valkey replication group for ECS services: the replication group, its
/// subnet group over the private subnets, and a security group that lets only the ECS
/// tasks' security group in, on the Valkey port; with the production settings' defaults also
/// two CloudWatch Logs groups for the slow and engine logs, a CloudWatch alarm per member cluster
/// and metric, and, with an AUTH token, a data source reading the token's secret.
/// <para>
/// Terraform addresses are a public contract: with construct id <c>valkey</c> they are
/// <c>aws_elasticache_replication_group.valkey</c>, <c>aws_elasticache_subnet_group.valkey</c>,
/// <c>aws_security_group.valkey</c>, <c>aws_cloudwatch_log_group.valkey_slow_log</c> and
/// <c>valkey_engine_log</c>, <c>aws_cloudwatch_metric_alarm.valkey_{NNN}_{metric}</c>. Changing the id changes the addresses.
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
        : this(scope, id, props, propsChecked: false)
    {
    }

    /// <summary>
    /// Creates the cache; with <paramref name="propsChecked"/> the props' rules are not run again (the app's environment
    /// reader ran them on these very props), so each rule runs once per synthesis.
    /// </summary>
    internal ValkeyCache(Construct scope, string id, ValkeyCacheProps props, bool propsChecked)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(props);
        var problems = new List<ConfigurationProblem>();
        if (!Identifiers.IsTerraformName(id))
        {
            problems.Add(ConfigurationProblem.For("(construct id)", id, Identifiers.TerraformNameExpected));
        }
        if (!propsChecked) problems.AddRange(ValkeyCacheRules.Check(props));
        if (problems.Count > 0) throw new ValkeyConfigurationException(Node.Path, problems);
#if CDKTN
        // CDK Terrain checks each feature against the Terraform the project targets (its targetVersions context; by default
        // >=1.5.7): the write-only token and passwords need 1.11 and their ephemeral readers 1.10 (cdktn
        // lib/validations/target-versions.js). The cache says what it needs, for itself and what it contains, before it
        // contains anything.
        if (props.AuthTokenSecretId is not null || props.Users.Any(u => u.PasswordSecretIds.Count > 0))
        {
            Node.SetContext("targetVersions", new Dictionary<string, object> { ["terraform"] = ">=1.11.0" });
        }
#endif

        Props = props;
        Names = ValkeyNames.For(props);
        var topology = CacheTopology.Of(props);
        // Automatic failover needs a replica, and cluster mode needs it on ("Must be enabled for Redis (cluster mode enabled)
        // replication groups": the provider's documentation of automatic_failover_enabled, aws_elasticache_replication_group);
        // Multi-AZ only with replicas.
        var multiAz = topology.HasReplicas;

        var serverless = props.Serverless;
        // A serverless cache takes its subnets itself (CreateServerlessCache, SubnetIds): no subnet group.
        SubnetGroup = serverless is not null ? null : new ElasticacheSubnetGroup(this, "subnet_group", new ElasticacheSubnetGroupConfig
        {
            Name = L(Names.SubnetGroupName),
            Description = L(Names.SubnetGroupDescription),
            SubnetIds = [.. props.PrivateSubnetIds.Select(L)],
            Tags = TagsNamed(props, Names.SubnetGroupName),
        });
        SubnetGroup?.OverrideLogicalId(id);

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
                    FromPort = serverless is null ? props.Port : ServerlessPorts.Endpoint,
                    ToPort = serverless is null ? props.Port : ServerlessPorts.ReaderEndpoint,
                    SecurityGroups = [L(props.EcsSecurityGroupId)],
                    CidrBlocks = [],
                    Ipv6CidrBlocks = [],
                    PrefixListIds = [],
                    SelfAttribute = false,
                },
            },
            // No egress, written explicitly (an absent egress would leave whatever the group has):
            // the nodes only answer connections, which a stateful security group lets out, and open
            // none themselves; ElastiCache's replication, snapshots and log delivery do not pass
            // through the cache's security group.
            Egress = Array.Empty<SecurityGroupEgress>(),
            Tags = TagsNamed(props, Names.SecurityGroupName),
        });
        SecurityGroup.OverrideLogicalId(id);

        // Log groups first: the replication group delivers into them by name.
        LogGroups = props.LogDeliveryEnabled
            ? [LogGroup(id, "slow-log", props), LogGroup(id, "engine-log", props)]
            : [];

        // The AUTH token is read at plan time: the synthesis holds only a reference to it. On CDK Terrain by an ephemeral
        // resource, whose value Terraform keeps in neither plan nor state, into the write-only auth_token_wo (Terraform 1.11+;
        // hashicorp/aws 6.x, terraform-provider-aws #49268); on CDKTF (hashicorp/aws 6.25.0, no write-only token) by a data
        // source, whose value the state keeps.
        if (props.AuthTokenSecretId is { } secret) AuthTokenSecret = ReadSecret("auth_token", $"{id}_auth_token", secret);

        // Users and their group (role-based access control). A group of engine valkey holds only users that authenticate, by
        // password or IAM (ElastiCache User Guide, Role-Based Access Control (RBAC)), so no passwordless "default" user is added:
        // a connection that does not authenticate as one of these users is refused. A user named "default" is required in redis
        // groups only (CloudFormation AWS::ElastiCache::UserGroup UserIds; AWS CDK checks it for engine redis alone and makes
        // valkey groups without one: aws/aws-cdk, packages/@aws-cdk/aws-elasticache-alpha/lib/user-group.ts, validateUsers).
        Users = [.. props.Users.Select(u => User(id, u, props))];
        if (Users.Count > 0)
        {
            UserGroup = new ElasticacheUserGroup(this, "user_group", new ElasticacheUserGroupConfig
            {
                UserGroupId = L(UserGroupIdOf(Names)),
                Engine = "valkey",
                UserIds = [.. Users.Select(u => u.UserId)],
                Tags = TagsNamed(props, UserGroupIdOf(Names)),
            });
            UserGroup.OverrideLogicalId(id);
        }

        // The parameters' own group: named after its content and created before the old one is destroyed, so a change
        // replaces only this group (no data) and the replication group moves to the new one in place.
        if (props.Parameters.Count > 0)
        {
            var family = ValkeyParameters.FamilyOf(props.EngineVersion);
            // In cluster mode the group must say so (cluster-enabled yes, as default.valkey8.cluster.on does); the user may not set it.
            var parameters = topology.ClusterMode
                ? new Dictionary<string, string>(props.Parameters) { ["cluster-enabled"] = "yes" }
                : props.Parameters;
            var name = ValkeyParameters.GroupName(Names.ReplicationGroupId, family, parameters);
            ParameterGroup = new ElasticacheParameterGroup(this, "parameter_group", new ElasticacheParameterGroupConfig
            {
                Name = L(name),
                Family = family,
                Description = L($"Valkey parameters of {Names.ReplicationGroupId} (Valkey.Cdktf)"),
                Parameter = parameters.OrderBy(kv => kv.Key, StringComparer.Ordinal)
                    .Select(kv => new ElasticacheParameterGroupParameter { Name = L(kv.Key), Value = L(kv.Value) }).ToArray(),
                Tags = TagsNamed(props, name),
                Lifecycle = new TerraformResourceLifecycle { CreateBeforeDestroy = true },
            });
            ParameterGroup.OverrideLogicalId(id);
        }

        if (serverless is not null)
        {
            ServerlessCache = Serverless(id, props, serverless);
            Alarms = [.. CacheAlarms.For(props, Names).Select(a => Alarm(a, props))];
            return;
        }

        _lifecycle = new TerraformResourceLifecycle
        {
            PreventDestroy = props.PreventDestroy,
            // Without a token the strategy means nothing, but a state from a token's time keeps one (ROTATE): hashicorp/aws 6.x
            // before 6.31.0 sends a change of it as an empty AUTH token, which AWS refuses (ModifyReplicationGroup; #45518).
            // So it is not compared then: the move from a token to users ends without a change to send.
            IgnoreChanges = AuthTokenSecret is null && props.AuthTokenUpdateStrategy is null ? new[] { "auth_token_update_strategy" } : null,
            // A token ElastiCache refuses (a JSON secret, say) stops the plan here, not the apply. Not on CDK Terrain: an
            // ephemeral value may go only where Terraform allows it (write-only arguments, providers, locals, other
            // ephemeral resources: Terraform's documentation of ephemeral resources), and a precondition is not one of
            // them there, so ElastiCache's own check at apply is the check.
            Precondition = AuthTokenSecret is null || WriteOnlySecrets ? null :
            [
                new Precondition
                {
                    Condition = Identifiers.AuthTokenCondition($"data.{DataAwsSecretsmanagerSecretVersion.TfResourceType}.{id}_auth_token"),
                    ErrorMessage = L($"The AUTH token in Secrets Manager secret {props.AuthTokenSecretId} is not one ElastiCache accepts: " +
                        "16 to 128 printable characters, the only non-alphanumerics ! & # $ ^ < > - (a JSON secret is refused). Store the bare token in the secret."),
                },
            ],
        };
        ReplicationGroup = new ElasticacheReplicationGroup(this, "replication_group", new ElasticacheReplicationGroupConfig
        {
            ReplicationGroupId = L(Names.ReplicationGroupId),
            Description = L(Names.ReplicationGroupDescription),
            Engine = "valkey",
            EngineVersion = L(props.EngineVersion),
            NodeType = L(props.NodeType),
            NumCacheClusters = topology.ClusterMode ? null : topology.Nodes,
            NumNodeGroups = topology.ClusterMode ? topology.Shards : null,
            ReplicasPerNodeGroup = topology.ClusterMode ? topology.ReplicasPerShard : null,
            ClusterMode = topology.ClusterMode ? "enabled" : null,
            Port = props.Port,
            ParameterGroupName = ParameterGroup?.Name ?? L(props.ParameterGroupName ?? ValkeyParameters.DefaultGroup(props.EngineVersion, topology.ClusterMode)),
            SubnetGroupName = SubnetGroup!.Name,
            SecurityGroupIds = [SecurityGroup.Id],
            AtRestEncryptionEnabled = props.AtRestEncryptionEnabled ? "true" : "false",
            TransitEncryptionEnabled = props.TransitEncryptionEnabled,
            TransitEncryptionMode = props.TransitEncryptionEnabled ? SettingValues.Of(props.TransitEncryptionMode ?? ValkeyCacheProps.DefaultTransitEncryptionMode) : null,
            AutomaticFailoverEnabled = multiAz || topology.ClusterMode,
            MultiAzEnabled = multiAz,
            MaintenanceWindow = LOrNull(props.MaintenanceWindow),
            SnapshotRetentionLimit = props.SnapshotRetentionLimit,
            SnapshotWindow = LOrNull(props.SnapshotWindow),
            FinalSnapshotIdentifier = L(Names.FinalSnapshotIdentifier),
            SnapshotName = LOrNull(props.SnapshotName),
            Tags = TagsNamed(props, Names.ReplicationGroupId),
            Lifecycle = _lifecycle,
            AutoMinorVersionUpgrade = props.AutoMinorVersionUpgrade ? "true" : "false",
            ApplyImmediately = props.ApplyImmediately,
            KmsKeyId = LOrNull(props.KmsKeyId),
            DataTieringEnabled = DataTiering.Written(props),
            NotificationTopicArn = LOrNull(props.NotificationTopicArn),
#if CDKTN
            AuthTokenWo = AuthTokenSecret?.SecretString,
            // The write-only token is sent only when its version changes (the provider's auth_token_wo_version): the
            // environment's auth_token_version, raised by the team with each new token.
            AuthTokenWoVersion = AuthTokenSecret is null ? null : props.AuthTokenVersion,
#else
            AuthToken = AuthTokenSecret?.SecretString,
#endif
            // With a token: how it is applied. Without one: only DELETE, the move from a token to users (the rules say so).
            AuthTokenUpdateStrategy = (AuthTokenSecret is null ? props.AuthTokenUpdateStrategy : props.AuthTokenUpdateStrategy ?? ValkeyCacheProps.DefaultAuthTokenUpdateStrategy) is { } strategy
                ? SettingValues.Of(strategy) : null,
            // Users beside a token are made but not attached: the first step of the move from a token to users (the cache keeps
            // authenticating with its token until the group is attached: ElastiCache User Guide, Migrating from AUTH to RBAC).
            UserGroupIds = UserGroup is not null && AuthTokenSecret is null ? [UserGroup.UserGroupId] : props.UserGroupIds.Count == 0 ? null : [.. props.UserGroupIds.Select(L)],
            LogDeliveryConfiguration = LogGroups.Count == 0 ? null : LogGroups.Select(g => new ElasticacheReplicationGroupLogDeliveryConfiguration
            {
                Destination = g.Group.Name,
                DestinationType = "cloudwatch-logs",
                LogFormat = "json",
                LogType = g.LogType,
            }).ToArray(),
        });
        ReplicationGroup.OverrideLogicalId(id);

        Alarms = [.. CacheAlarms.For(props, Names).Select(a => Alarm(a, props))];
    }

    /// <summary>
    /// The CloudWatch alarms: one per member cluster and metric (<c>aws_cloudwatch_metric_alarm.{id}_001_engine_cpu</c>, …);
    /// empty with <see cref="ValkeyCacheProps.AlarmsEnabled"/> false.
    /// </summary>
    public IReadOnlyList<CloudwatchMetricAlarm> Alarms { get; }

    /// <summary>The users made from <see cref="ValkeyCacheProps.Users"/> (<c>aws_elasticache_user.{id}_{user name}</c>, hyphens as underscores).</summary>
    public IReadOnlyList<ElasticacheUser> Users { get; }

    /// <summary>The user group holding <see cref="Users"/> (<c>aws_elasticache_user_group.{id}</c>), attached to the cache; null without users.</summary>
    public ElasticacheUserGroup? UserGroup { get; }

    /// <summary>The id of the user group the stack makes: <c>{replication group id}-users</c>, lower case as ElastiCache keeps it.</summary>
    internal static string UserGroupIdOf(ValkeyNames names) => $"{names.ReplicationGroupId}-users".ToLowerInvariant();

    /// <summary>
    /// A user's id: its name for IAM users (ElastiCache requires the two to be equal: Authenticating with IAM); for password users
    /// <c>{replication group id}-{name}</c>, since ids are unique in an account and region while names need only be unique in a group.
    /// </summary>
    internal static string UserIdOf(ValkeyNames names, ValkeyUser user) =>
        user.Authentication == ValkeyUserAuthentication.Iam ? user.UserName : $"{names.ReplicationGroupId}-{user.UserName}".ToLowerInvariant();

    private ElasticacheUser User(string id, ValkeyUser user, ValkeyCacheProps props)
    {
        var name = user.UserName.Replace('-', '_');
        var passwords = user.PasswordSecretIds.Select((secret, k) => ReadSecret($"user_{name}_password_{k + 1}", $"{id}_{name}_password_{k + 1}", secret).SecretString).ToArray();
        var userId = UserIdOf(Names, user);
        var iam = user.Authentication == ValkeyUserAuthentication.Iam;
        var resource = new ElasticacheUser(this, $"user_{name}", new ElasticacheUserConfig
        {
            UserId = L(userId),
            UserName = L(user.UserName),
            Engine = "valkey",
            AccessString = L(user.AccessString),
#if CDKTN
            // hashicorp/aws 6.66.0: passwords_wo, one write-only password, conflicts with authentication_mode (the provider's
            // documentation of aws_elasticache_user; terraform-provider-aws #45988), and is sent when passwords_wo_version
            // changes. The rules allow one secret here.
            AuthenticationMode = iam ? new ElasticacheUserAuthenticationMode { Type = "iam" } : null,
            PasswordsWo = iam ? null : passwords.Single(),
            PasswordsWoVersion = iam ? null : user.PasswordVersion,
#else
            AuthenticationMode = iam
                ? new ElasticacheUserAuthenticationMode { Type = "iam" }
                : new ElasticacheUserAuthenticationMode { Type = "password", Passwords = passwords },
#endif
            Tags = TagsNamed(props, userId),
        });
        resource.OverrideLogicalId($"{id}_{name}");
        return resource;
    }

    /// <summary>
    /// The parameter group made from <see cref="ValkeyCacheProps.Parameters"/> (<c>aws_elasticache_parameter_group.{id}</c>); null
    /// without parameters.
    /// </summary>
    public ElasticacheParameterGroup? ParameterGroup { get; }

#if CDKTN
    /// <summary>The ephemeral resource reading the AUTH token (<c>ephemeral.aws_secretsmanager_secret_version.{id}_auth_token</c>); null without a token.</summary>
    public EphemeralAwsSecretsmanagerSecretVersion? AuthTokenSecret { get; }
#else
    /// <summary>The data source reading the AUTH token (<c>data.aws_secretsmanager_secret_version.{id}_auth_token</c>); null without a token.</summary>
    public DataAwsSecretsmanagerSecretVersion? AuthTokenSecret { get; }
#endif

    /// <summary>
    /// A secret read as the toolchain allows: an ephemeral resource on CDK Terrain, kept in neither plan nor state; a data
    /// source on CDKTF, whose value the state keeps.
    /// </summary>
#if CDKTN
    private EphemeralAwsSecretsmanagerSecretVersion ReadSecret(string constructId, string logicalId, string secretId)
    {
        var read = new EphemeralAwsSecretsmanagerSecretVersion(this, constructId, new EphemeralAwsSecretsmanagerSecretVersionConfig { SecretId = L(secretId) });
#else
    private DataAwsSecretsmanagerSecretVersion ReadSecret(string constructId, string logicalId, string secretId)
    {
        var read = new DataAwsSecretsmanagerSecretVersion(this, constructId, new DataAwsSecretsmanagerSecretVersionConfig { SecretId = L(secretId) });
#endif
        read.OverrideLogicalId(logicalId);
        return read;
    }

    /// <summary>
    /// Whether the AUTH token and the users' passwords go to the write-only <c>auth_token_wo</c> and <c>passwords_wo</c>, read by
    /// ephemeral resources and kept out of plan and state: on CDK Terrain's provider (hashicorp/aws 6.66.0), not CDKTF's (6.25.0).
    /// </summary>
    public static bool WriteOnlySecrets =>
#if CDKTN
        true;
#else
        false;
#endif

    /// <summary>The log groups the slow log and the engine log go to, with their log type; empty with log delivery off.</summary>
    public IReadOnlyList<(string LogType, CloudwatchLogGroup Group)> LogGroups { get; }

    /// <summary>
    /// The serverless cache (<c>aws_elasticache_serverless_cache.{id}</c>): engine valkey of the engine version's major, named
    /// and described as the replication group would be, in the private subnets behind the security group, with the usage
    /// limits, the daily snapshot and its retention, the key and the user group.
    /// </summary>
    private ElasticacheServerlessCache Serverless(string id, ValkeyCacheProps props, ValkeyServerless serverless)
    {
        var storage = serverless.MaxDataStorageGb is null && serverless.MinDataStorageGb is null ? null : new[]
        {
            // GB is the only unit (the API's DataStorageUnit; the provider requires it).
            new ElasticacheServerlessCacheCacheUsageLimitsDataStorage { Maximum = serverless.MaxDataStorageGb, Minimum = serverless.MinDataStorageGb, Unit = "GB" },
        };
        var ecpu = serverless.MaxEcpuPerSecond is null && serverless.MinEcpuPerSecond is null ? null : new[]
        {
            new ElasticacheServerlessCacheCacheUsageLimitsEcpuPerSecond { Maximum = serverless.MaxEcpuPerSecond, Minimum = serverless.MinEcpuPerSecond },
        };
        var cache = new ElasticacheServerlessCache(this, "serverless_cache", new ElasticacheServerlessCacheConfig
        {
            Name = L(Names.ReplicationGroupId),
            Description = L(Names.ReplicationGroupDescription),
            Engine = "valkey",
            MajorEngineVersion = L(props.EngineVersion.Split('.')[0]),
            CacheUsageLimits = storage is null && ecpu is null ? null : new[]
            {
                new ElasticacheServerlessCacheCacheUsageLimits { DataStorage = storage, EcpuPerSecond = ecpu },
            },
            DailySnapshotTime = LOrNull(serverless.DailySnapshotTime),
            SnapshotRetentionLimit = props.SnapshotRetentionLimit,
            KmsKeyId = LOrNull(props.KmsKeyId),
            SubnetIds = [.. props.PrivateSubnetIds.Select(L)],
            SecurityGroupIds = [SecurityGroup.Id],
            UserGroupId = UserGroup is not null ? UserGroup.UserGroupId : props.UserGroupIds.Count == 0 ? null : L(props.UserGroupIds[0]),
            Tags = TagsNamed(props, Names.ReplicationGroupId),
            Lifecycle = new TerraformResourceLifecycle { PreventDestroy = props.PreventDestroy },
        });
        cache.OverrideLogicalId(id);
        return cache;
    }

    private CloudwatchMetricAlarm Alarm(AlarmDefinition a, ValkeyCacheProps props)
    {
        var dimensions = new Dictionary<string, string> { [a.Dimension] = L(a.ClusterId) };
        // An alarm on metric math gives its metrics in metric_query, and then none of namespace, metric_name, dimensions,
        // period and statistic (CloudWatch API Reference, PutMetricAlarm, Metrics: "If you use the Metrics parameter, you
        // cannot include the Namespace, MetricName, Dimensions, Period, Unit, Statistic, or ExtendedStatistic parameters").
        var math = a.Expression;
        var alarm = new CloudwatchMetricAlarm(this, a.Id, new CloudwatchMetricAlarmConfig
        {
            AlarmName = L(a.Name),
            AlarmDescription = L(a.Description),
            Namespace = math is null ? CacheAlarms.Namespace : null,
            MetricName = math is null ? a.Metric : null,
            Dimensions = math is null ? dimensions : null,
            Statistic = math is null ? a.Statistic : null,
            Period = math is null ? CacheAlarms.PeriodSeconds : null,
            MetricQuery = math is null ? null : MetricQueries(math, dimensions),
            EvaluationPeriods = a.Datapoints,
            DatapointsToAlarm = a.Datapoints,
            ComparisonOperator = a.Comparison,
            Threshold = a.Threshold,
            TreatMissingData = a.MissingData,
            AlarmActions = [.. props.AlarmActions.Select(L)],
            OkActions = [.. props.OkActions.Select(L)],
            Tags = TagsNamed(props, a.Name),
        });
        alarm.OverrideLogicalId(a.Id);
        return alarm;
    }

    private static CloudwatchMetricAlarmMetricQuery[] MetricQueries(AlarmExpression math, Dictionary<string, string> dimensions) =>
    [
        .. math.Sums.Select(m => new CloudwatchMetricAlarmMetricQuery
        {
            Id = m.Id,
            ReturnData = false,
            Metric = new CloudwatchMetricAlarmMetricQueryMetric
            {
                Namespace = CacheAlarms.Namespace, MetricName = m.Metric, Dimensions = dimensions, Period = CacheAlarms.PeriodSeconds, Stat = "Sum",
            },
        }),
        .. math.Steps.Select((e, i) => new CloudwatchMetricAlarmMetricQuery
        {
            Id = e.Id, Expression = e.Math, Label = e.Label, ReturnData = i == math.Steps.Count - 1,
        }),
    ];

    private (string LogType, CloudwatchLogGroup Group) LogGroup(string id, string logType, ValkeyCacheProps props)
    {
        var name = $"/aws/elasticache/{Names.ReplicationGroupId}/{logType}";
        var group = new CloudwatchLogGroup(this, logType.Replace('-', '_'), new CloudwatchLogGroupConfig
        {
            Name = L(name),
            RetentionInDays = props.LogRetentionDays,
            KmsKeyId = props.LogKmsKeyId is null ? null : L(props.LogKmsKeyId),
            Tags = TagsNamed(props, name),
        });
        group.OverrideLogicalId($"{id}_{logType.Replace('-', '_')}");
        return (logType, group);
    }

    /// <summary>The inputs, after defaults.</summary>
    public ValkeyCacheProps Props { get; }

    /// <summary>The AWS names the cache's resources get.</summary>
    public ValkeyNames Names { get; }

    /// <summary>The <c>aws_elasticache_replication_group</c>; null for a serverless cache (<see cref="ValkeyCacheProps.Serverless"/>).</summary>
    public ElasticacheReplicationGroup? ReplicationGroup { get; }

    /// <summary>The replication group's lifecycle, kept so that <see cref="IgnoreChangesOf"/> can add to it; null for a serverless cache.</summary>
    private readonly TerraformResourceLifecycle? _lifecycle;

    /// <summary>
    /// Makes Terraform leave <paramref name="attributes"/> of the replication group as they are after it is created
    /// (<c>lifecycle.ignore_changes</c>): what another resource owns from then on, such as a global datastore's node type and version.
    /// </summary>
    internal void IgnoreChangesOf(params string[] attributes)
    {
        var rg = ReplicationGroup ?? throw new InvalidOperationException("a serverless cache has no replication group");
        var lifecycle = _lifecycle!;
        lifecycle.IgnoreChanges = (lifecycle.IgnoreChanges as string[] ?? []).Concat(attributes).Distinct(StringComparer.Ordinal).ToArray();
        rg.Lifecycle = lifecycle;
    }

    /// <summary>The <c>aws_elasticache_serverless_cache</c> of <see cref="ValkeyCacheProps.Serverless"/>; null for a replication group.</summary>
    public ElasticacheServerlessCache? ServerlessCache { get; }

    /// <summary>The <c>aws_elasticache_subnet_group</c>; null for a serverless cache, which takes its subnets itself.</summary>
    public ElasticacheSubnetGroup? SubnetGroup { get; }

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
