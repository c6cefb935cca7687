namespace Valkey.Cdktf.Validation;

/// <summary>
/// The parameters a custom ElastiCache parameter group of each Valkey family lets a team change, and the family of an
/// engine version. Source: AWS, Amazon ElastiCache User Guide, "Engine specific parameters"
/// (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ParameterGroups.Engine.html): "Valkey 7.2 parameters are the
/// same as Redis OSS 7 parameters", "Most Valkey 8 parameters are compatible with Redis OSS 7.1 parameters", and each
/// parameter's "Modifiable: Yes" in the sections for Redis OSS 2.6.13 up to Valkey 8.2. Compiled 2026-11-26 without a live
/// <c>DescribeEngineDefaultParameters</c> call (this project runs offline), so a parameter AWS accepts may be missing:
/// add it to its family here, with the section of that page it comes from. Parameters the page marks as not modifiable
/// (<c>cluster-enabled</c>, <c>maxclients</c>, <c>appendonly</c>, …) are left out on purpose, so they are refused.
/// </summary>
internal static class ValkeyParameters
{
    /// <summary>The Terraform type of the parameter group the stack creates.</summary>
    public const string GroupType = "aws_elasticache_parameter_group";

    /// <summary>The longest value this project writes; AWS documents no limit for ParameterValue (API_ParameterNameValue).</summary>
    public const int MaxValueLength = 1024;

    /// <summary>
    /// The name of the group the stack creates: <c>{stem}-{family}-{hash}</c>, the hash the first 8 hex digits of SHA-256 over the
    /// family and the sorted parameters. A new name for every new content is what lets <c>create_before_destroy</c> make the new
    /// group while the old one is still attached (ElastiCache refuses to delete a group in use). Lower case, as ElastiCache keeps
    /// parameter group names (the provider lower-cases them too: parameter_group.go, StateFunc).
    /// </summary>
    public static string GroupName(string stem, string family, IReadOnlyDictionary<string, string> parameters)
    {
        var text = new System.Text.StringBuilder(family).Append('\n');
        foreach (var (name, value) in parameters.OrderBy(kv => kv.Key, StringComparer.Ordinal)) text.Append(name).Append('=').Append(value).Append('\n');
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
        return $"{stem}-{family}-{hash[..8]}".ToLowerInvariant();
    }

    /// <summary>valkey7: the Redis OSS 7 parameters a custom group may change.</summary>
    private static readonly string[] Valkey7 =
    [
        "acllog-max-len",
        "active-defrag-cycle-max", "active-defrag-cycle-min", "active-defrag-ignore-bytes", "active-defrag-max-scan-fields",
        "active-defrag-threshold-lower", "active-defrag-threshold-upper", "active-expire-effort", "activedefrag",
        "client-output-buffer-limit-normal-hard-limit", "client-output-buffer-limit-normal-soft-limit", "client-output-buffer-limit-normal-soft-seconds",
        "client-output-buffer-limit-pubsub-hard-limit", "client-output-buffer-limit-pubsub-soft-limit", "client-output-buffer-limit-pubsub-soft-seconds",
        "client-query-buffer-limit", "close-on-replica-write",
        "cluster-allow-pubsubshard-when-down", "cluster-allow-reads-when-down", "cluster-preferred-endpoint-type", "cluster-require-full-coverage",
        "databases",
        "hash-max-listpack-entries", "hash-max-listpack-value", "hll-sparse-max-bytes",
        "lazyfree-lazy-eviction", "lazyfree-lazy-expire", "lazyfree-lazy-server-del", "lazyfree-lazy-user-del", "lazyfree-lazy-user-flush",
        "latency-tracking", "lfu-decay-time", "lfu-log-factor", "list-compress-depth", "list-max-listpack-size",
        "maxmemory-policy", "maxmemory-samples", "min-replicas-max-lag", "min-replicas-to-write",
        "notify-keyspace-events", "proto-max-bulk-len", "rename-commands", "repl-backlog-size", "repl-backlog-ttl", "reserved-memory-percent",
        "set-max-intset-entries", "slowlog-log-slower-than", "slowlog-max-len", "stream-node-max-bytes", "stream-node-max-entries",
        "tcp-keepalive", "timeout", "tracking-table-max-keys", "zset-max-listpack-entries", "zset-max-listpack-value",
    ];

    /// <summary>
    /// Parameters of the valkey8 family that came with a later minor version, and that version. The page's sections say
    /// "Valkey 8.1 parameter changes don't apply to Valkey 8.0" and "Valkey 8.2 parameter changes don't apply to Valkey 8.1",
    /// so each is accepted from its version on. The 8.1 section adds the command log's four settings; it prints the first
    /// under the name of the second (<c>commandlog-large-request-max-len</c> twice), and its default (1048576 bytes) and
    /// description are those of Valkey's <c>commandlog-request-larger-than</c> (valkey.conf of Valkey 8.1), the name used here.
    /// </summary>
    private static readonly Dictionary<string, Version> AddedIn = new(StringComparer.Ordinal)
    {
        ["commandlog-request-larger-than"] = new(8, 1),
        ["commandlog-large-request-max-len"] = new(8, 1),
        ["commandlog-reply-larger-than"] = new(8, 1),
        ["commandlog-large-reply-max-len"] = new(8, 1),
        ["search-fanout-target-mode"] = new(8, 2),
    };

    /// <summary>valkey8: valkey7's, and those the Valkey 8.1 and 8.2 sections add (<see cref="AddedIn"/>).</summary>
    private static readonly string[] Valkey8 = [.. Valkey7, .. AddedIn.Keys];

    private static readonly Dictionary<string, string[]> ByFamily = new(StringComparer.Ordinal)
    {
        ["valkey7"] = Valkey7,
        ["valkey8"] = Valkey8,
        // Valkey 9.x: its own family; the 9.0 section's additions are not in this list yet, so valkey8's names apply.
        ["valkey9"] = Valkey8,
    };

    /// <summary>The family of an engine version (<c>8.0</c> → <c>valkey8</c>), as AWS names the default groups (<c>default.valkey8</c>).</summary>
    public static string FamilyOf(string engineVersion) => $"valkey{engineVersion.Split('.')[0]}";

    /// <summary>
    /// AWS's default group for an engine version and cluster mode: <c>default.valkey8</c>, or <c>default.valkey8.cluster.on</c>
    /// with cluster mode (ElastiCache User Guide, Engine specific parameters).
    /// </summary>
    public static string DefaultGroup(string engineVersion, bool clusterMode) => $"default.{FamilyOf(engineVersion)}{(clusterMode ? ".cluster.on" : "")}";

    /// <summary>The parameters <paramref name="family"/> lets a custom group change; empty for a family this file does not know.</summary>
    public static IReadOnlyList<string> Modifiable(string family) => ByFamily.TryGetValue(family, out var names) ? names : [];

    /// <summary>
    /// Whether a custom group may change <paramref name="name"/> on <paramref name="engineVersion"/> (<c>8.1</c>, an offered
    /// version): its family has it, and it did not come with a later minor version.
    /// </summary>
    public static bool IsModifiableOn(string engineVersion, string name) =>
        Modifiable(FamilyOf(engineVersion)).Contains(name, StringComparer.Ordinal) && HasCome(engineVersion, name);

    /// <summary>The engine version that brought <paramref name="name"/> into its family (<c>8.2</c>); null for a parameter every version of the family has.</summary>
    public static string? AddedInVersion(string name) => AddedIn.TryGetValue(name, out var since) ? since.ToString() : null;

    /// <summary>
    /// The modifiable parameter of <paramref name="engineVersion"/> nearest to <paramref name="name"/>, for "did you mean": the
    /// shortest that begins with it (<c>maxmemory</c> → <c>maxmemory-policy</c>), else the one fewest edits away.
    /// </summary>
    public static string? Nearest(string engineVersion, string name)
    {
        var names = Modifiable(FamilyOf(engineVersion)).Where(n => HasCome(engineVersion, n)).ToList();
        return names.Where(n => n.StartsWith(name, StringComparison.Ordinal)).OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).FirstOrDefault()
            ?? names.OrderBy(n => EditDistance.Between(n, name)).ThenBy(n => n, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>Whether <paramref name="name"/> is there on <paramref name="engineVersion"/>: a parameter of a later minor version is not.</summary>
    private static bool HasCome(string engineVersion, string name) =>
        !AddedIn.TryGetValue(name, out var since) || Version.Parse(engineVersion) >= since;
}
