using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>
/// The one model of the provider the judge and the comparison of two syntheses use, for the pinned hashicorp/aws
/// 6.25.0 (<c>aws-provider-schema.json</c>, embedded): the configurable attributes from the C# bindings' npm package,
/// the <c>force_new</c> ones from the provider's source, the conditional replacements the provider decides in
/// CustomizeDiff (<see cref="Classify"/>), and which resource types hold data. Every "what a change does" the project
/// states (the judge's findings, the README's variable tables) comes from here.
/// </summary>
internal sealed class ProviderSchema
{
    private readonly JsonObject _resources;

    private ProviderSchema(JsonObject resources) => _resources = resources;

    /// <summary>The schema embedded in this assembly.</summary>
    public static ProviderSchema Embedded()
    {
        using var stream = typeof(ProviderSchema).Assembly.GetManifestResourceStream("aws-provider-schema.json")
            ?? throw new InvalidOperationException("embedded resource aws-provider-schema.json is missing");
        return new ProviderSchema(JsonNode.Parse(stream)!["resources"]!.AsObject());
    }

    /// <summary>
    /// Whether changing <paramref name="attribute"/> of a <paramref name="type"/> from
    /// <paramref name="old"/> to <paramref name="new"/> (null when absent) replaces the resource,
    /// and by which rule.
    /// </summary>
    public (bool Replaces, string Why) Classify(string type, string attribute, JsonNode? old, JsonNode? @new)
    {
        if (type == "aws_elasticache_replication_group")
        {
            switch (attribute)
            {
                case "engine":
                    var from = Unquote(old) ?? "redis";
                    var to = Unquote(@new) ?? "redis";
                    return string.Equals(from, "redis", StringComparison.OrdinalIgnoreCase) && string.Equals(to, "valkey", StringComparison.OrdinalIgnoreCase)
                        ? (false, "engine redis to valkey is upgraded in place")
                        : (true, "any other engine change forces replacement");
                case "engine_version":
                    return IsDowngrade(Unquote(old), Unquote(@new))
                        ? (true, "an engine_version downgrade forces replacement")
                        : (false, "an engine_version upgrade is in place");
                case "transit_encryption_enabled":
                    return (false, "in place for engine versions 7.0.5 and later (every Valkey version)");
            }
        }
        var resource = _resources[type];
        if (resource?["force_new"]?[attribute] is { } rule) return (true, $"{attribute} forces replacement (provider {rule})");
        var configurable = resource?["configurable"]?.AsArray().Any(a => a?.GetValue<string>() == attribute) == true;
        return configurable
            ? (false, "updatable in place")
            : (true, $"{attribute} is not in the provider's schema for {type}: assumed to replace");
    }

    /// <summary>Whether any change of <paramref name="attribute"/> replaces a <paramref name="type"/> (the provider's ForceNew).</summary>
    public bool ForcesNew(string type, string attribute) => _resources[type]?["force_new"]?[attribute] is not null;

    /// <summary>
    /// The provider's rule for an <paramref name="attribute"/> that replaces a <paramref name="type"/> only for some values
    /// (CustomizeDiff, ForceNewIf), as "attribute: when"; null for the others.
    /// </summary>
    public string? Condition(string type, string attribute) =>
        _resources[type]?["conditional"]?[attribute] is JsonValue rule && rule.GetValue<string>() is var text
            ? $"{attribute}: {(text.IndexOf(": ", StringComparison.Ordinal) is >= 0 and var at ? text[(at + 2)..] : text)}"
            : null;

    /// <summary>
    /// Whether replacing or destroying a resource of <paramref name="type"/> loses what it holds (<c>holds_data</c>, with its
    /// reason in the file); a type the file lacks is taken to hold data.
    /// </summary>
    public bool HoldsData(string type) => _resources[type]?["holds_data"]?["value"]?.GetValue<bool>() ?? true;

    /// <summary>Why changing <paramref name="attribute"/> of a <paramref name="type"/> replaces it, in the provider's terms (for a plan's replace path).</summary>
    public string Reason(string type, string attribute)
    {
        var resource = _resources[type];
        if (resource?["conditional"]?[attribute] is JsonValue conditional) return $"{attribute}: {conditional.GetValue<string>()}";
        if (resource?["force_new"]?[attribute] is JsonValue rule) return $"{attribute} forces replacement (provider {rule.GetValue<string>()})";
        return $"{attribute} forces replacement (the provider's plan)";
    }

    /// <summary>The attributes a configuration may set on <paramref name="type"/>; empty for a type the file lacks.</summary>
    public IReadOnlyList<string> Configurable(string type) =>
        [.. _resources[type]?["configurable"]?.AsArray().Select(a => a!.GetValue<string>()) ?? []];

    /// <summary>The resource types the file describes.</summary>
    public IReadOnlyList<string> Types => [.. _resources.Select(r => r.Key)];

    /// <summary>The attributes known to differ in 5.100.0 (the rehearsable provider), for <paramref name="type"/>.</summary>
    public IReadOnlyList<string> KnownDifferencesFrom5100(string type) =>
        [.. _resources[type]?["known_differences_from_5_100_0"]?.AsArray().Select(d => d!["attribute"]!.GetValue<string>()) ?? []];

    private static string? Unquote(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    private static bool IsDowngrade(string? old, string? @new) =>
        Version.TryParse(old, out var from) && Version.TryParse(@new, out var to) && to < from;
}
