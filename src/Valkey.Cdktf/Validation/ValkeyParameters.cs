namespace Valkey.Cdktf.Validation;

/// <summary>
/// The parameters a custom ElastiCache parameter group of each Valkey family lets a team change, and the family of an
/// engine version. The list is data, <c>valkey-parameters.json</c> (embedded), with its source (AWS, Amazon ElastiCache
/// User Guide, "Engine specific parameters") and how it was compiled; the deploy rehearsal's emulator reads the same file.
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

    /// <summary>The parameters of each family (<c>valkey-parameters.json</c>, embedded; the emulator reads the same file), and the version each later one came with.</summary>
    private static readonly (IReadOnlyDictionary<string, string[]> ByFamily, IReadOnlyDictionary<string, Version> AddedIn) Data = Load();

    private static Dictionary<string, string[]> ByFamily => (Dictionary<string, string[]>)Data.ByFamily;

    private static IReadOnlyDictionary<string, Version> AddedIn => Data.AddedIn;

    private static (IReadOnlyDictionary<string, string[]>, IReadOnlyDictionary<string, Version>) Load()
    {
        using var stream = typeof(ValkeyParameters).Assembly.GetManifestResourceStream(DataFile)
            ?? throw new InvalidOperationException($"embedded resource {DataFile} is missing");
        var families = System.Text.Json.Nodes.JsonNode.Parse(stream)!["families"]!.AsObject();
        var byFamily = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var addedIn = new Dictionary<string, Version>(StringComparer.Ordinal);
        string[] Names(string family)
        {
            if (byFamily.TryGetValue(family, out var known)) return known;
            var entry = families[family]!;
            var names = new List<string>(entry["inherits"] is { } parent ? Names(parent.GetValue<string>()) : []);
            names.AddRange(entry["modifiable"]?.AsArray().Select(n => n!.GetValue<string>()) ?? []);
            foreach (var (version, added) in entry["added_in"]?.AsObject() ?? [])
            {
                foreach (var name in added!.AsArray().Select(n => n!.GetValue<string>()))
                {
                    names.Add(name);
                    addedIn[name] = Version.Parse(version);
                }
            }
            return byFamily[family] = [.. names];
        }
        foreach (var (family, _) in families) Names(family);
        return (byFamily, addedIn);
    }

    /// <summary>The data file's name, as embedded and as copied beside the emulator.</summary>
    public const string DataFile = "valkey-parameters.json";

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
