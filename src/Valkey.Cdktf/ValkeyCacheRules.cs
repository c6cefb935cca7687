using System.Globalization;
using System.Text.RegularExpressions;
using Valkey.Cdktf.Settings;
using Valkey.Cdktf.Validation;

namespace Valkey.Cdktf;

/// <summary>
/// The rules of <see cref="ValkeyCacheProps"/>, as one table, from the AWS provider's
/// validations and the ElastiCache documentation. Fields are named as in environment files
/// (<c>node_type</c>); each rule skips an absent value, which <c>Required</c>
/// reports once. <see cref="ValkeyCache"/> runs them before creating anything; environment
/// files run them too.
/// </summary>
internal static partial class ValkeyCacheRules
{
    /// <summary>Most nodes in one replication group without cluster mode: a primary and five replicas.</summary>
    public const int MaxCacheNodes = 6;

    /// <summary>Longest automatic snapshot retention ElastiCache accepts, in days.</summary>
    public const int MaxSnapshotRetentionDays = 35;

    /// <summary>Shortest maintenance or snapshot window ElastiCache accepts, in minutes.</summary>
    public const int MinWindowMinutes = 60;

    /// <summary>Longest replication group id (AWS and the provider's validateReplicationGroupID).</summary>
    public const int MaxReplicationGroupIdLength = 40;

    /// <summary>Longest subnet group or security group name.</summary>
    public const int MaxGroupNameLength = 255;

    private const string NoShortening = " (names are never silently shortened)";
    private const string Ec2Text = "ASCII letters, digits, spaces and ._-:/()#,@[]+=&;{}!$*";
    private const string Convention = "prefix, environment";

    private static readonly string[] RetiredNodeFamilies = ["t1", "t2", "m1", "m2", "c1"];


    /// <summary>ElastiCache's hard limit of client connections a node.</summary>
    public const int MaxConnections = 65000;

    private const string SnsExpected = "an SNS topic ARN: arn:<partition>:sns:<region>:<12-digit account>:<topic name>";

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$")] private static partial Regex SnsTopic();
    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:key/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")] private static partial Regex KmsKeyArn();
    [GeneratedRegex(@"^([A-Za-z0-9/_+=.@-]{1,512}|arn:aws(-[a-z]+)*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+)$")] private static partial Regex SecretId();
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,39}$")] private static partial Regex UserGroupId();
    [GeneratedRegex("^[A-Za-z0-9-]+$")] private static partial Regex NamePart();
    [GeneratedRegex("^vpc-[0-9a-f]+$")] private static partial Regex VpcId();
    [GeneratedRegex("^subnet-[0-9a-f]+$")] private static partial Regex SubnetId();
    [GeneratedRegex(@"^cache\.([a-z][a-z0-9-]*)\.[a-z0-9]+$")] private static partial Regex NodeType();
    [GeneratedRegex(@"^([7-9])\.(\d+)$")] private static partial Regex EngineVersion();
    [GeneratedRegex(@"^default\.valkey(\d+)(\..+)?$")] private static partial Regex DefaultParameterGroup();
    // What EC2 accepts in a security group's description (and the provider in a rule's).
    [GeneratedRegex(@"^[A-Za-z0-9 ._\-:/()#,@\[\]+=&;{}!$*]*$")] private static partial Regex SecurityGroupText();

    /// <summary>
    /// Every rule, in the order problems are reported. A rule of one setting is keyed by its property and gets the
    /// setting's name and value (<see cref="RuleTable{T}.For{TValue}"/>); a rule across settings names the ones it
    /// needs present (<see cref="RuleTable{T}.Across"/>) and is listed after them. Field names come from the properties
    /// (<see cref="ValkeyCacheSettings.NameOf{T}"/>), never from strings.
    /// </summary>
    public static RuleTable<ValkeyCacheProps> Table { get; } = new RuleTable<ValkeyCacheProps>(ValkeyCacheSettings.NameOf<object?>)
        // ----- Each setting alone -----
        .Required(p => p.Prefix)
        .Required(p => p.ProjectName)
        .Required(p => p.VpcId)
        .Required(p => p.PrivateSubnetIds)
        .Required(p => p.EcsSecurityGroupId)
        .Required(p => p.Environment)
        .For(p => p.Prefix, (field, value) => NamePartRule(field, value, mustStartWithLetter: true))
        .For(p => p.Environment, (field, value) => NamePartRule(field, value, mustStartWithLetter: false))
        .For(p => p.ProjectName, ProjectName)
        .For(p => p.VpcId, (field, value) => VpcId().IsMatch(value) ? [] : [ConfigurationProblem.For(field, value, "a VPC id: vpc- followed by lower-case hex digits")])
        .For(p => p.EcsSecurityGroupId,
            (field, value) => Identifiers.IsSecurityGroupId(value) ? [] : [ConfigurationProblem.For(field, value, Identifiers.SecurityGroupIdExpected)])
        .For(p => p.NodeType, Node)
        .For(p => p.EngineVersion, Engine)
        .For(p => p.Port, (field, value) => value is >= 1 and <= 65535 ? [] : [new(field, Number(value), "a TCP port, 1 to 65535")])
        .For(p => p.MaintenanceWindow, (field, value) => MaintenanceWindow(field, value!))
        .For(p => p.SnapshotWindow, (field, value) => SnapshotWindow(field, value!))
        .For(p => p.SnapshotRetentionLimit, (field, value) => Retention(field, value!.Value))
        .For(p => p.Tags, TagRules)
        .For(p => p.AlarmEngineCpuPercent, Percent)
        .For(p => p.AlarmHostCpuPercent, (field, value) => Percent(field, value!.Value))
        .For(p => p.AlarmMemoryPercent, Percent)
        .For(p => p.AlarmCacheHitRatePercent, (field, value) => value is >= 1 and <= 100 ? []
            : [new(field, Number(value), "a percentage, 1 to 100: CacheHitRate is in percent (90, not 0.9)")])
        .For(p => p.AlarmCacheHitRateMinLookups, (field, value) => value is >= 1 and <= 100_000_000 ? []
            : [new(field, Number(value), "1 to 100000000 key lookups a minute (with 0 a minute of no lookups would divide by zero)")])
        .For(p => p.AlarmMaxConnections, (field, value) => value is >= 1 and <= MaxConnections ? []
            : [new(field, Number(value), $"1 to {MaxConnections} (ElastiCache's hard limit of connections a node)")])
        .For(p => p.AlarmReplicationLagSeconds, (field, value) => value is >= 1 and <= 86400 ? [] : [new(field, Number(value), "1 to 86400 seconds")])
        .For(p => p.AlarmAuthenticationFailures, (field, value) => value is >= 0 and <= 100_000 ? []
            : [new(field, Number(value), "0 to 100000 failed AUTH commands a minute")])
        .For(p => p.AlarmEvictions, (field, value) => value is >= 0 and <= 10_000_000 ? [] : [new(field, Number(value), "0 to 10000000 evictions a minute")])
        .For(p => p.AlarmCpuCreditBalance, (field, value) => value is >= 1 and <= 10_000 ? [] : [new(field, Number(value), "1 to 10000 CPU credits")])
        .For(p => p.AlarmActions, SnsTopics)
        .For(p => p.OkActions, SnsTopics)
        .For(p => p.NotificationTopicArn, (field, value) => SnsTopic().IsMatch(value!) ? [] : [ConfigurationProblem.For(field, value, SnsExpected)])
        .For(p => p.AuthTokenVersion, (field, value) => value >= 1 ? [] : [new(field, Number(value), "a version of 1 or more, raised with each new token")])
        .For(p => p.LogRetentionDays, (field, value) => LogRetention.Days.Contains(value) ? []
            : [new(field, Number(value), $"a retention CloudWatch Logs accepts: {string.Join(", ", LogRetention.Days)} days")])
        // ----- Across settings: each rule after the settings it needs present -----
        .Across([p => p.Prefix, p => p.Environment, p => p.ProjectName], Names)
        .Across([p => p.PrivateSubnetIds], Subnets)
        .Across([p => p.NumCacheNodes], NodeCount)
        .Across([p => p.NumNodeGroups], Shards)
        .Across([p => p.ReplicasPerNodeGroup], Replicas)
        .Across([p => p.ParameterGroupName], ParameterGroup)
        .Across([p => p.Parameters], ParameterRules)
        .Across([p => p.MaintenanceWindow, p => p.SnapshotWindow], WindowsApart)
        .Across([p => p.NodeType, p => p.AlarmsEnabled], HostCpuNeeded)
        .Across([p => p.DataTieringEnabled], DataTieringRule)
        .Across([p => p.Serverless], Serverless)
        .Across([p => p.KmsKeyId], p => KeyArn(N(x => x.KmsKeyId), p.KmsKeyId!, p.AtRestEncryptionEnabled,
            "no key while at_rest_encryption_enabled is false: a key is only for encryption at rest"))
        .Across([p => p.LogKmsKeyId], p => KeyArn(N(x => x.LogKmsKeyId), p.LogKmsKeyId!, p.LogDeliveryEnabled,
            "no key while log_delivery_enabled is false: there are no log groups to encrypt"))
        .Across([p => p.AuthTokenSecretId], AuthToken)
        .Across([p => p.AuthTokenUpdateStrategy], TokenStrategy)
        .Across([p => p.UserGroupIds], UserGroups)
        .Across([p => p.Users], UserRules)
        .Across([p => p.TransitEncryptionMode], TransitMode)
        .Across([], TokenMarkers);

    /// <summary>The name of the setting <paramref name="property"/> names, for a rule across settings.</summary>
    private static string N<TValue>(System.Linq.Expressions.Expression<Func<ValkeyCacheProps, TValue>> property) => ValkeyCacheSettings.NameOf(property);

    /// <summary>Every problem with <paramref name="props"/>; empty when it is valid.</summary>
    /// <param name="props">The inputs.</param>
    /// <param name="alreadyReported">Fields whose problems a reader reported already (see <see cref="RuleTable{T}.Check"/>).</param>
    public static IReadOnlyList<ConfigurationProblem> Check(ValkeyCacheProps props, IReadOnlySet<string>? alreadyReported = null)
    {
        ArgumentNullException.ThrowIfNull(props);
        return Table.Check(props, alreadyReported);
    }

    /// <summary>prefix and environment: the parts every AWS name is made of.</summary>
    private static IEnumerable<ConfigurationProblem> NamePartRule(string field, string value, bool mustStartWithLetter)
    {
        if (value.Length == 0 || !NamePart().IsMatch(value) || value.Contains("--", StringComparison.Ordinal) || value.StartsWith('-') || value.EndsWith('-'))
        {
            yield return ConfigurationProblem.For(field, value,
                "letters, digits and single hyphens, not starting or ending with a hyphen (it begins every AWS name)");
        }
        else if (mustStartWithLetter && !char.IsAsciiLetter(value[0]))
        {
            yield return ConfigurationProblem.For(field, value, "a value starting with a letter (the replication group id must)");
        }
    }

    /// <summary>
    /// Every AWS name and description within AWS's rules, reported against the variable that
    /// made it: its own override, or prefix and environment for the convention's names.
    /// </summary>
    private static IEnumerable<ConfigurationProblem> Names(ValkeyCacheProps p)
    {
        var names = ValkeyNames.For(p);
        var idField = p.ReplicationGroupId is null ? Convention : "replication_group_id";
        if (!IsAwsIdentifier(names.ReplicationGroupId, MaxReplicationGroupIdLength))
        {
            yield return ConfigurationProblem.For(idField, names.ReplicationGroupId,
                $"a replication group id of 1 to {MaxReplicationGroupIdLength} letters, digits and hyphens, starting with a letter, " +
                $"without -- or a trailing hyphen; it is {names.ReplicationGroupId.Length} characters" + NoShortening);
        }
        if (names.SubnetGroupName.Length is 0 or > MaxGroupNameLength || !NamePart().IsMatch(names.SubnetGroupName))
        {
            yield return ConfigurationProblem.For(p.SubnetGroupName is null ? Convention : "subnet_group_name", names.SubnetGroupName,
                $"a subnet group name of 1 to {MaxGroupNameLength} letters, digits and hyphens" + NoShortening);
        }
        if (names.SecurityGroupName.Length is 0 or > MaxGroupNameLength || !SecurityGroupText().IsMatch(names.SecurityGroupName)
            || names.SecurityGroupName.StartsWith("sg-", StringComparison.OrdinalIgnoreCase))
        {
            yield return ConfigurationProblem.For(p.SecurityGroupName is null ? Convention : "security_group_name", names.SecurityGroupName,
                $"a security group name of 1 to {MaxGroupNameLength} {Ec2Text}, not starting with sg-" + NoShortening);
        }
        if (p.SecurityGroupDescription is not null
            && (p.SecurityGroupDescription.Length is 0 or > MaxGroupNameLength || !SecurityGroupText().IsMatch(p.SecurityGroupDescription)))
        {
            yield return ConfigurationProblem.For(N(x => x.SecurityGroupDescription), p.SecurityGroupDescription,
                $"1 to {MaxGroupNameLength} {Ec2Text} (EC2's rule for descriptions)");
        }
        foreach (var (field, value) in new[] { ("replication_group_description", p.ReplicationGroupDescription), ("subnet_group_description", p.SubnetGroupDescription), ("snapshot_name", p.SnapshotName) })
        {
            if (value is not null && (string.IsNullOrWhiteSpace(value) || value.Length > MaxGroupNameLength))
            {
                yield return ConfigurationProblem.For(field, value, $"1 to {MaxGroupNameLength} characters, not blank (omit the key for the default)");
            }
        }
        if (!IsAwsIdentifier(names.FinalSnapshotIdentifier, MaxGroupNameLength))
        {
            yield return ConfigurationProblem.For(p.FinalSnapshotIdentifier is null ? idField : "final_snapshot_identifier", names.FinalSnapshotIdentifier,
                $"a snapshot name of 1 to {MaxGroupNameLength} letters, digits and hyphens, starting with a letter, without -- or a trailing hyphen");
        }
    }

    /// <summary>ElastiCache's identifier rule: a letter first, then letters, digits and single hyphens, no trailing hyphen.</summary>
    private static bool IsAwsIdentifier(string value, int maxLength) =>
        value.Length >= 1 && value.Length <= maxLength && NamePart().IsMatch(value) && char.IsAsciiLetter(value[0])
        && !value.Contains("--", StringComparison.Ordinal) && !value.EndsWith('-');

    /// <summary>project_name appears in the security group's description, which EC2 restricts.</summary>
    private static IEnumerable<ConfigurationProblem> ProjectName(string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value) || !SecurityGroupText().IsMatch(value) || value.Length > 100)
        {
            yield return ConfigurationProblem.For(field, value, $"1 to 100 characters of {Ec2Text} (it goes into the security group's description)");
        }
    }

    /// <summary>private_subnet_ids: subnet ids, each once; enough of them for Multi-AZ.</summary>
    private static IEnumerable<ConfigurationProblem> Subnets(ValkeyCacheProps p)
    {
        var subnets = p.PrivateSubnetIds;
        for (var i = 0; i < subnets.Count; i++)
        {
            if (subnets[i] is null || !SubnetId().IsMatch(subnets[i]))
            {
                yield return ConfigurationProblem.For($"{N(x => x.PrivateSubnetIds)}[{i}]", subnets[i], "a subnet id: subnet- followed by lower-case hex digits");
            }
            else if (subnets.Take(i).Contains(subnets[i], StringComparer.Ordinal))
            {
                yield return ConfigurationProblem.For($"{N(x => x.PrivateSubnetIds)}[{i}]", subnets[i], "each subnet once; this one is listed twice");
            }
        }
        if (subnets.Count == 0)
        {
            yield return new(N(x => x.PrivateSubnetIds), "[]", "at least one subnet id");
        }
        else if (CacheTopology.Of(p).HasReplicas && subnets.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            yield return ConfigurationProblem.For(N(x => x.PrivateSubnetIds), subnets, p.NumNodeGroups is null
                ? $"at least two subnets (in different availability zones): num_cache_nodes is {p.NumCacheNodes ?? ValkeyCacheProps.DefaultNumCacheNodes}, which turns Multi-AZ on"
                : "at least two subnets (in different availability zones): each shard has a replica, which turns Multi-AZ on");
        }
    }

    private static IEnumerable<ConfigurationProblem> Node(string field, string value)
    {
        var m = NodeType().Match(value);
        if (!m.Success)
        {
            yield return ConfigurationProblem.For(field, value, "an ElastiCache node type such as cache.t3.micro or cache.r6g.large");
        }
        else if (RetiredNodeFamilies.Contains(m.Groups[1].Value, StringComparer.Ordinal))
        {
            yield return ConfigurationProblem.For(field, value,
                $"a current node type: {m.Groups[1].Value.ToUpperInvariant()} is no longer offered (use cache.t3.*, cache.t4g.* or newer)");
        }
    }

    /// <summary>data_tiering_enabled: true exactly on the node families that have it (<see cref="DataTiering"/>).</summary>
    private static IEnumerable<ConfigurationProblem> DataTieringRule(ValkeyCacheProps p)
    {
        var tiered = DataTiering.IsTieredNode(p.NodeType);
        if (p.DataTieringEnabled == true && !tiered)
        {
            yield return ConfigurationProblem.For(N(x => x.DataTieringEnabled), true,
                $"no data tiering on {p.NodeType}: AWS has it only on {string.Join(", ", DataTiering.NodeFamilies.Select(f => $"cache.{f}.*"))} nodes (CreateReplicationGroup, DataTieringEnabled)");
        }
        else if (p.DataTieringEnabled == false && tiered)
        {
            yield return ConfigurationProblem.For(N(x => x.DataTieringEnabled), false,
                $"true, or omitted, on {p.NodeType}: AWS requires data tiering on these nodes (CreateReplicationGroup, DataTieringEnabled: \"must be set to true when using r6gd nodes\")");
        }
    }

    /// <summary>Whether the node type is one of a family this file refuses on its own (retired), so no other rule need speak of it.</summary>
    private static bool RefusedFamily(string nodeType) =>
        NodeType().Match(nodeType) is { Success: true } m && RetiredNodeFamilies.Contains(m.Groups[1].Value, StringComparer.Ordinal);

    private static IEnumerable<ConfigurationProblem> NodeCount(ValkeyCacheProps p)
    {
        if (p.NumCacheNodes is < 1 or > MaxCacheNodes)
        {
            yield return new(N(x => x.NumCacheNodes), p.NumCacheNodes.Value.ToString(CultureInfo.InvariantCulture),
                $"1 to {MaxCacheNodes} (one primary and up to {MaxCacheNodes - 1} replicas)");
        }
        if (p.NumNodeGroups is not null)
        {
            yield return new(N(x => x.NumCacheNodes), p.NumCacheNodes!.Value.ToString(CultureInfo.InvariantCulture),
                "left out with num_node_groups: in cluster mode each shard has replicas_per_node_group replicas (never both)");
        }
    }

    // ElastiCache's limits for a cluster mode enabled group: each shard a primary and up to 5 replicas, and up to 500 nodes in
    // all, "between 83 shards (one primary and 5 replicas per shard) and 500 shards (single primary and no replicas)" (API
    // reference, CreateReplicationGroup).
    public const int MaxShards = 500;
    public const int MaxReplicasPerShard = 5;
    public const int MaxClusterNodes = 500;

    private static IEnumerable<ConfigurationProblem> Shards(ValkeyCacheProps p)
    {
        if (p.NumNodeGroups is < 1 or > MaxShards)
        {
            yield return new(N(x => x.NumNodeGroups), p.NumNodeGroups.Value.ToString(CultureInfo.InvariantCulture), $"1 to {MaxShards} shards");
        }
        else if (p.ReplicasPerNodeGroup is null or (>= 0 and <= MaxReplicasPerShard) && CacheTopology.Of(p) is { Nodes: > MaxClusterNodes } topology)
        {
            yield return new(N(x => x.NumNodeGroups), p.NumNodeGroups!.Value.ToString(CultureInfo.InvariantCulture),
                $"at most {MaxClusterNodes} nodes in all: {p.NumNodeGroups} shards × ({topology.ReplicasPerShard} replicas + 1) is {topology.Nodes}");
        }
    }

    private static IEnumerable<ConfigurationProblem> Replicas(ValkeyCacheProps p)
    {
        if (p.NumNodeGroups is null)
        {
            yield return new(N(x => x.ReplicasPerNodeGroup), p.ReplicasPerNodeGroup!.Value.ToString(CultureInfo.InvariantCulture),
                "set only with num_node_groups (cluster mode); without it, num_cache_nodes counts the replicas");
        }
        else if (p.ReplicasPerNodeGroup is < 0 or > MaxReplicasPerShard)
        {
            yield return new(N(x => x.ReplicasPerNodeGroup), p.ReplicasPerNodeGroup.Value.ToString(CultureInfo.InvariantCulture), $"0 to {MaxReplicasPerShard} replicas a shard");
        }
    }

    private static IEnumerable<ConfigurationProblem> Engine(string field, string value)
    {
        if (!EngineVersion().IsMatch(value) || !ValkeyEngineVersions.IsOffered(value))
        {
            yield return ConfigurationProblem.For(field, value,
                $"a Valkey version ElastiCache offers: {string.Join(", ", ValkeyEngineVersions.Offered)}");
        }
    }

    /// <summary>A default parameter group of the engine's family; never with parameters.</summary>
    private static IEnumerable<ConfigurationProblem> ParameterGroup(ValkeyCacheProps p)
    {
        if (string.IsNullOrEmpty(p.ParameterGroupName))
        {
            yield return ConfigurationProblem.For(N(x => x.ParameterGroupName), p.ParameterGroupName, "a parameter group name such as default.valkey8");
            yield break;
        }
        if (p.Parameters is { Count: > 0 })
        {
            yield return ConfigurationProblem.For(N(x => x.ParameterGroupName), p.ParameterGroupName,
                "left out when parameters is set: the stack then creates the parameter group itself (never both)");
        }
        var v = p.EngineVersion is null ? null : EngineVersion().Match(p.EngineVersion);
        var g = DefaultParameterGroup().Match(p.ParameterGroupName);
        if (g.Success && (g.Groups[2].Value == ".cluster.on") != (p.NumNodeGroups is not null))
        {
            // A default group's cluster-enabled must match the cluster mode (ElastiCache User Guide, Engine specific parameters:
            // default.valkey8.cluster.on for cluster mode enabled, default.valkey8 for disabled).
            yield return ConfigurationProblem.For(N(x => x.ParameterGroupName), p.ParameterGroupName, p.NumNodeGroups is null
                ? "a default group without .cluster.on: cluster mode is disabled (no num_node_groups)"
                : "a default group ending in .cluster.on (such as default.valkey8.cluster.on): num_node_groups turns cluster mode on");
        }
        if (v is { Success: true } && ValkeyEngineVersions.IsOffered(p.EngineVersion!) && g.Success && g.Groups[1].Value != v.Groups[1].Value)
        {
            yield return ConfigurationProblem.For(N(x => x.ParameterGroupName), p.ParameterGroupName,
                $"a parameter group of the engine's family: engine_version {p.EngineVersion} goes with default.valkey{v.Groups[1].Value}");
        }
    }

    // maxmemory-policy's permitted values (ElastiCache User Guide, Engine specific parameters, maxmemory-policy:
    // https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ParameterGroups.Engine.html).
    private static readonly string[] MaxmemoryPolicies =
        ["volatile-lru", "allkeys-lru", "volatile-lfu", "allkeys-lfu", "volatile-random", "allkeys-random", "volatile-ttl", "noeviction"];

    /// <summary>parameters: names the engine's family lets a custom group change, values as strings.</summary>
    private static IEnumerable<ConfigurationProblem> ParameterRules(ValkeyCacheProps p)
    {
        if (p.EngineVersion is null || !ValkeyEngineVersions.IsOffered(p.EngineVersion)) yield break; // engine_version's own rule speaks
        var family = ValkeyParameters.FamilyOf(p.EngineVersion);
        foreach (var (name, value) in p.Parameters.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var field = $"parameters.{name}";
            if (name == "cluster-enabled")
            {
                yield return ConfigurationProblem.For(field, name, "a parameter a custom group may change: cluster-enabled is not one to set here (the stack writes it from the cluster mode: yes with num_node_groups)");
            }
            else if (!ValkeyParameters.Modifiable(family).Contains(name, StringComparer.Ordinal))
            {
                yield return ConfigurationProblem.For(field, name,
                    $"a parameter {family} lets a custom group change, such as {ValkeyParameters.Nearest(p.EngineVersion, name)} (the list: src/Valkey.Cdktf/Validation/ValkeyParameters.cs)");
            }
            else if (!ValkeyParameters.IsModifiableOn(p.EngineVersion, name))
            {
                yield return ConfigurationProblem.For(field, name,
                    $"engine_version {ValkeyParameters.AddedInVersion(name)} or later for this parameter: AWS's {family} parameters of Valkey {ValkeyParameters.AddedInVersion(name)} do not apply to {p.EngineVersion} (ElastiCache User Guide, Engine specific parameters)");
            }
            else if (string.IsNullOrEmpty(value) || value.Length > ValkeyParameters.MaxValueLength)
            {
                yield return ConfigurationProblem.For(field, value, $"a value of 1 to {ValkeyParameters.MaxValueLength} characters, as a JSON string (\"300\", not 300)");
            }
            else if (name == "maxmemory-policy" && !MaxmemoryPolicies.Contains(value, StringComparer.Ordinal))
            {
                yield return ConfigurationProblem.For(field, value, $"one of {string.Join(", ", MaxmemoryPolicies)}");
            }
        }
    }

    private static IEnumerable<ConfigurationProblem> MaintenanceWindow(string field, string value)
    {
        var window = WeeklyWindow.ParseWeekly(value);
        if (window is null)
        {
            yield return ConfigurationProblem.For(field, value, "ddd:hh24:mi-ddd:hh24:mi in UTC, such as sun:03:00-sun:04:00");
        }
        else if (window.Value.WeeklyLength < MinWindowMinutes)
        {
            yield return ConfigurationProblem.For(field, value,
                $"a window of at least {MinWindowMinutes} minutes; it is {window.Value.WeeklyLength}");
        }
    }

    private static IEnumerable<ConfigurationProblem> SnapshotWindow(string field, string value)
    {
        var window = WeeklyWindow.ParseDaily(value);
        if (window is null)
        {
            yield return ConfigurationProblem.For(field, value, "hh24:mi-hh24:mi in UTC, such as 02:00-03:00");
        }
        else if (window.Value.DailyLength < MinWindowMinutes)
        {
            yield return ConfigurationProblem.For(field, value,
                $"a window of at least {MinWindowMinutes} minutes; it is {window.Value.DailyLength}");
        }
    }

    /// <summary>The snapshot window may not overlap the maintenance window (touching is fine).</summary>
    private static IEnumerable<ConfigurationProblem> WindowsApart(ValkeyCacheProps p)
    {
        if (WeeklyWindow.ParseWeekly(p.MaintenanceWindow!) is { } mw && WeeklyWindow.ParseDaily(p.SnapshotWindow!) is { } sw && mw.OverlapsDaily(sw))
        {
            yield return ConfigurationProblem.For(N(x => x.SnapshotWindow), p.SnapshotWindow,
                $"a window that does not overlap maintenance_window {ConfigurationProblem.Show(p.MaintenanceWindow)}");
        }
    }

    private static IEnumerable<ConfigurationProblem> Retention(string field, int value)
    {
        if (value is < 0 or > MaxSnapshotRetentionDays)
        {
            yield return new(field, value.ToString(CultureInfo.InvariantCulture),
                $"0 to {MaxSnapshotRetentionDays} days (0 turns automatic snapshots off)");
        }
    }

    /// <summary>
    /// transit_encryption_mode: preferred or required, only with TLS on (AWS: "To modify transit encryption
    /// mode, set encryption-in-transit as enabled"), and not preferred with user groups (AWS: "Transit encryption
    /// preferred is not supported with redis access control"; the API's errors, as cloudposse/terraform-aws-elasticache-redis
    /// issues #240 and #239 quote them).
    /// </summary>
    private static IEnumerable<ConfigurationProblem> TransitMode(ValkeyCacheProps p)
    {
        var field = N(x => x.TransitEncryptionMode);
        var mode = SettingValues.Of(p.TransitEncryptionMode!.Value);
        if (!p.TransitEncryptionEnabled)
        {
            yield return ConfigurationProblem.For(field, mode,
                "no mode while transit_encryption_enabled is false: a mode says how TLS is enforced (set transit_encryption_enabled true)");
        }
        else if (p.TransitEncryptionMode == TransitEncryptionMode.Preferred && (p.UserGroupIds.Count > 0 || p.Users.Count > 0))
        {
            yield return ConfigurationProblem.For(field, mode,
                "required with user_group_ids or users: ElastiCache does not take preferred with role-based access control");
        }
    }

    // What ElastiCache accepts in a tag key or value: Unicode letters, digits, spaces and _ . : / = + - @
    // (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Tagging-Resources.html). Tags go on every
    // resource of the stack, so the strictest service's rule is the rule.
    [GeneratedRegex(@"^[\p{L}\p{Nd} _.:/=+\-@]*$")] private static partial Regex TagText();

    private const string TagCharacters = "Unicode letters, digits, spaces and _ . : / = + - @ only (what ElastiCache accepts in tags)";

    /// <summary>tags: AWS tag keys and values.</summary>
    private static IEnumerable<ConfigurationProblem> TagRules(string field, IReadOnlyDictionary<string, string> value)
    {
        foreach (var (key, text) in value)
        {
            if (string.IsNullOrEmpty(key) || key.Length > 128 || key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                yield return ConfigurationProblem.For($"{field}.{key}", key, "a tag key of 1 to 128 characters, not starting with aws:");
            }
            else if (!TagText().IsMatch(key))
            {
                yield return ConfigurationProblem.For($"{field}.{key}", key, $"a tag key of {TagCharacters}");
            }
            if (text is null || text.Length > 256)
            {
                yield return ConfigurationProblem.For($"{field}.{key}", text, "a tag value of at most 256 characters");
            }
            else if (!TagText().IsMatch(text))
            {
                yield return ConfigurationProblem.For($"{field}.{key}", text, $"a tag value of {TagCharacters}");
            }
        }
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static IEnumerable<ConfigurationProblem> Percent(string field, double value)
    {
        if (value is <= 0 or > 100) yield return new(field, Number(value), "a percentage above 0 and at most 100");
    }

    /// <summary>The host CPU alarm's default comes from the node type's vCPUs: a node type the table lacks needs the threshold set.</summary>
    private static IEnumerable<ConfigurationProblem> HostCpuNeeded(ValkeyCacheProps p)
    {
        if (p.AlarmsEnabled && p.AlarmHostCpuPercent is null && NodeType().IsMatch(p.NodeType) && !RefusedFamily(p.NodeType) && NodeTypes.Vcpus(p.NodeType) is null)
        {
            yield return new(N(x => x.AlarmHostCpuPercent), ConfigurationProblem.Missing,
                $"a threshold: node_type {p.NodeType} is not in the node type table, so its vCPUs (and AWS's 90 % ÷ vCPUs) are unknown; set it, or alarms_enabled false");
        }
    }

    private static IEnumerable<ConfigurationProblem> SnsTopics(string field, IReadOnlyList<string> arns)
    {
        for (var i = 0; i < arns.Count; i++)
        {
            if (arns[i] is null || !SnsTopic().IsMatch(arns[i])) yield return ConfigurationProblem.For($"{field}[{i}]", arns[i], SnsExpected);
        }
    }

    /// <summary>
    /// kms_key_id and log_kms_key_id: a key ARN (the replication group's kms_key_id and CloudWatch Logs' AssociateKmsKey
    /// take the key's ARN), and only with what it encrypts.
    /// </summary>
    private static IEnumerable<ConfigurationProblem> KeyArn(string field, string key, bool encrypts, string otherwise)
    {
        if (!KmsKeyArn().IsMatch(key))
        {
            yield return ConfigurationProblem.For(field, key, "a customer-managed KMS key ARN: arn:<partition>:kms:<region>:<12-digit account>:key/<key id>");
        }
        else if (!encrypts)
        {
            yield return ConfigurationProblem.For(field, key, otherwise);
        }
    }

    /// <summary>
    /// auth_token_update_strategy: SET or ROTATE say how a token is applied, so only with one; DELETE drops the token for
    /// users, so only without one and with users or user groups: ModifyReplicationGroup's "DELETE - allowed only when
    /// transitioning to RBAC", and the provider refuses DELETE beside a token ("auth_token must not be specified when
    /// auth_token_update_strategy is DELETE": internal/service/elasticache/replication_group.go, authTokenUpdateStrategyValidate).
    /// </summary>
    private static IEnumerable<ConfigurationProblem> TokenStrategy(ValkeyCacheProps p)
    {
        var field = N(x => x.AuthTokenUpdateStrategy);
        var strategy = SettingValues.Of(p.AuthTokenUpdateStrategy!.Value);
        if (p.AuthTokenUpdateStrategy == AuthTokenUpdateStrategy.Delete)
        {
            if (p.AuthTokenSecretId is not null)
            {
                yield return ConfigurationProblem.For(field, strategy,
                    "SET or ROTATE with auth_token_secret_id: DELETE drops the token for users, so it goes without auth_token_secret_id, with users or user_group_ids");
            }
            else if (p.Users.Count == 0 && p.UserGroupIds.Count == 0)
            {
                yield return ConfigurationProblem.For(field, strategy,
                    "DELETE only with users or user_group_ids: AWS drops a token only when the cache moves to users (\"DELETE - allowed only when transitioning to RBAC\")");
            }
        }
        else if (p.AuthTokenSecretId is null)
        {
            yield return ConfigurationProblem.For(field, strategy, "no SET or ROTATE without auth_token_secret_id: it says how a token is applied");
        }
    }

    private static IEnumerable<ConfigurationProblem> AuthToken(ValkeyCacheProps p)
    {
        if (!SecretId().IsMatch(p.AuthTokenSecretId!))
        {
            yield return ConfigurationProblem.For(N(x => x.AuthTokenSecretId), p.AuthTokenSecretId, "a Secrets Manager secret name (letters, digits, /_+=.@-) or its ARN");
        }
        else if (!p.TransitEncryptionEnabled)
        {
            yield return ConfigurationProblem.For(N(x => x.AuthTokenSecretId), p.AuthTokenSecretId,
                "no token while transit_encryption_enabled is false: ElastiCache accepts an AUTH token only with TLS (set transit_encryption_enabled true)");
        }
        if ((p.UserGroupIds?.Count ?? 0) > 0)
        {
            yield return ConfigurationProblem.For(N(x => x.UserGroupIds), p.UserGroupIds, "no user groups beside auth_token_secret_id: use a token or role-based access control, never both");
        }
    }

    private static IEnumerable<ConfigurationProblem> UserGroups(ValkeyCacheProps p)
    {
        for (var i = 0; i < p.UserGroupIds.Count; i++)
        {
            if (p.UserGroupIds[i] is null || !UserGroupId().IsMatch(p.UserGroupIds[i]))
            {
                yield return ConfigurationProblem.For($"{N(x => x.UserGroupIds)}[{i}]", p.UserGroupIds[i], "an ElastiCache user group id: a letter, then up to 39 letters, digits and hyphens");
            }
        }
        if (p.UserGroupIds.Count > 0 && !p.TransitEncryptionEnabled)
        {
            yield return ConfigurationProblem.For(N(x => x.UserGroupIds), p.UserGroupIds, "no user groups while transit_encryption_enabled is false: role-based access control needs TLS");
        }
    }

    // A user name the stack can also use as an ElastiCache user id (IAM users' ids must equal their names: ElastiCache User
    // Guide, Authenticating with IAM): ElastiCache's identifier rule, in lower case as CloudFormation's AWS::ElastiCache::User
    // UserId pattern [a-z][a-z0-9\-]* has it, up to 40 characters.
    private const int MaxUserNameLength = 40;

    // ACL rules that set or clear passwords: ElastiCache refuses passwords in an access string and the reset rule (ElastiCache User
    // Guide, Role-Based Access Control (RBAC): "You can't specify passwords in an access string", "You can't use the reset command").
    private static readonly string[] PasswordRules = ["nopass", "resetpass", "reset"];

    /// <summary>users: names, access strings, authentication; TLS; never with a token or user groups of one's own.</summary>
    private static IEnumerable<ConfigurationProblem> UserRules(ValkeyCacheProps p)
    {
        if (p.Users.Count == 0) yield break;
        if (!p.TransitEncryptionEnabled)
        {
            yield return ConfigurationProblem.For(N(x => x.Users), $"{p.Users.Count} users", "no users while transit_encryption_enabled is false: role-based access control and IAM authentication need TLS");
        }
        // Users beside a token are made but not attached: the first step of moving a token cache to users (APPLY-AUTH-DELETE).
        if (p.UserGroupIds.Count > 0)
        {
            yield return ConfigurationProblem.For(N(x => x.Users), $"{p.Users.Count} users", "no users beside user_group_ids: the stack attaches its own user group (ElastiCache takes one per cache)");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < p.Users.Count; i++)
        {
            var u = p.Users[i];
            var at = $"{N(x => x.Users)}[{i}]";
            if (u.UserName is null || !IsAwsIdentifier(u.UserName, MaxUserNameLength) || u.UserName != u.UserName.ToLowerInvariant())
            {
                yield return ConfigurationProblem.For($"{at}.user_name", u.UserName, "1 to 40 lower-case letters, digits and single hyphens, starting with a letter (it is also the user's id)");
            }
            else if (u.UserName == "default")
            {
                yield return ConfigurationProblem.For($"{at}.user_name", u.UserName, "a name other than default, which every account's built-in user has");
            }
            else if (!seen.Add(u.UserName))
            {
                yield return ConfigurationProblem.For($"{at}.user_name", u.UserName, "each user name once");
            }
            var rules = (u.AccessString ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (rules.Length == 0 || !rules.Contains("on", StringComparer.Ordinal) && !rules.Contains("off", StringComparer.Ordinal))
            {
                yield return ConfigurationProblem.For($"{at}.access_string", u.AccessString,
                    "ACL rules that say on (or off): without either ElastiCache makes the user off, such as \"on ~* +@all\"");
            }
            else if (rules.FirstOrDefault(r => r[0] is '>' or '<' or '#' or '!' || PasswordRules.Contains(r, StringComparer.Ordinal)) is { } password)
            {
                yield return ConfigurationProblem.For($"{at}.access_string", u.AccessString,
                    $"ACL rules without passwords: {password} is refused (ElastiCache sets passwords through authentication, never the access string)");
            }
            if (u.Authentication == ValkeyUserAuthentication.Iam && u.PasswordSecretIds.Count > 0)
            {
                yield return ConfigurationProblem.For($"{at}.authentication", "iam", "no password_secret_ids with IAM authentication: IAM users have no password");
            }
            else if (u.Authentication == ValkeyUserAuthentication.Password && u.PasswordSecretIds.Count is < 1 or > 2)
            {
                yield return ConfigurationProblem.For($"{at}.authentication.password_secret_ids", $"{u.PasswordSecretIds.Count} secrets",
                    "one or two secrets: ElastiCache keeps at most two passwords a user (two during a rotation)");
            }
            else if (ValkeyCache.WriteOnlySecrets && u.PasswordSecretIds.Count > 1)
            {
                // hashicorp/aws 6.66.0 (CDK Terrain's @cdktn/provider-aws 25.7.0) has one write-only password a user, the string
                // passwords_wo (terraform-provider-aws #45988); two write-only passwords (password_wo_1, password_wo_2) come with a
                // later provider than these bindings.
                yield return ConfigurationProblem.For($"{at}.authentication.password_secret_ids", $"{u.PasswordSecretIds.Count} secrets",
                    "one secret on CDK Terrain: its provider (hashicorp/aws 6.66.0) keeps one write-only password a user (passwords_wo); " +
                    "rotate by storing the new password in the secret and raising password_version, or keep two users (docs/cdk-terrain.md)");
            }
            if (u.PasswordVersion < 1)
            {
                yield return ConfigurationProblem.For($"{at}.authentication.password_version", Number(u.PasswordVersion),
                    "a version of 1 or more, raised with each new password");
            }
            for (var k = 0; k < u.PasswordSecretIds.Count; k++)
            {
                if (!SecretId().IsMatch(u.PasswordSecretIds[k]))
                {
                    yield return ConfigurationProblem.For($"{at}.authentication.password_secret_ids[{k}]", u.PasswordSecretIds[k], "a Secrets Manager secret name (letters, digits, /_+=.@-) or its ARN");
                }
            }
        }
    }

    /// <summary>No input string holds CDKTF's token marker (<see cref="Identifiers.TokenMarker"/>): every string setting, list item, tag key and value.</summary>
    private static IEnumerable<ConfigurationProblem> TokenMarkers(ValkeyCacheProps p)
    {
        foreach (var setting in Settings.ValkeyCacheSettings.All)
        {
            var strings = setting.ValueIn(p) switch
            {
                string s => [(setting.Name, (string?)s)],
                IReadOnlyList<string> list => list.Select((s, i) => ($"{setting.Name}[{i}]", (string?)s)),
                IReadOnlyDictionary<string, string> map => map.SelectMany(t => new[] { ($"{setting.Name}.{t.Key}", (string?)t.Key), ($"{setting.Name}.{t.Key}", (string?)t.Value) }),
                IReadOnlyList<ValkeyUser> users => users.SelectMany((u, i) => new[] { ($"{setting.Name}[{i}].user_name", (string?)u.UserName), ($"{setting.Name}[{i}].access_string", (string?)u.AccessString) }
                    .Concat(u.PasswordSecretIds.Select((s, k) => ($"{setting.Name}[{i}].authentication.password_secret_ids[{k}]", (string?)s)))),
                _ => Enumerable.Empty<(string Field, string? Value)>(),
            };
            foreach (var (field, value) in strings)
            {
                if (value is not null && Identifiers.HasTokenMarker(value)) yield return ConfigurationProblem.For(field, value, Identifiers.TokenMarkerExpected);
            }
        }
    }
}
