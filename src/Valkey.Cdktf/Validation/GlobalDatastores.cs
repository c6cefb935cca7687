using System.Text.RegularExpressions;

using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.Validation;

/// <summary>
/// AWS's rules for a global datastore, in one place: which regions and node types have one, and what its primary and each
/// secondary must share. Source, unless a rule says otherwise: ElastiCache User Guide, Prerequisites and limitations
/// (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastores-Getting-Started.html, read 2026-12-02).
/// </summary>
internal static partial class GlobalDatastores
{
    /// <summary>
    /// The regions with global datastores: the page's list by name (Cape Town; Hong Kong, Hyderabad, Jakarta, Malaysia,
    /// Melbourne, Mumbai, Osaka, Seoul, Singapore, Sydney, Thailand, Tokyo; Canada Central, Calgary; Beijing, Ningxia;
    /// Frankfurt, London, Ireland, Milan, Paris, Spain, Stockholm, Zurich; GovCloud US-West and US-East; Tel Aviv; Bahrain,
    /// UAE; N. Virginia, Ohio, N. California, Oregon; Mexico (Central), São Paulo), as region codes.
    /// </summary>
    public static readonly IReadOnlySet<string> Regions = new HashSet<string>(StringComparer.Ordinal)
    {
        "af-south-1",
        "ap-east-1", "ap-south-2", "ap-southeast-3", "ap-southeast-5", "ap-southeast-4", "ap-south-1", "ap-northeast-3",
        "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-7", "ap-northeast-1",
        "ca-central-1", "ca-west-1",
        "cn-north-1", "cn-northwest-1",
        "eu-central-1", "eu-west-2", "eu-west-1", "eu-south-1", "eu-west-3", "eu-south-2", "eu-north-1", "eu-central-2",
        "us-gov-west-1", "us-gov-east-1",
        "il-central-1",
        "me-south-1", "me-central-1",
        "us-east-1", "us-east-2", "us-west-1", "us-west-2",
        "mx-central-1", "sa-east-1",
    };

    /// <summary>The China regions, which replicate only with each other (the page's note).</summary>
    public static readonly IReadOnlySet<string> ChinaRegions = new HashSet<string>(StringComparer.Ordinal) { "cn-north-1", "cn-northwest-1" };

    /// <summary>A primary replicates to secondaries in up to two other regions.</summary>
    public const int MaxSecondaries = 2;

    /// <summary>The node families with global datastores, each in size large and above.</summary>
    public static readonly IReadOnlyList<string> NodeFamilies = ["m5", "m6g", "m7g", "r5", "r6g", "r6gd", "r7g", "c7gn"];

    // Sizes below large: micro, small, medium (ElastiCache's node sizes, NodeTypes).
    private static readonly string[] SmallSizes = ["micro", "small", "medium"];

    /// <summary>
    /// The suffix's form: this project's choice, for AWS documents none — the replication group id's (the provider's
    /// validateReplicationGroupID: a letter first, then lower-case letters, digits and single hyphens, no hyphen last),
    /// so no suffix can hold anything Terraform would read as an expression.
    /// </summary>
    [GeneratedRegex("^[a-z](?:[a-z0-9]|-(?=[a-z0-9]))*$")] private static partial Regex Suffix();

    /// <summary>
    /// Longest suffix: this project's choice, so the datastore's id (a five-letter prefix, a hyphen and the suffix: the
    /// provider's GlobalReplicationGroupRegionPrefixFormat) stays within the 40 characters of a replication group id.
    /// </summary>
    public const int MaxSuffixLength = 34;

    /// <summary>The expected form of a suffix, for messages.</summary>
    public static readonly string SuffixExpected =
        $"a suffix of up to {MaxSuffixLength} lower-case letters, digits and single hyphens, starting with a letter (AWS puts its region prefix before it)";

    /// <summary>Whether <paramref name="nodeType"/> can be in a global datastore (a supported family, large or above).</summary>
    public static bool SupportsNodeType(string nodeType)
    {
        var parts = nodeType.Split('.');
        return parts.Length == 3 && parts[0] == "cache" && NodeFamilies.Contains(parts[1]) && !SmallSizes.Contains(parts[2]);
    }

    /// <summary>What a primary's settings and the datastore's suffix break (fields named as in <c>variables</c>, the suffix as <c>id_suffix</c>).</summary>
    public static IEnumerable<ConfigurationProblem> DatastoreProblems(ValkeyCacheProps primary, string idSuffix)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(idSuffix);
        if (idSuffix.Length > MaxSuffixLength || !Suffix().IsMatch(idSuffix)) yield return ConfigurationProblem.For("id_suffix", idSuffix, SuffixExpected);
        foreach (var problem in MemberProblems(primary)) yield return problem;
    }

    /// <summary>
    /// What a secondary breaks against its <paramref name="primary"/> (fields named as in <c>variables</c>); what it breaks alone
    /// is <see cref="MemberProblems"/>.
    /// </summary>
    public static IEnumerable<ConfigurationProblem> SecondaryProblems(ValkeyCacheProps primary, ValkeyCacheProps secondary)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(secondary);
        if (primary.Serverless is not null || secondary.Serverless is not null) yield break;
        const string Same = "all clusters of a global datastore have the same node type, engine version and number of shards";
        if (!string.Equals(primary.NodeType, secondary.NodeType, StringComparison.Ordinal))
        {
            yield return ConfigurationProblem.For(Name(p => p.NodeType), secondary.NodeType, $"\"{primary.NodeType}\", the primary's: {Same}");
        }
        if (!string.Equals(primary.EngineVersion, secondary.EngineVersion, StringComparison.Ordinal))
        {
            yield return ConfigurationProblem.For(Name(p => p.EngineVersion), secondary.EngineVersion, $"\"{primary.EngineVersion}\", the primary's: {Same}");
        }
        var (a, b) = (CacheTopology.Of(primary), CacheTopology.Of(secondary));
        if (a.ClusterMode != b.ClusterMode || a.Shards != b.Shards)
        {
            yield return ConfigurationProblem.For(Name(p => p.NumNodeGroups), secondary.NumNodeGroups,
                (a.ClusterMode ? $"{a.Shards}, the primary's" : "none (cluster mode disabled), as the primary") + $": {Same}");
        }
        // The datastore has one value of each for all its members (ElastiCache API Reference, GlobalReplicationGroup:
        // AtRestEncryptionEnabled and TransitEncryptionEnabled are the datastore's), and neither can change on a member in a way
        // that would differ: a secondary has the primary's.
        if (primary.AtRestEncryptionEnabled != secondary.AtRestEncryptionEnabled)
        {
            yield return ConfigurationProblem.For(Name(p => p.AtRestEncryptionEnabled), secondary.AtRestEncryptionEnabled,
                $"{(primary.AtRestEncryptionEnabled ? "true" : "false")}, the primary's: a global datastore has one encryption at rest setting for all its clusters (API Reference, GlobalReplicationGroup)");
        }
        if (primary.TransitEncryptionEnabled != secondary.TransitEncryptionEnabled)
        {
            yield return ConfigurationProblem.For(Name(p => p.TransitEncryptionEnabled), secondary.TransitEncryptionEnabled,
                $"{(primary.TransitEncryptionEnabled ? "true" : "false")}, the primary's: a global datastore has one encryption in transit setting for all its clusters (API Reference, GlobalReplicationGroup)");
        }
        // What a secondary cannot set, as it takes the datastore's: the provider refuses parameter_group_name and snapshot_name
        // beside global_replication_group_id (replication_group.go, ConflictsWith), and parameters would make a group no
        // member uses.
        if (secondary.ParameterGroupName is not null)
        {
            yield return ConfigurationProblem.For(Name(p => p.ParameterGroupName), secondary.ParameterGroupName,
                "none: a secondary takes the global datastore's parameter group (the provider refuses parameter_group_name beside global_replication_group_id)");
        }
        if (secondary.Parameters.Count > 0)
        {
            yield return ConfigurationProblem.For(Name(p => p.Parameters), secondary.Parameters,
                "none: a secondary takes the global datastore's parameter group; set parameters on the primary");
        }
        if (secondary.SnapshotName is not null)
        {
            yield return ConfigurationProblem.For(Name(p => p.SnapshotName), secondary.SnapshotName,
                "none: a secondary's data comes from its primary (the provider refuses snapshot_name beside global_replication_group_id)");
        }
        // "When you add a secondary cluster to a global datastore, the secondary cluster inherits the Multi-AZ and automatic
        // failover settings from the primary cluster. Automatic failover requires at least 2 nodes (1 primary and 1 replica)."
        if ((a.HasReplicas || a.ClusterMode) && !b.HasReplicas)
        {
            yield return b.ClusterMode
                ? ConfigurationProblem.For(Name(p => p.ReplicasPerNodeGroup), b.ReplicasPerShard,
                    "1 or more: the secondary inherits the primary's automatic failover, which needs a replica in every shard")
                : ConfigurationProblem.For(Name(p => p.NumCacheNodes), b.Nodes,
                    "2 or more: the secondary inherits the primary's automatic failover, which needs at least 2 nodes (a primary and a replica)");
        }
    }

    /// <summary>What every member, primary or secondary, must be: a replication group of a node type that has global datastores.</summary>
    public static IEnumerable<ConfigurationProblem> MemberProblems(ValkeyCacheProps member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.Serverless is not null)
        {
            yield return ConfigurationProblem.For(Name(p => p.Serverless), "a serverless cache",
                "none: a global datastore is made of replication groups (CreateGlobalReplicationGroup takes a PrimaryReplicationGroupId)");
            yield break;
        }
        if (!SupportsNodeType(member.NodeType))
        {
            yield return ConfigurationProblem.For(Name(p => p.NodeType), member.NodeType,
                $"a node type of family {string.Join(", ", NodeFamilies)} in size large or above: the ones with global datastores (cache.r6g.large, say)");
        }
    }

    private static string Name<T>(System.Linq.Expressions.Expression<Func<ValkeyCacheProps, T>> property) => ValkeyCacheSettings.NameOf(property);
}
