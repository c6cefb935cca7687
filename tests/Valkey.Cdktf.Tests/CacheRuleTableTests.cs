using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary>
/// The library's rules (<see cref="ValkeyCacheRules"/>), table-driven, at the library's boundary: a valid
/// <see cref="ValkeyCacheProps"/> broken one way, the field the problem names and what it says. How an
/// environment file is read (JSON kinds, unknown and missing keys) is the app's to test.
/// </summary>
public sealed class CacheRuleTableTests
{
    private const string Kms = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d";

    /// <summary>Every optional value the table's rules read, valid, set: the base each case breaks.</summary>
    private static ValkeyCacheProps Valid() => CacheFixtures.RequiredOnly() with
    {
        MaintenanceWindow = "sun:03:00-sun:04:00",
        SnapshotRetentionLimit = 7,
        SnapshotWindow = "02:00-03:00",
        Tags = new Dictionary<string, string> { ["Environment"] = "homolog", ["Project"] = "pbet" },
    };

    /// <summary>Case → (the change, the field of the problem, a piece of what it expects).</summary>
    private static readonly Dictionary<string, (Func<ValkeyCacheProps, ValkeyCacheProps> Change, string Field, string Expected)> Cases = new()
    {
        ["engine_version 7.0"] = (p => p with { EngineVersion = "7.0", ParameterGroupName = "default.valkey7" }, "engine_version", "a Valkey version ElastiCache offers"),
        ["engine_version without minor"] = (p => p with { EngineVersion = "8" }, "engine_version", "a Valkey version ElastiCache offers"),
        ["engine_version a redis version"] = (p => p with { EngineVersion = "6.x" }, "engine_version", "a Valkey version ElastiCache offers"),
        ["parameter group 7 with engine 8"] = (p => p with { ParameterGroupName = "default.valkey7" }, "parameter_group_name", "engine_version 8.0 goes with default.valkey8"),
        ["parameter group 8 with engine 7.2"] = (p => p with { EngineVersion = "7.2", ParameterGroupName = "default.valkey8" }, "parameter_group_name", "goes with default.valkey7"),
        ["parameters with engine 9.9"] = (p => p with { EngineVersion = "9.9", Parameters = new Dictionary<string, string> { ["timeout"] = "300" } }, "engine_version", "a Valkey version ElastiCache offers"),
        ["parameters unknown"] = (p => p with { Parameters = new Dictionary<string, string> { ["maxmemory"] = "1gb" } }, "parameters.maxmemory", "such as maxmemory-policy"),
        ["node_type without cache."] = (p => p with { NodeType = "t3.micro" }, "node_type", "an ElastiCache node type"),
        ["node_type T2"] = (p => p with { NodeType = "cache.t2.micro" }, "node_type", "T2 is no longer offered"),
        ["num_cache_nodes 0"] = (p => p with { NumCacheNodes = 0 }, "num_cache_nodes", "1 to 6"),
        ["num_cache_nodes 7"] = (p => p with { NumCacheNodes = 7 }, "num_cache_nodes", "1 to 6"),
        ["port 0"] = (p => p with { Port = 0 }, "port", "a TCP port, 1 to 65535"),
        ["port 70000"] = (p => p with { Port = 70000 }, "port", "a TCP port, 1 to 65535"),
        ["maintenance_window format"] = (p => p with { MaintenanceWindow = "sunday 03:00" }, "maintenance_window", "ddd:hh24:mi-ddd:hh24:mi"),
        ["maintenance_window 30 minutes"] = (p => p with { MaintenanceWindow = "sun:05:00-sun:05:30" }, "maintenance_window", "at least 60 minutes; it is 30"),
        ["snapshot_window format"] = (p => p with { SnapshotWindow = "2-3" }, "snapshot_window", "hh24:mi-hh24:mi"),
        ["snapshot_window 30 minutes"] = (p => p with { SnapshotWindow = "02:00-02:30" }, "snapshot_window", "at least 60 minutes; it is 30"),
        ["windows overlap"] = (p => p with { MaintenanceWindow = "sun:02:30-sun:03:30" }, "snapshot_window", "does not overlap maintenance_window"),
        ["windows overlap across midnight"] = (p => p with { MaintenanceWindow = "mon:00:00-mon:01:00", SnapshotWindow = "23:30-00:30" }, "snapshot_window", "does not overlap"),
        ["snapshot_retention_limit -1"] = (p => p with { SnapshotRetentionLimit = -1 }, "snapshot_retention_limit", "0 to 35 days"),
        ["snapshot_retention_limit 36"] = (p => p with { SnapshotRetentionLimit = 36 }, "snapshot_retention_limit", "0 to 35 days"),
        ["vpc_id of another kind"] = (p => p with { VpcId = "subnet-12345" }, "vpc_id", "a VPC id"),
        ["subnet id of another kind"] = (p => p with { PrivateSubnetIds = ["subnet-12345", "sg-67890"] }, "private_subnet_ids[1]", "a subnet id"),
        ["duplicate subnet"] = (p => p with { PrivateSubnetIds = ["subnet-12345", "subnet-12345"] }, "private_subnet_ids[1]", "each subnet once"),
        ["no subnets"] = (p => p with { PrivateSubnetIds = [] }, "private_subnet_ids", "at least one subnet id"),
        ["one subnet with Multi-AZ"] = (p => p with { PrivateSubnetIds = ["subnet-12345"] }, "private_subnet_ids", "at least two subnets"),
        ["ecs_security_group_id of another kind"] = (p => p with { EcsSecurityGroupId = "vpc-12345" }, "ecs_security_group_id", "a security group id"),
        ["replication group id over 40 characters"] = (p => p with { Prefix = "plataforma-de-apostas-esportivas" }, "prefix, environment", "1 to 40"),
        ["replication_group_id over 40 characters"] = (p => p with { ReplicationGroupId = new string('a', 41) }, "replication_group_id", "1 to 40"),
        ["prefix with a double hyphen"] = (p => p with { Prefix = "pb--et" }, "prefix", "single hyphens"),
        ["prefix starting with a digit"] = (p => p with { Prefix = "1pbet" }, "prefix", "starting with a letter"),
        ["environment with a space"] = (p => p with { Environment = "h ml" }, "environment", "single hyphens"),
        ["project_name with non-ASCII letters"] = (p => p with { ProjectName = "plataforma-apostação" }, "project_name", "security group's description"),
        ["security_group_description with non-ASCII letters"] = (p => p with { SecurityGroupDescription = "cache ção" }, "security_group_description", "EC2's rule for descriptions"),
        ["security_group_name starting with sg-"] = (p => p with { SecurityGroupName = "sg-valkey" }, "security_group_name", "not starting with sg-"),
        ["replication_group_description blank"] = (p => p with { ReplicationGroupDescription = " " }, "replication_group_description", "not blank"),
        ["tag key aws:"] = (p => p with { Tags = new Dictionary<string, string> { ["aws:owner"] = "me" } }, "tags.aws:owner", "not starting with aws:"),
        ["tag value with a dollar and braces"] = (p => p with { Tags = new Dictionary<string, string> { ["Owner"] = "${team}" } }, "tags.Owner", "a tag value of Unicode letters"),
        ["tag value with a percent"] = (p => p with { Tags = new Dictionary<string, string> { ["Cost"] = "100%" } }, "tags.Cost", "a tag value of Unicode letters"),
        ["tag value with a NUL"] = (p => p with { Tags = new Dictionary<string, string> { ["Owner"] = "a\u0000b" } }, "tags.Owner", "a tag value of Unicode letters"),
        ["tag key with a right-to-left override"] = (p => p with { Tags = new Dictionary<string, string> { ["Own\u202Eer"] = "x" } }, "tags.Own\u202Eer", "a tag key of Unicode letters"),
        ["tag value over 256 characters"] = (p => p with { Tags = new Dictionary<string, string> { ["Owner"] = new string('a', 257) } }, "tags.Owner", "at most 256 characters"),
        ["alarm_cache_hit_rate_percent as a fraction"] = (p => p with { AlarmCacheHitRatePercent = 0.9 }, "alarm_cache_hit_rate_percent", "90, not 0.9"),
        ["alarm_engine_cpu_percent above 100"] = (p => p with { AlarmEngineCpuPercent = 120 }, "alarm_engine_cpu_percent", "a percentage above 0 and at most 100"),
        ["alarm_max_connections above the hard limit"] = (p => p with { AlarmMaxConnections = 70000 }, "alarm_max_connections", "1 to 65000"),
        ["alarm_replication_lag_seconds 0"] = (p => p with { AlarmReplicationLagSeconds = 0 }, "alarm_replication_lag_seconds", "1 to 86400 seconds"),
        ["alarm_authentication_failures negative"] = (p => p with { AlarmAuthenticationFailures = -1 }, "alarm_authentication_failures", "0 to 100000"),
        ["alarm_evictions too many"] = (p => p with { AlarmEvictions = 20_000_000 }, "alarm_evictions", "0 to 10000000"),
        ["alarm_cpu_credit_balance negative"] = (p => p with { AlarmCpuCreditBalance = -5 }, "alarm_cpu_credit_balance", "1 to 10000 CPU credits"),
        ["alarm_actions not SNS"] = (p => p with { AlarmActions = ["arn:aws:sqs:us-east-1:123456789012:q"] }, "alarm_actions[0]", "an SNS topic ARN"),
        ["notification_topic_arn not SNS"] = (p => p with { NotificationTopicArn = "topic" }, "notification_topic_arn", "an SNS topic ARN"),
        ["log_retention_days not accepted"] = (p => p with { LogRetentionDays = 45 }, "log_retention_days", "a retention CloudWatch Logs accepts"),
        ["kms_key_id not an ARN"] = (p => p with { KmsKeyId = "alias/valkey" }, "kms_key_id", "a customer-managed KMS key ARN"),
        ["kms_key_id without at-rest"] = (p => p with { KmsKeyId = Kms, AtRestEncryptionEnabled = false }, "kms_key_id", "no key while at_rest_encryption_enabled is false"),
        ["log_kms_key_id an alias"] = (p => p with { LogKmsKeyId = "alias/logs" }, "log_kms_key_id", "a customer-managed KMS key ARN"),
        ["log_kms_key_id without logs"] = (p => p with { LogKmsKeyId = Kms, LogDeliveryEnabled = false }, "log_kms_key_id", "no key while log_delivery_enabled is false"),
        ["unknown node type without a host cpu threshold"] = (p => p with { NodeType = "cache.x9.huge" }, "alarm_host_cpu_percent", "not in the node type table"),
        ["token without TLS"] = (p => p with { AuthTokenSecretId = "valkey/token" }, "auth_token_secret_id", "no token while transit_encryption_enabled is false"),
        ["token and user groups"] = (p => p with { TransitEncryptionEnabled = true, AuthTokenSecretId = "valkey/token", UserGroupIds = ["apps"] }, "user_group_ids", "never both"),
        ["strategy without a token"] = (p => p with { AuthTokenUpdateStrategy = AuthTokenUpdateStrategy.Set }, "auth_token_update_strategy", "no SET or ROTATE without auth_token_secret_id"),
        ["DELETE beside a token"] = (p => p with { TransitEncryptionEnabled = true, AuthTokenSecretId = "valkey/token", AuthTokenUpdateStrategy = AuthTokenUpdateStrategy.Delete }, "auth_token_update_strategy", "DELETE drops the token for users"),
        ["DELETE without users"] = (p => p with { TransitEncryptionEnabled = true, AuthTokenUpdateStrategy = AuthTokenUpdateStrategy.Delete }, "auth_token_update_strategy", "DELETE only with users or user_group_ids"),
        ["data tiering off on a tiered node"] = (p => p with { NodeType = "cache.r6gd.xlarge", AlarmHostCpuPercent = 50, DataTieringEnabled = false }, "data_tiering_enabled", "AWS requires data tiering on these nodes"),
        ["data tiering on an untiered node"] = (p => p with { DataTieringEnabled = true }, "data_tiering_enabled", "no data tiering on cache.t3.micro"),
        ["user groups without TLS"] = (p => p with { UserGroupIds = ["apps"] }, "user_group_ids", "role-based access control needs TLS"),
        ["user group id malformed"] = (p => p with { TransitEncryptionEnabled = true, UserGroupIds = ["1apps"] }, "user_group_ids[0]", "an ElastiCache user group id"),
        ["transit mode without TLS"] = (p => p with { TransitEncryptionMode = TransitEncryptionMode.Preferred }, "transit_encryption_mode", "no mode while transit_encryption_enabled is false"),
        ["transit mode preferred with user groups"] = (p => p with { TransitEncryptionEnabled = true, TransitEncryptionMode = TransitEncryptionMode.Preferred, UserGroupIds = ["apps"] }, "transit_encryption_mode", "ElastiCache does not take preferred"),
        ["a CDKTF token marker"] = (p => p with { ReplicationGroupDescription = "${TfToken[TOKEN.1]}" }, "replication_group_description", "CDK for Terraform reserves"),
    };

    public static TheoryData<string> CaseIds() => [.. Cases.Keys];

    [Fact]
    public void The_valid_base_breaks_no_rule() => Assert.Empty(ValkeyCacheRules.Check(Valid()));

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void A_broken_value_is_one_problem_naming_its_field(string caseId)
    {
        var (change, field, expected) = Cases[caseId];

        var problems = ValkeyCacheRules.Check(change(Valid()));

        var problem = Assert.Single(problems, p => p.Field == field);
        Assert.Contains(expected, problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void The_construct_refuses_the_same_props_with_every_problem_at_once()
    {
        var props = Valid() with { Port = 0, NumCacheNodes = 9 };

        var e = Assert.Throws<ValkeyConfigurationException>(() => CacheFixtures.SynthCache(props));

        Assert.Equal(["num_cache_nodes", "port"], e.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }
}
