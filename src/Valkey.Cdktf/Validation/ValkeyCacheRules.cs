using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Valkey.Cdktf.Constructs;

namespace Valkey.Cdktf.Validation;

/// <summary>
/// The value rules of <see cref="ValkeyCacheProps"/>, from the AWS provider's validations
/// (shared/reference/aws-provider-schema-subset.json) and the ElastiCache documentation.
/// Each rule is a pure function of the props; <see cref="Check"/> runs them all and
/// returns every problem, with fields named as in environment files.
/// </summary>
public static partial class ValkeyCacheRules
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

    private static readonly string[] RetiredNodeFamilies = ["t1", "t2", "m1", "m2", "c1"];

    [GeneratedRegex("^[A-Za-z0-9-]+$")] private static partial Regex NamePart();
    [GeneratedRegex("^vpc-[0-9a-f]+$")] private static partial Regex VpcId();
    [GeneratedRegex("^subnet-[0-9a-f]+$")] private static partial Regex SubnetId();
    [GeneratedRegex("^sg-[0-9a-f]+$")] private static partial Regex SecurityGroupId();
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")] private static partial Regex TerraformNamePattern();
    [GeneratedRegex(@"^cache\.([a-z][a-z0-9-]*)\.[a-z0-9]+$")] private static partial Regex NodeType();
    [GeneratedRegex(@"^([7-9])\.(\d+)$")] private static partial Regex EngineVersion();
    [GeneratedRegex(@"^default\.valkey(\d+)(\..+)?$")] private static partial Regex DefaultParameterGroup();
    // What EC2 accepts in a security group's description (and the provider in a rule's).
    [GeneratedRegex(@"^[A-Za-z0-9 ._\-:/()#,@\[\]+=&;{}!$*]*$")] private static partial Regex SecurityGroupText();

    /// <summary>Every problem with <paramref name="props"/>; empty when it is valid.</summary>
    public static IReadOnlyList<ConfigurationProblem> Check(ValkeyCacheProps props)
    {
        ArgumentNullException.ThrowIfNull(props);
        var problems = new List<ConfigurationProblem>();
        problems.AddRange(NameParts(props));
        problems.AddRange(Names(props));
        problems.AddRange(ProjectName(props));
        problems.AddRange(NetworkIds(props));
        problems.AddRange(Nodes(props));
        problems.AddRange(Engine(props));
        problems.AddRange(PortRange(props));
        problems.AddRange(Windows(props));
        problems.AddRange(Retention(props));
        problems.AddRange(TagRules(props));
        problems.AddRange(TokenMarkers(props));
        return problems;
    }

    /// <summary>
    /// The text CDKTF reserves for its tokens (<c>${TfToken[…]}</c>, <c>#{TfToken[…]}</c>, <c>&amp;{TfToken[…]}</c>):
    /// CDKTF would replace such text in any string with another value, whatever the escaping.
    /// </summary>
    public const string TokenMarker = "TfToken[";

    /// <summary>No input string holds CDKTF's token marker.</summary>
    public static IEnumerable<ConfigurationProblem> TokenMarkers(ValkeyCacheProps p)
    {
        var strings = new List<(string Field, string? Value)>
        {
            ("prefix", p.Prefix), ("project_name", p.ProjectName), ("vpc_id", p.VpcId), ("ecs_security_group_id", p.EcsSecurityGroupId),
            ("environment", p.Environment), ("node_type", p.NodeType), ("engine_version", p.EngineVersion),
            ("parameter_group_name", p.ParameterGroupName), ("maintenance_window", p.MaintenanceWindow), ("snapshot_window", p.SnapshotWindow),
            ("replication_group_id", p.ReplicationGroupId), ("replication_group_description", p.ReplicationGroupDescription),
            ("subnet_group_name", p.SubnetGroupName), ("subnet_group_description", p.SubnetGroupDescription),
            ("security_group_name", p.SecurityGroupName), ("security_group_description", p.SecurityGroupDescription),
            ("final_snapshot_identifier", p.FinalSnapshotIdentifier), ("snapshot_name", p.SnapshotName),
        };
        strings.AddRange((p.PrivateSubnetIds ?? []).Select((s, i) => ($"private_subnet_ids[{i}]", (string?)s)));
        foreach (var (key, value) in p.Tags ?? new Dictionary<string, string>())
        {
            strings.Add(($"tags.{key}", key));
            strings.Add(($"tags.{key}", value));
        }
        foreach (var (field, value) in strings)
        {
            if (value is not null && HasTokenMarker(value))
            {
                yield return new(field, Show(value), $"text without \"{TokenMarker}\", which CDK for Terraform reserves for its own values");
            }
        }
    }

    /// <summary>Whether <paramref name="value"/> holds CDKTF's token marker.</summary>
    internal static bool HasTokenMarker(string value) => value.Contains(TokenMarker, StringComparison.Ordinal);

    /// <summary>prefix and environment: the parts every AWS name is made of.</summary>
    public static IEnumerable<ConfigurationProblem> NameParts(ValkeyCacheProps p)
    {
        foreach (var (field, value) in new[] { ("prefix", p.Prefix), ("environment", p.Environment) })
        {
            const string expected = "letters, digits and single hyphens, not starting or ending with a hyphen (it begins every AWS name)";
            if (string.IsNullOrEmpty(value) || !NamePart().IsMatch(value) || value.Contains("--", StringComparison.Ordinal)
                || value.StartsWith('-') || value.EndsWith('-'))
            {
                yield return new(field, Show(value), expected);
            }
        }
        if (!string.IsNullOrEmpty(p.Prefix) && !char.IsAsciiLetter(p.Prefix[0]))
        {
            yield return new("prefix", Show(p.Prefix), "a value starting with a letter (the replication group id must)");
        }
    }

    /// <summary>
    /// Every AWS name and description within AWS's rules, reported against the variable that
    /// made it: its own override, or prefix and environment for the convention's names.
    /// </summary>
    public static IEnumerable<ConfigurationProblem> Names(ValkeyCacheProps p)
    {
        var names = ValkeyNames.For(p);
        const string convention = "prefix, environment";
        const string noShortening = " (names are never silently shortened)";

        var idField = p.ReplicationGroupId is null ? convention : "replication_group_id";
        if (!IsAwsIdentifier(names.ReplicationGroupId, MaxReplicationGroupIdLength))
        {
            yield return new(idField, Show(names.ReplicationGroupId),
                $"a replication group id of 1 to {MaxReplicationGroupIdLength} letters, digits and hyphens, starting with a letter, " +
                $"without -- or a trailing hyphen; it is {names.ReplicationGroupId.Length} characters" + noShortening);
        }
        if (names.SubnetGroupName.Length is 0 or > MaxGroupNameLength || !NamePart().IsMatch(names.SubnetGroupName))
        {
            yield return new(p.SubnetGroupName is null ? convention : "subnet_group_name", Show(names.SubnetGroupName),
                $"a subnet group name of 1 to {MaxGroupNameLength} letters, digits and hyphens" + noShortening);
        }
        if (names.SecurityGroupName.Length is 0 or > MaxGroupNameLength || !SecurityGroupText().IsMatch(names.SecurityGroupName)
            || names.SecurityGroupName.StartsWith("sg-", StringComparison.OrdinalIgnoreCase))
        {
            yield return new(p.SecurityGroupName is null ? convention : "security_group_name", Show(names.SecurityGroupName),
                $"a security group name of 1 to {MaxGroupNameLength} ASCII letters, digits, spaces and ._-:/()#,@[]+=&;{{}}!$*, not starting with sg-" + noShortening);
        }
        if (p.SecurityGroupDescription is not null
            && (p.SecurityGroupDescription.Length is 0 or > MaxGroupNameLength || !SecurityGroupText().IsMatch(p.SecurityGroupDescription)))
        {
            yield return new("security_group_description", Show(p.SecurityGroupDescription),
                $"1 to {MaxGroupNameLength} ASCII letters, digits, spaces and ._-:/()#,@[]+=&;{{}}!$* (EC2's rule for descriptions)");
        }
        foreach (var (field, value) in new[] { ("replication_group_description", p.ReplicationGroupDescription), ("subnet_group_description", p.SubnetGroupDescription), ("snapshot_name", p.SnapshotName) })
        {
            if (value is not null && (string.IsNullOrWhiteSpace(value) || value.Length > MaxGroupNameLength))
            {
                yield return new(field, Show(value), $"1 to {MaxGroupNameLength} characters, not blank (omit the key for the default)");
            }
        }
        if (!IsAwsIdentifier(names.FinalSnapshotIdentifier, MaxGroupNameLength))
        {
            yield return new(p.FinalSnapshotIdentifier is null ? idField : "final_snapshot_identifier", Show(names.FinalSnapshotIdentifier),
                $"a snapshot name of 1 to {MaxGroupNameLength} letters, digits and hyphens, starting with a letter, without -- or a trailing hyphen");
        }
    }

    /// <summary>ElastiCache's identifier rule: a letter first, then letters, digits and single hyphens, no trailing hyphen.</summary>
    private static bool IsAwsIdentifier(string value, int maxLength) =>
        value.Length >= 1 && value.Length <= maxLength && NamePart().IsMatch(value) && char.IsAsciiLetter(value[0])
        && !value.Contains("--", StringComparison.Ordinal) && !value.EndsWith('-');

    /// <summary>project_name appears in the security group's description, which EC2 restricts.</summary>
    public static IEnumerable<ConfigurationProblem> ProjectName(ValkeyCacheProps p)
    {
        if (string.IsNullOrWhiteSpace(p.ProjectName) || !SecurityGroupText().IsMatch(p.ProjectName) || p.ProjectName.Length > 100)
        {
            yield return new("project_name", Show(p.ProjectName),
                "1 to 100 characters of ASCII letters, digits, spaces and ._-:/()#,@[]+=&;{}!$* (it goes into the security group's description)");
        }
    }

    /// <summary>vpc_id, private_subnet_ids, ecs_security_group_id: ids of the right kind; subnets enough for Multi-AZ.</summary>
    public static IEnumerable<ConfigurationProblem> NetworkIds(ValkeyCacheProps p)
    {
        if (p.VpcId is null || !VpcId().IsMatch(p.VpcId))
        {
            yield return new("vpc_id", Show(p.VpcId), "a VPC id: vpc- followed by lower-case hex digits");
        }
        if (p.EcsSecurityGroupId is null || !SecurityGroupId().IsMatch(p.EcsSecurityGroupId))
        {
            yield return new("ecs_security_group_id", Show(p.EcsSecurityGroupId), "a security group id: sg- followed by lower-case hex digits");
        }
        var subnets = p.PrivateSubnetIds ?? [];
        for (var i = 0; i < subnets.Count; i++)
        {
            if (subnets[i] is null || !SubnetId().IsMatch(subnets[i]))
            {
                yield return new($"private_subnet_ids[{i}]", Show(subnets[i]), "a subnet id: subnet- followed by lower-case hex digits");
            }
            else if (subnets.Take(i).Contains(subnets[i], StringComparer.Ordinal))
            {
                yield return new($"private_subnet_ids[{i}]", Show(subnets[i]), "each subnet once; this one is listed twice");
            }
        }
        if (subnets.Count == 0)
        {
            yield return new("private_subnet_ids", "[]", "at least one subnet id");
        }
        else if (p.NumCacheNodes >= 2 && subnets.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            yield return new("private_subnet_ids", Show(subnets),
                $"at least two subnets (in different availability zones): num_cache_nodes is {p.NumCacheNodes}, which turns Multi-AZ on");
        }
    }

    /// <summary>node_type and num_cache_nodes.</summary>
    public static IEnumerable<ConfigurationProblem> Nodes(ValkeyCacheProps p)
    {
        var m = p.NodeType is null ? null : NodeType().Match(p.NodeType);
        if (m is null || !m.Success)
        {
            yield return new("node_type", Show(p.NodeType), "an ElastiCache node type such as cache.t3.micro or cache.r6g.large");
        }
        else
        {
            var family = m.Groups[1].Value;
            if (RetiredNodeFamilies.Contains(family, StringComparer.Ordinal))
            {
                yield return new("node_type", Show(p.NodeType),
                    $"a current node type: {family.ToUpperInvariant()} is no longer offered (use cache.t3.*, cache.t4g.* or newer)");
            }
        }
        if (p.NumCacheNodes is < 1 or > MaxCacheNodes)
        {
            yield return new("num_cache_nodes", p.NumCacheNodes.ToString(CultureInfo.InvariantCulture),
                $"1 to {MaxCacheNodes} (one primary and up to {MaxCacheNodes - 1} replicas)");
        }
    }

    /// <summary>engine_version a Valkey version; a default parameter group of the same family.</summary>
    public static IEnumerable<ConfigurationProblem> Engine(ValkeyCacheProps p)
    {
        var v = p.EngineVersion is null ? null : EngineVersion().Match(p.EngineVersion);
        var valid = v is { Success: true } && ValkeyEngineVersions.IsOffered(p.EngineVersion!);
        if (!valid)
        {
            yield return new("engine_version", Show(p.EngineVersion),
                $"a Valkey version ElastiCache offers: {string.Join(", ", ValkeyEngineVersions.Offered)}");
        }
        if (string.IsNullOrEmpty(p.ParameterGroupName))
        {
            yield return new("parameter_group_name", Show(p.ParameterGroupName), "a parameter group name such as default.valkey8");
            yield break;
        }
        var g = DefaultParameterGroup().Match(p.ParameterGroupName);
        if (valid && g.Success && g.Groups[1].Value != v!.Groups[1].Value)
        {
            yield return new("parameter_group_name", Show(p.ParameterGroupName),
                $"a parameter group of the engine's family: engine_version {p.EngineVersion} goes with default.valkey{v.Groups[1].Value}");
        }
    }

    /// <summary>port a TCP port.</summary>
    public static IEnumerable<ConfigurationProblem> PortRange(ValkeyCacheProps p)
    {
        if (p.Port is < 1 or > 65535)
        {
            yield return new("port", p.Port.ToString(CultureInfo.InvariantCulture), "a TCP port, 1 to 65535");
        }
    }

    /// <summary>maintenance_window and snapshot_window: format, length, and no overlap.</summary>
    public static IEnumerable<ConfigurationProblem> Windows(ValkeyCacheProps p)
    {
        WeeklyWindow? maintenance = null, snapshot = null;
        if (p.MaintenanceWindow is not null)
        {
            maintenance = WeeklyWindow.ParseWeekly(p.MaintenanceWindow);
            if (maintenance is null)
            {
                yield return new("maintenance_window", Show(p.MaintenanceWindow), "ddd:hh24:mi-ddd:hh24:mi in UTC, such as sun:03:00-sun:04:00");
            }
            else if (maintenance.Value.WeeklyLength < MinWindowMinutes)
            {
                yield return new("maintenance_window", Show(p.MaintenanceWindow),
                    $"a window of at least {MinWindowMinutes} minutes; it is {maintenance.Value.WeeklyLength}");
            }
        }
        if (p.SnapshotWindow is not null)
        {
            snapshot = WeeklyWindow.ParseDaily(p.SnapshotWindow);
            if (snapshot is null)
            {
                yield return new("snapshot_window", Show(p.SnapshotWindow), "hh24:mi-hh24:mi in UTC, such as 02:00-03:00");
            }
            else if (snapshot.Value.DailyLength < MinWindowMinutes)
            {
                yield return new("snapshot_window", Show(p.SnapshotWindow),
                    $"a window of at least {MinWindowMinutes} minutes; it is {snapshot.Value.DailyLength}");
            }
        }
        if (maintenance is { } mw && snapshot is { } sw && mw.OverlapsDaily(sw))
        {
            yield return new("snapshot_window", Show(p.SnapshotWindow),
                $"a window that does not overlap maintenance_window {Show(p.MaintenanceWindow)}");
        }
    }

    /// <summary>snapshot_retention_limit 0 to 35 days.</summary>
    public static IEnumerable<ConfigurationProblem> Retention(ValkeyCacheProps p)
    {
        if (p.SnapshotRetentionLimit is < 0 or > MaxSnapshotRetentionDays)
        {
            yield return new("snapshot_retention_limit", p.SnapshotRetentionLimit.Value.ToString(CultureInfo.InvariantCulture),
                $"0 to {MaxSnapshotRetentionDays} days (0 turns automatic snapshots off)");
        }
    }

    /// <summary>tags: AWS tag keys and values.</summary>
    public static IEnumerable<ConfigurationProblem> TagRules(ValkeyCacheProps p)
    {
        foreach (var (key, value) in p.Tags ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrEmpty(key) || key.Length > 128 || key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                yield return new($"tags.{key}", Show(key), "a tag key of 1 to 128 characters, not starting with aws:");
            }
            if (value is null || value.Length > 256)
            {
                yield return new($"tags.{key}", Show(value), "a tag value of at most 256 characters");
            }
        }
    }

    /// <summary>Whether <paramref name="value"/> is a security group id (<c>sg-</c> and lower-case hex digits).</summary>
    internal static bool IsSecurityGroupId(string value) => SecurityGroupId().IsMatch(value);

    /// <summary>Whether <paramref name="value"/> can name a Terraform resource or module: a letter or _ first, then letters, digits, _ and -.</summary>
    internal static bool IsTerraformName(string value) => TerraformNamePattern().IsMatch(value);

    /// <summary>Longest value shown whole in a message; a longer one is cut, with its length.</summary>
    internal const int MaxShown = 80;

    /// <summary>A value as JSON, the way the user wrote it; cut to <see cref="MaxShown"/> characters with its length when longer.</summary>
    internal static string Show<T>(T value) => value is null ? "null" : Cut(JsonSerializer.Serialize(value, ShowOptions), value is string s ? s.Length : null);

    /// <summary><paramref name="json"/> as it is, or its first characters and how long the value is.</summary>
    internal static string Cut(string json, int? length = null) =>
        json.Length <= MaxShown
            ? json
            : string.Create(CultureInfo.InvariantCulture, $"{json.AsSpan(0, MaxShown - 20)}… ({length ?? json.Length} characters)");

    // Shows "ã" as itself, not as \u00e3: messages are read by people.
    private static readonly JsonSerializerOptions ShowOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
