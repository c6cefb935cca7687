using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Guard;

/// <summary>
/// Which attributes force replacement, from the AWS provider's source
/// (<c>aws-provider-schema-subset.json</c>, embedded): <c>force_new</c> attributes, plus the
/// conditional rules the provider applies in CustomizeDiff.
/// </summary>
internal sealed class ProviderSchema
{
    private readonly JsonObject _resources;

    private ProviderSchema(JsonObject resources) => _resources = resources;

    /// <summary>The schema embedded in this assembly.</summary>
    public static ProviderSchema Embedded()
    {
        using var stream = typeof(ProviderSchema).Assembly.GetManifestResourceStream("aws-provider-schema-subset.json")
            ?? throw new InvalidOperationException("embedded resource aws-provider-schema-subset.json is missing");
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
        var definition = _resources[type]?["attributes"]?[attribute] ?? _resources[type]?["blocks"]?[attribute];
        if (definition is null) return (true, $"{attribute} is not in the provider's schema for {type}: assumed to replace");
        return definition["force_new"]?.GetValue<bool>() == true
            ? (true, $"{attribute} forces replacement (provider schema ForceNew)")
            : (false, "updatable in place");
    }

    private static string? Unquote(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;

    private static bool IsDowngrade(string? old, string? @new) =>
        Version.TryParse(old, out var from) && Version.TryParse(@new, out var to) && to < from;
}
