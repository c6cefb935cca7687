using System.Text.Json;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>From <c>terraform providers schema -json</c>: each resource type's schema version and top-level attribute types.</summary>
internal sealed class ProviderSchemaInfo
{
    private readonly Dictionary<string, (int Version, Dictionary<string, JsonNode?> Types, List<string> Configurable)> _resources = new(StringComparer.Ordinal);

    /// <summary>Reads the types of <paramref name="resourceTypes"/> from the schema JSON.</summary>
    public static ProviderSchemaInfo Read(string json, IEnumerable<string> resourceTypes)
    {
        var info = new ProviderSchemaInfo();
        using var document = JsonDocument.Parse(json);
        var schemas = document.RootElement.GetProperty("provider_schemas").EnumerateObject()
            .First(p => p.Name.EndsWith("hashicorp/aws", StringComparison.Ordinal)).Value.GetProperty("resource_schemas");
        foreach (var type in resourceTypes.Distinct(StringComparer.Ordinal))
        {
            if (!schemas.TryGetProperty(type, out var schema)) continue;
            var types = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            var configurable = new List<string>();
            var block = schema.GetProperty("block");
            if (block.TryGetProperty("attributes", out var attributes))
            {
                foreach (var a in attributes.EnumerateObject())
                {
                    types[a.Name] = JsonNode.Parse(a.Value.GetProperty("type").GetRawText());
                    if (Flag(a.Value, "optional") || Flag(a.Value, "required")) configurable.Add(a.Name);
                }
            }
            if (block.TryGetProperty("block_types", out var blocks))
            {
                foreach (var b in blocks.EnumerateObject())
                {
                    types[b.Name] = JsonValue.Create(b.Value.GetProperty("nesting_mode").GetString() == "single" ? "object" : "list-block");
                    configurable.Add(b.Name);
                }
            }
            info._resources[type] = (schema.GetProperty("version").GetInt32(), types, configurable);
        }
        return info;
    }

    private static bool Flag(JsonElement attribute, string name) => attribute.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    public int SchemaVersion(string type) => _resources.TryGetValue(type, out var r) ? r.Version : 0;

    /// <summary>The arguments a configuration may set (optional or required attributes, and blocks).</summary>
    public IReadOnlyList<string> Configurable(string type) => _resources.TryGetValue(type, out var r) ? r.Configurable : [];

    /// <summary>A deterministic stand-in for a computed attribute whose value only AWS knows.</summary>
    public JsonNode? Placeholder(string type, string attribute)
    {
        var t = _resources.TryGetValue(type, out var r) && r.Types.TryGetValue(attribute, out var found) ? found : null;
        return t switch
        {
            JsonValue v when v.GetValue<string>() == "string" => JsonValue.Create($"rehearsal-{attribute.Replace('_', '-')}"),
            JsonValue v when v.GetValue<string>() == "number" => JsonValue.Create(0),
            JsonValue v when v.GetValue<string>() == "bool" => JsonValue.Create(false),
            JsonValue v when v.GetValue<string>() == "list-block" => new JsonArray(),
            JsonArray a when a.Count > 0 && a[0]!.GetValue<string>() is "list" or "set" => new JsonArray(),
            JsonArray a when a.Count > 0 && a[0]!.GetValue<string>() == "map" => new JsonObject(),
            _ => null,
        };
    }
}
