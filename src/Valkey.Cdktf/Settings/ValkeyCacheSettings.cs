using static Valkey.Cdktf.Settings.SettingGroup;

namespace Valkey.Cdktf.Settings;

/// <summary>
/// Every setting of <see cref="ValkeyCacheProps"/>, each declared once, in the order the README lists them.
/// From these declarations: the environment reader (<c>variables</c>), the README's variable tables
/// (<see cref="SettingsDocumentation"/>, kept equal by a test), and the way back from a Terraform attribute
/// to the setting that writes it (<see cref="WriterOf"/>). The rules stay in one table,
/// <see cref="ValkeyCacheRules"/>, keyed by these names; a test checks that each rule's field is declared here.
/// What a change of each does (in place, replaced, data lost) is not declared here: the App derives it from the
/// attributes below and the provider's schema the judge uses (Valkey.Cdktf.App.Changes.SettingEffect).
/// </summary>
internal static class ValkeyCacheSettings
{
    private const string Rg = ResourceAddresses.ReplicationGroupType;
    private const string Sn = ResourceAddresses.SubnetGroupType;
    private const string Sg = ResourceAddresses.SecurityGroupType;
    private const string Pg = Validation.ValkeyParameters.GroupType;
    private const string User = "aws_elasticache_user";
    private const string UserGroup = "aws_elasticache_user_group";
    private const string LogGroup = "aws_cloudwatch_log_group";
    private const string Alarm = "aws_cloudwatch_metric_alarm";

    private static TerraformAttribute[] On(string type, params string[] attributes) => [.. attributes.Select(a => new TerraformAttribute(type, a))];

    // What the replication group's id names (ValkeyNames.For, ValkeyCache): the final snapshot, the parameter group, the users
    // with passwords and the user group, the log groups.
    private static readonly TerraformAttribute[] NamedAfterTheId =
        [.. On(Rg, "final_snapshot_identifier"), .. On(Pg, "name", "description"), .. On(User, "user_id"), .. On(UserGroup, "user_group_id"), .. On(LogGroup, "name")];

    // What the stem {prefix}-{environment}-valkey names besides the id (ValkeyNames.For, CacheAlarms).
    private static readonly TerraformAttribute[] NamedAfterTheStem =
        [.. On(Rg, "replication_group_id", "subnet_group_name"), .. On(Sn, "name"), .. On(Sg, "name"), .. On(Alarm, "alarm_name"), .. NamedAfterTheId];

    // The descriptions that name the project and the environment: "Valkey cache of {project_name} ({environment})".
    private static readonly TerraformAttribute[] Descriptions = [.. On(Rg, "description"), .. On(Sn, "description"), .. On(Sg, "description")];

    /// <summary>Every setting, in README order.</summary>
    public static IReadOnlyList<Setting> All { get; } =
    [
        // ----- The module's variables -----
        new Setting<string>
        {
            Name = "prefix", Property = nameof(ValkeyCacheProps.Prefix), Group = Module, Required = true,
            Documentation = "first part of every name (`{prefix}-{environment}-valkey`): letters, digits and single hyphens, starting with a letter",
            Get = p => p.Prefix, With = (p, v) => p with { Prefix = v }, Names = NamedAfterTheStem,
        },
        new Setting<string>
        {
            Name = "project_name", Property = nameof(ValkeyCacheProps.ProjectName), Group = Module, Required = true,
            Documentation = "the project; used in descriptions, so ASCII letters, digits, spaces and `._-:/()#,@[]+=&;{}!$*` (EC2's rule for the security group's description)",
            Get = p => p.ProjectName, With = (p, v) => p with { ProjectName = v }, Names = Descriptions,
        },
        new Setting<string>
        {
            Name = "vpc_id", Property = nameof(ValkeyCacheProps.VpcId), Group = Module, Required = true,
            Documentation = "VPC of the security group (`vpc-…`)",
            Get = p => p.VpcId, With = (p, v) => p with { VpcId = v }, Writes = On(Sg, "vpc_id"),
        },
        new Setting<IReadOnlyList<string>>
        {
            Name = "private_subnet_ids", Property = nameof(ValkeyCacheProps.PrivateSubnetIds), Group = Module, Required = true,
            Documentation = "subnets of the subnet group (`subnet-…`), each once; two or more in different zones when `num_cache_nodes` is 2 or more (Multi-AZ)",
            Get = p => p.PrivateSubnetIds, With = (p, v) => p with { PrivateSubnetIds = v }, Writes = On(Sn, "subnet_ids"),
        },
        new Setting<string>
        {
            Name = "ecs_security_group_id", Property = nameof(ValkeyCacheProps.EcsSecurityGroupId), Group = Module, Required = true,
            Documentation = "the ECS tasks' security group, the only one let in (`sg-…`)",
            Get = p => p.EcsSecurityGroupId, With = (p, v) => p with { EcsSecurityGroupId = v }, Writes = On(Sg, "ingress"),
        },
        new Setting<string>
        {
            Name = "environment", Property = nameof(ValkeyCacheProps.Environment), Group = Module, Required = true,
            Documentation = "environment name, second part of every name: letters, digits and single hyphens",
            Get = p => p.Environment, With = (p, v) => p with { Environment = v }, Names = [.. NamedAfterTheStem, .. Descriptions],
        },
        new Setting<string>
        {
            Name = "node_type", Property = nameof(ValkeyCacheProps.NodeType), Group = Module, Default = "`\"cache.t3.micro\"`",
            Documentation = "node type, `cache.<family>.<size>`; not T1, T2, M1, M2, C1 (no longer offered)",
            Get = p => p.NodeType, With = (p, v) => p with { NodeType = v }, Writes = On(Rg, "node_type"),
        },
        new Setting<int?>
        {
            Name = "num_cache_nodes", Property = nameof(ValkeyCacheProps.NumCacheNodes), Group = Module, Default = "`2` without `num_node_groups`",
            Documentation = "nodes: 1 primary + replicas (1 to 6); 2 or more turn automatic failover and Multi-AZ on, 1 turns them off; not with `num_node_groups`",
            Get = p => p.NumCacheNodes, With = (p, v) => p with { NumCacheNodes = v },
            Writes = On(Rg, "num_cache_clusters", "automatic_failover_enabled", "multi_az_enabled"),
        },
        new Setting<int?>
        {
            Name = "num_node_groups", Property = nameof(ValkeyCacheProps.NumNodeGroups), Group = Module, Default = "none (cluster mode disabled)",
            Documentation = "shards (1 to 500, and at most 500 nodes with their replicas), which turns cluster mode on: keys spread over the shards, each a primary and `replicas_per_node_group` replicas; changing it reshards online, in place (the provider's ModifyReplicationGroupShardConfiguration); not with `num_cache_nodes`, and turning cluster mode on for an existing cache is refused (`APPLY-CLUSTER-MODE`). See [Cluster mode](#cluster-mode)",
            Get = p => p.NumNodeGroups, With = (p, v) => p with { NumNodeGroups = v },
            Writes = On(Rg, "num_node_groups", "cluster_mode"),
        },
        new Setting<int?>
        {
            Name = "replicas_per_node_group", Property = nameof(ValkeyCacheProps.ReplicasPerNodeGroup), Group = Module, Default = "`1` with `num_node_groups`",
            Documentation = "replicas in each shard (0 to 5), with `num_node_groups`; 1 or more turn Multi-AZ on; changing it is in place (the provider's IncreaseReplicaCount / DecreaseReplicaCount)",
            Get = p => p.ReplicasPerNodeGroup, With = (p, v) => p with { ReplicasPerNodeGroup = v },
            Writes = On(Rg, "replicas_per_node_group"),
        },
        new Setting<string>
        {
            Name = "engine_version", Property = nameof(ValkeyCacheProps.EngineVersion), Group = Module, Default = "`\"8.0\"`",
            Documentation = "Valkey version ElastiCache offers (`src/Valkey.Cdktf/Validation/ValkeyEngineVersions.cs`); an upgrade is in place, a downgrade **replaces the cache**",
            Get = p => p.EngineVersion, With = (p, v) => p with { EngineVersion = v },
            // engine: a state whose engine is not valkey (a redis group) is replaced, and engine_version is the setting that speaks of the engine.
            // family: the parameter group `parameters` makes is of the engine's family, so a major upgrade replaces it (it holds no data).
            Writes = On(Rg, "engine_version", "engine"),
            // The parameter group's family follows the major version (ValkeyParameters.FamilyOf): 8.0 to 8.1 keeps it.
            Derived = On(Pg, "family"),
        },
        new Setting<int>
        {
            Name = "port", Property = nameof(ValkeyCacheProps.Port), Group = Module, Default = "`6379`",
            Documentation = "Valkey port (1 to 65535), and the port the security group opens",
            Get = p => p.Port, With = (p, v) => p with { Port = v }, Writes = [.. On(Rg, "port"), .. On(Sg, "ingress")],
        },
        new Setting<string?>
        {
            Name = "parameter_group_name", Property = nameof(ValkeyCacheProps.ParameterGroupName), Group = Module, Default = "the engine's default group (`default.valkey8` with 8.x), or the one `parameters` makes",
            Documentation = "an existing parameter group; a default group must be of the engine's family (`default.valkey8` with 8.x); not with `parameters`",
            Get = p => p.ParameterGroupName, With = (p, v) => p with { ParameterGroupName = v }, Writes = On(Rg, "parameter_group_name"),
        },
        new Setting<IReadOnlyDictionary<string, string>>
        {
            Name = "parameters", Property = nameof(ValkeyCacheProps.Parameters), Group = Module, Default = "`{}`",
            Documentation = "Valkey parameters, name to value as strings (`{ \"maxmemory-policy\": \"allkeys-lru\", \"timeout\": \"300\" }`), in a parameter group the stack creates (`aws_elasticache_parameter_group.valkey`) of the engine's family (`valkey8` with 8.x). Its name ends in a hash of the family and the parameters, and it is created before the old one is destroyed, so changing a parameter or the engine's major version replaces only the parameter group and updates the cache in place. Each name must be one the family lets a custom group change, as listed in `src/Valkey.Cdktf/Validation/ValkeyParameters.cs` (from AWS's [Engine specific parameters](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ParameterGroups.Engine.html)); an unknown name is refused with the nearest known one, and a name a later minor version brought (the command log's four with 8.1, `search-fanout-target-mode` with 8.2) needs that `engine_version`. Not with `parameter_group_name`",
            Get = p => p.Parameters, With = (p, v) => p with { Parameters = v }, Writes = On(Pg, "parameter", "name", "description"),
            // The group's name carries a hash of its parameters (ValkeyParameters.GroupName): every change makes a new one.
            Names = On(Pg, "name"), Adds = [Pg],
        },
        new Setting<bool>
        {
            Name = "at_rest_encryption_enabled", Property = nameof(ValkeyCacheProps.AtRestEncryptionEnabled), Group = Module, Default = "`true`",
            Documentation = "encryption at rest",
            Get = p => p.AtRestEncryptionEnabled, With = (p, v) => p with { AtRestEncryptionEnabled = v }, Writes = On(Rg, "at_rest_encryption_enabled"),
        },
        new Setting<bool>
        {
            Name = "transit_encryption_enabled", Property = nameof(ValkeyCacheProps.TransitEncryptionEnabled), Group = Module, Default = "`false`",
            Documentation = "TLS in transit. On an existing cache, in two deploys with `transit_encryption_mode` ([rules](#what-aws-refuses-at-apply-though-the-plan-is-clean))",
            Get = p => p.TransitEncryptionEnabled, With = (p, v) => p with { TransitEncryptionEnabled = v }, Writes = On(Rg, "transit_encryption_enabled"),
        },
        new Setting<string?>
        {
            Name = "transit_encryption_mode", Property = nameof(ValkeyCacheProps.TransitEncryptionMode), Group = Module,
            Default = "`\"required\"` with TLS on; none with it off",
            Documentation = "`required` (TLS only) or `preferred` (TLS and plain connections: the first of the two deploys that turn TLS on for an existing cache; not with `user_group_ids`)",
            Get = p => p.TransitEncryptionMode, With = (p, v) => p with { TransitEncryptionMode = v }, Writes = On(Rg, "transit_encryption_mode"),
        },
        new Setting<string?>
        {
            Name = "maintenance_window", Property = nameof(ValkeyCacheProps.MaintenanceWindow), Group = Module, Default = "AWS's choice",
            Documentation = "`ddd:hh24:mi-ddd:hh24:mi`, UTC, at least 60 minutes",
            Get = p => p.MaintenanceWindow, With = (p, v) => p with { MaintenanceWindow = v }, Writes = On(Rg, "maintenance_window"),
        },
        new Setting<int?>
        {
            Name = "snapshot_retention_limit", Property = nameof(ValkeyCacheProps.SnapshotRetentionLimit), Group = Module, Default = "AWS's default (0)",
            Documentation = "days of automatic snapshots (0 to 35)",
            Get = p => p.SnapshotRetentionLimit, With = (p, v) => p with { SnapshotRetentionLimit = v }, Writes = On(Rg, "snapshot_retention_limit"),
        },
        new Setting<string?>
        {
            Name = "snapshot_window", Property = nameof(ValkeyCacheProps.SnapshotWindow), Group = Module, Default = "AWS's choice",
            Documentation = "`hh24:mi-hh24:mi`, UTC, at least 60 minutes, not overlapping `maintenance_window` (touching is fine)",
            Get = p => p.SnapshotWindow, With = (p, v) => p with { SnapshotWindow = v }, Writes = On(Rg, "snapshot_window"),
        },
        new Setting<IReadOnlyDictionary<string, string>>
        {
            Name = "tags", Property = nameof(ValkeyCacheProps.Tags), Group = Module, Default = "`{}`",
            Documentation = "tags on every resource, beside a `Name` tag; keys 1 to 128 characters, not `aws:`, values up to 256; Unicode letters, digits, spaces and `_ . : / = + - @` only (what ElastiCache accepts)",
            Get = p => p.Tags, With = (p, v) => p with { Tags = v },
            Writes = [.. On(Rg, "tags"), .. On(Sn, "tags"), .. On(Sg, "tags"), .. On(LogGroup, "tags"), .. On(Alarm, "tags")],
        },

        // ----- Production settings -----
        new Setting<bool>
        {
            Name = "alarms_enabled", Property = nameof(ValkeyCacheProps.AlarmsEnabled), Group = Production, Default = "`true`",
            Documentation = "CloudWatch alarms on every member cluster",
            Get = p => p.AlarmsEnabled, With = (p, v) => p with { AlarmsEnabled = v }, Adds = [Alarm],
        },
        new Setting<double>
        {
            Name = "alarm_engine_cpu_percent", Property = nameof(ValkeyCacheProps.AlarmEngineCpuPercent), Group = Production, Default = "`80`",
            Documentation = "EngineCPUUtilization above it for 5 of 5 minutes: the module documentation's recommended CPU alarm (\"CPU > 80%\", Monitoramento, Alertas Recomendados), on the engine thread that saturates first",
            Get = p => p.AlarmEngineCpuPercent, With = (p, v) => p with { AlarmEngineCpuPercent = v }, Writes = On(Alarm, "threshold"),
        },
        new Setting<double?>
        {
            Name = "alarm_host_cpu_percent", Property = nameof(ValkeyCacheProps.AlarmHostCpuPercent), Group = Production,
            Default = "90 ÷ the node type's vCPUs on nodes of 2 vCPUs or fewer (45 on 2); no host CPU alarm on larger nodes",
            Documentation = "CPUUtilization (the host's) above it for 5 of 5 minutes: AWS's guidance, which it gives only for nodes of 2 vCPUs or fewer ([Which Metrics Should I Monitor?](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.WhichShouldIMonitor.html)); on larger nodes the host's CPU also counts the enhanced I/O threads and the engine CPU alarm carries the CPU alarm, unless this is set. A node type missing from the table in `src/Valkey.Cdktf/Validation/NodeTypes.cs` requires it",
            Get = p => p.AlarmHostCpuPercent, With = (p, v) => p with { AlarmHostCpuPercent = v }, Writes = On(Alarm, "threshold"),
        },
        new Setting<double>
        {
            Name = "alarm_memory_percent", Property = nameof(ValkeyCacheProps.AlarmMemoryPercent), Group = Production, Default = "`85`",
            Documentation = "DatabaseMemoryUsagePercentage above it for 5 of 5 minutes: the module documentation's recommended memory alarm (\"Memory > 85%\", Alertas Recomendados)",
            Get = p => p.AlarmMemoryPercent, With = (p, v) => p with { AlarmMemoryPercent = v }, Writes = On(Alarm, "threshold"),
        },
        new Setting<double>
        {
            Name = "alarm_cache_hit_rate_percent", Property = nameof(ValkeyCacheProps.AlarmCacheHitRatePercent), Group = Production, Default = "`90`",
            Documentation = "the hit rate (a percentage, so 90, not 0.9) below it for 15 of 15 minutes: the module documentation's recommended alarm (\"Cache Hit Rate < 90%\", Alertas Recomendados), on each member as metric math over CacheHits and CacheMisses, so that a minute of few lookups counts as no miss (see `alarm_cache_hit_rate_min_lookups`); no data is not an alarm",
            Get = p => p.AlarmCacheHitRatePercent, With = (p, v) => p with { AlarmCacheHitRatePercent = v }, Writes = On(Alarm, "threshold"),
        },
        new Setting<int>
        {
            Name = "alarm_cache_hit_rate_min_lookups", Property = nameof(ValkeyCacheProps.AlarmCacheHitRateMinLookups), Group = Production, Default = "`100`",
            Documentation = "key lookups (CacheHits and CacheMisses) a member must serve in a minute for that minute's hit rate to count; below it the minute counts as a hit rate of 100. ElastiCache computes its metrics per node, so a replica no client reads from, or an idle cache, would otherwise sit below any threshold for ever. This project's default (AWS gives none); 1 to 100000000",
            Get = p => p.AlarmCacheHitRateMinLookups, With = (p, v) => p with { AlarmCacheHitRateMinLookups = v }, Writes = On(Alarm, "metric_query"),
        },
        new Setting<int>
        {
            Name = "alarm_max_connections", Property = nameof(ValkeyCacheProps.AlarmMaxConnections), Group = Production, Default = "`5000`",
            Documentation = "CurrConnections above it for 10 of 10 minutes: this project's choice (the module documentation watches connections without a threshold), an early warning of a connection leak far below ElastiCache's hard limit of 65,000 a node (1 to 65000)",
            Get = p => p.AlarmMaxConnections, With = (p, v) => p with { AlarmMaxConnections = v }, Writes = On(Alarm, "threshold"),
        },
        new Setting<int>
        {
            Name = "alarm_replication_lag_seconds", Property = nameof(ValkeyCacheProps.AlarmReplicationLagSeconds), Group = Production, Default = "`30`",
            Documentation = "ReplicationLag above it for 15 of 15 minutes: this project's choice (the module documentation gives no threshold); only replicas report it, so no data is not an alarm, and a group of one node gets no such alarm",
            Get = p => p.AlarmReplicationLagSeconds, With = (p, v) => p with { AlarmReplicationLagSeconds = v }, Writes = On(Alarm, "threshold"),
        },
        new Setting<int>
        {
            Name = "alarm_authentication_failures", Property = nameof(ValkeyCacheProps.AlarmAuthenticationFailures), Group = Production, Default = "`0`",
            Documentation = "AuthenticationFailures (failed AUTH commands, [Metrics for Valkey and Redis OSS](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html)) above it in each of 5 minutes; only with a token or user groups. AWS gives no threshold: this project's default, 0, alarms when failures go on for 5 minutes (a client left with an old token after a rotation), not on a single mistyped one (0 to 100000)",
            Get = p => p.AlarmAuthenticationFailures, With = (p, v) => p with { AlarmAuthenticationFailures = v }, Writes = On(Alarm, "threshold"),
        },
        new Setting<int>
        {
            Name = "alarm_evictions", Property = nameof(ValkeyCacheProps.AlarmEvictions), Group = Production, Default = "`0`",
            Documentation = "Evictions (keys dropped for lack of memory, [Metrics for Valkey and Redis OSS](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.Redis.html)) above it in each of 5 minutes; the module documentation watches evictions (Monitoramento) without a threshold, and AWS asks each team to choose its own ([Which Metrics Should I Monitor?](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.WhichShouldIMonitor.html)): this project's default, 0, alarms when evictions go on for 5 minutes, a cache too small for its data, not a single burst (0 to 10000000)",
            Get = p => p.AlarmEvictions, With = (p, v) => p with { AlarmEvictions = v }, Writes = On(Alarm, "threshold"),
        },
        new Setting<int>
        {
            Name = "alarm_cpu_credit_balance", Property = nameof(ValkeyCacheProps.AlarmCpuCreditBalance), Group = Production, Default = "`5`",
            Documentation = "CPUCreditBalance (the credits a burstable node has earned to run above its baseline CPU, [Host-Level Metrics](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.HostLevel.html)) below it for 15 of 15 minutes; only on `cache.t*` nodes. AWS gives no threshold: this project's default, 5, is a few minutes of one vCPU at full speed, so the alarm fires when the node is about to fall back to its baseline (1 to 10000)",
            Get = p => p.AlarmCpuCreditBalance, With = (p, v) => p with { AlarmCpuCreditBalance = v }, Writes = On(Alarm, "threshold"),
        },
        new Setting<IReadOnlyList<string>>
        {
            Name = "alarm_actions", Property = nameof(ValkeyCacheProps.AlarmActions), Group = Production, Default = "`[]`",
            Documentation = "SNS topic ARNs (`arn:<partition>:sns:<region>:<account>:<name>`), in the stack's own region and partition, notified when an alarm fires; without them the alarms only show in CloudWatch",
            Get = p => p.AlarmActions, With = (p, v) => p with { AlarmActions = v }, Writes = On(Alarm, "alarm_actions"),
        },
        new Setting<IReadOnlyList<string>>
        {
            Name = "ok_actions", Property = nameof(ValkeyCacheProps.OkActions), Group = Production, Default = "`[]`",
            Documentation = "SNS topic ARNs, as `alarm_actions`, notified when an alarm clears",
            Get = p => p.OkActions, With = (p, v) => p with { OkActions = v }, Writes = On(Alarm, "ok_actions"),
        },
        new Setting<string?>
        {
            Name = "notification_topic_arn", Property = nameof(ValkeyCacheProps.NotificationTopicArn), Group = Production, Default = "none",
            Documentation = "SNS topic for ElastiCache's own events (failover, node replacement), in the stack's region and partition",
            Get = p => p.NotificationTopicArn, With = (p, v) => p with { NotificationTopicArn = v }, Writes = On(Rg, "notification_topic_arn"),
        },
        new Setting<bool>
        {
            Name = "log_delivery_enabled", Property = nameof(ValkeyCacheProps.LogDeliveryEnabled), Group = Production, Default = "`true`",
            Documentation = "slow log and engine log, JSON, to two log groups the stack creates; a change applies only immediately (`apply_immediately`)",
            Get = p => p.LogDeliveryEnabled, With = (p, v) => p with { LogDeliveryEnabled = v }, Writes = On(Rg, "log_delivery_configuration"), Adds = [LogGroup],
        },
        new Setting<int>
        {
            Name = "log_retention_days", Property = nameof(ValkeyCacheProps.LogRetentionDays), Group = Production, Default = "`30`",
            Documentation = "retention of both log groups: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653 (CloudWatch Logs' values)",
            Get = p => p.LogRetentionDays, With = (p, v) => p with { LogRetentionDays = v }, Writes = On(LogGroup, "retention_in_days"),
        },
        new Setting<string?>
        {
            Name = "log_kms_key_id", Property = nameof(ValkeyCacheProps.LogKmsKeyId), Group = Production, Default = "CloudWatch Logs' own encryption",
            Documentation = "a customer-managed KMS key ARN both log groups are encrypted with (checkov CKV_AWS_158); its key policy must let `logs.<region>.amazonaws.com` use it ([encrypt-log-data-kms](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html)); needs `log_delivery_enabled`",
            Get = p => p.LogKmsKeyId, With = (p, v) => p with { LogKmsKeyId = v }, Writes = On(LogGroup, "kms_key_id"),
        },
        new Setting<bool>
        {
            Name = "auto_minor_version_upgrade", Property = nameof(ValkeyCacheProps.AutoMinorVersionUpgrade), Group = Production, Default = "`true`",
            Documentation = "minor engine upgrades in the maintenance window (written explicitly, as AWS's default)",
            Get = p => p.AutoMinorVersionUpgrade, With = (p, v) => p with { AutoMinorVersionUpgrade = v }, Writes = On(Rg, "auto_minor_version_upgrade"),
        },
        new Setting<bool>
        {
            Name = "apply_immediately", Property = nameof(ValkeyCacheProps.ApplyImmediately), Group = Production,
            Default = "`false`; `true` while `adoption` is set",
            Documentation = "changes at once rather than in the next maintenance window. AWS accepts a change of log delivery only immediately, and the deploy that adopts the module's cache adds log delivery: so while adopting, immediately, unless the file says otherwise",
            Get = p => p.ApplyImmediately, With = (p, v) => p with { ApplyImmediately = v }, Writes = On(Rg, "apply_immediately"),
        },
        new Setting<string?>
        {
            Name = "auth_token_secret_id", Property = nameof(ValkeyCacheProps.AuthTokenSecretId), Group = Production, Default = "no token",
            Documentation = "a Secrets Manager secret (name or ARN) holding the AUTH token, read at plan time by `data.aws_secretsmanager_secret_version.valkey_auth_token`: the token never appears in `cdk.tf.json`. Needs `transit_encryption_enabled` (ElastiCache accepts a token only with TLS); the token must be 16 to 128 printable characters with only `! & # $ ^ < > -` besides letters and digits (checked at plan time)",
            Get = p => p.AuthTokenSecretId, With = (p, v) => p with { AuthTokenSecretId = v }, Writes = On(Rg, "auth_token"),
        },
        new Setting<string?>
        {
            Name = "auth_token_update_strategy", Property = nameof(ValkeyCacheProps.AuthTokenUpdateStrategy), Group = Production, Default = "`ROTATE` (with a token)",
            Documentation = "with a token, `SET` or `ROTATE`: how a changed token is applied; ROTATE accepts the old and the new one until the next change, so services with the old token keep working while they are redeployed. Without a token, only `DELETE`, with `users` or `user_group_ids`: the move from a token to users in one deploy, which needs hashicorp/aws 6.31.0 or later (with the pinned 6.25.0 the move takes three steps: see [Users and IAM authentication](#users-and-iam-authentication))",
            Get = p => p.AuthTokenUpdateStrategy, With = (p, v) => p with { AuthTokenUpdateStrategy = v }, Writes = On(Rg, "auth_token_update_strategy"),
        },
        new Setting<IReadOnlyList<string>>
        {
            Name = "user_group_ids", Property = nameof(ValkeyCacheProps.UserGroupIds), Group = Production, Default = "`[]`",
            Documentation = "ElastiCache user groups for role-based access control, instead of a token (never both); needs TLS",
            Get = p => p.UserGroupIds, With = (p, v) => p with { UserGroupIds = v }, Writes = On(Rg, "user_group_ids"),
        },
        new Setting<IReadOnlyList<ValkeyUser>>
        {
            Name = "users", Property = nameof(ValkeyCacheProps.Users), Group = Production, Default = "`[]`",
            Documentation = "users the stack creates for role-based access control, each `{ \"user_name\", \"access_string\" (default `\"on ~* +@all\"`), \"authentication\": \"iam\" (the default) or { \"password_secret_ids\": [one or two secrets] } }`, in a user group of engine `valkey` attached to the cache. IAM users need no password (the ECS task role signs a token; the output `valkey_iam_connect_policy` is the policy it needs). Needs `transit_encryption_enabled` with mode `required`; not with `user_group_ids`. With `auth_token_secret_id` too, the users and their group are made but not attached: the first step of moving a token cache to users. See [Users and IAM authentication](#users-and-iam-authentication)",
            Get = p => p.Users, With = (p, v) => p with { Users = v }, Writes = [.. On(User, "user_name", "user_id", "access_string", "authentication_mode"), .. On(UserGroup, "user_ids")], Adds = [User, UserGroup],
        },
        new Setting<string?>
        {
            Name = "kms_key_id", Property = nameof(ValkeyCacheProps.KmsKeyId), Group = Production, Default = "the AWS-managed key",
            Documentation = "a customer-managed KMS key ARN for encryption at rest; needs `at_rest_encryption_enabled`",
            Get = p => p.KmsKeyId, With = (p, v) => p with { KmsKeyId = v }, Writes = On(Rg, "kms_key_id"),
        },

        // ----- Data protection -----
        new Setting<bool>
        {
            Name = "prevent_destroy", Property = nameof(ValkeyCacheProps.PreventDestroy), Group = DataProtection, Default = "`true`",
            Documentation = "`lifecycle.prevent_destroy` on the replication group: Terraform refuses any plan that destroys or replaces it",
            Get = p => p.PreventDestroy, With = (p, v) => p with { PreventDestroy = v },
        },
        new Setting<string?>
        {
            Name = "final_snapshot_identifier", Property = nameof(ValkeyCacheProps.FinalSnapshotIdentifier), Group = DataProtection,
            Default = "`{replication group id}-final`",
            Documentation = "ElastiCache snapshots the data when the group is deleted on purpose",
            Get = p => p.FinalSnapshotIdentifier, With = (p, v) => p with { FinalSnapshotIdentifier = v }, Writes = On(Rg, "final_snapshot_identifier"),
        },
        new Setting<string?>
        {
            Name = "snapshot_name", Property = nameof(ValkeyCacheProps.SnapshotName), Group = DataProtection, Default = "none",
            Documentation = "creates the group from a snapshot (the documentation's restore, without the CLI)",
            Get = p => p.SnapshotName, With = (p, v) => p with { SnapshotName = v }, Writes = On(Rg, "snapshot_name"),
        },

        // ----- Names that match what exists -----
        new Setting<string?>
        {
            Name = "replication_group_id", Property = nameof(ValkeyCacheProps.ReplicationGroupId), Group = Names,
            Default = "`{prefix}-{environment}-valkey`",
            Documentation = "the replication group's id, to adopt a group whose id does not follow the convention; also names the log groups and alarms",
            Get = p => p.ReplicationGroupId, With = (p, v) => p with { ReplicationGroupId = v }, Names = NamedAfterTheId,
            // The log groups are named after the replication group: /aws/elasticache/{replication group id}/slow-log.
            Writes = [.. On(Rg, "replication_group_id"), .. On(LogGroup, "name")],
        },
        new Setting<string?>
        {
            Name = "replication_group_description", Property = nameof(ValkeyCacheProps.ReplicationGroupDescription), Group = Names,
            Default = "`Valkey cache of {project_name} ({environment})`",
            Documentation = "the replication group's description",
            Get = p => p.ReplicationGroupDescription, With = (p, v) => p with { ReplicationGroupDescription = v }, Writes = On(Rg, "description"),
        },
        new Setting<string?>
        {
            Name = "subnet_group_name", Property = nameof(ValkeyCacheProps.SubnetGroupName), Group = Names,
            Default = "`{prefix}-{environment}-valkey-subnets`",
            Documentation = "the subnet group's name, to adopt an existing one",
            Get = p => p.SubnetGroupName, With = (p, v) => p with { SubnetGroupName = v }, Writes = [.. On(Sn, "name"), .. On(Rg, "subnet_group_name")],
        },
        new Setting<string?>
        {
            Name = "subnet_group_description", Property = nameof(ValkeyCacheProps.SubnetGroupDescription), Group = Names,
            Default = "`Private subnets of the Valkey cache of {project_name} ({environment})`",
            Documentation = "the subnet group's description",
            Get = p => p.SubnetGroupDescription, With = (p, v) => p with { SubnetGroupDescription = v }, Writes = On(Sn, "description"),
        },
        new Setting<string?>
        {
            Name = "security_group_name", Property = nameof(ValkeyCacheProps.SecurityGroupName), Group = Names,
            Default = "`{prefix}-{environment}-valkey-sg`",
            Documentation = "the security group's name, to adopt an existing one",
            Get = p => p.SecurityGroupName, With = (p, v) => p with { SecurityGroupName = v }, Writes = On(Sg, "name"),
        },
        new Setting<string?>
        {
            Name = "security_group_description", Property = nameof(ValkeyCacheProps.SecurityGroupDescription), Group = Names,
            Default = "`Valkey cache of {project_name} ({environment}): ECS tasks only`",
            Documentation = "the security group's description, to adopt an existing group (EC2 cannot change a group's description)",
            Get = p => p.SecurityGroupDescription, With = (p, v) => p with { SecurityGroupDescription = v }, Writes = On(Sg, "description"),
        },
    ];

    /// <summary>The setting named <paramref name="name"/> (snake_case); null when none is.</summary>
    public static Setting? Named(string name) => All.FirstOrDefault(s => s.Name == name);

    /// <summary>
    /// The setting that writes <paramref name="attribute"/> (its top-level part) of a resource of
    /// <paramref name="type"/>, else the first that makes it through a name: the one to set so a stack matches what
    /// exists; null when none reaches it.
    /// </summary>
    public static Setting? WriterOf(string type, string attribute)
    {
        var top = new TerraformAttribute(type, attribute.Split('.')[0]);
        return All.FirstOrDefault(s => s.Writes.Contains(top)) ?? All.FirstOrDefault(s => s.Derived.Contains(top)) ?? All.FirstOrDefault(s => s.Names.Contains(top));
    }
}
