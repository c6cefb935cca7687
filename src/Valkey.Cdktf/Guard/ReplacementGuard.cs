using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Valkey.Cdktf.Guard;

/// <summary>
/// Compares an accepted synthesis of a stack with a new one, resource by resource and
/// attribute by attribute, and says for each difference what Terraform will do, by the
/// provider's rules. References between resources (<c>${aws_x.y.name}</c>) are resolved to
/// the values they stand for, so a renamed subnet group shows up on the replication group too.
/// </summary>
public static partial class ReplacementGuard
{
    // Keys of a resource that are CDKTF metadata or Terraform meta-arguments, not provider attributes.
    private static readonly HashSet<string> NotAttributes = new(StringComparer.Ordinal) { "//", "lifecycle", "depends_on", "provider", "count", "for_each" };

    [GeneratedRegex(@"^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}$")]
    private static partial Regex Reference();

    /// <summary>Every difference between <paramref name="accepted"/> and <paramref name="proposed"/> (cdk.tf.json documents).</summary>
    public static IReadOnlyList<PlannedChange> Compare(JsonNode accepted, JsonNode proposed, ProviderSchema schema)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(schema);
        var before = Resources(accepted);
        var after = Resources(proposed);
        var changes = new List<PlannedChange>();
        foreach (var address in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var type = address[..address.IndexOf('.', StringComparison.Ordinal)];
            if (!after.TryGetValue(address, out var newResource))
            {
                changes.Add(new(address, "*", "(exists)", null, ChangeAction.Destroy, "the resource is no longer in the stack"));
                continue;
            }
            if (!before.TryGetValue(address, out var oldResource))
            {
                changes.Add(new(address, "*", null, "(new)", ChangeAction.Create, "a new resource"));
                continue;
            }
            var attributes = oldResource.Select(a => a.Key).Union(newResource.Select(a => a.Key)).Where(k => !NotAttributes.Contains(k));
            foreach (var attribute in attributes.Order(StringComparer.Ordinal))
            {
                var oldValue = Resolve(oldResource[attribute], accepted);
                var newValue = Resolve(newResource[attribute], proposed);
                if (JsonNode.DeepEquals(oldValue, newValue)) continue;
                var (replaces, why) = schema.Classify(type, attribute, oldValue?.ToJsonString(), newValue?.ToJsonString());
                var action = replaces ? ChangeAction.Replace : ChangeAction.UpdateInPlace;
                // One row per changed leaf (ingress[0].from_port, tags.Name), classified by the attribute it belongs to.
                foreach (var (path, oldLeaf, newLeaf) in Leaves(attribute, oldValue, newValue))
                {
                    changes.Add(new(address, path, oldLeaf?.ToJsonString(), newLeaf?.ToJsonString(), action, why));
                }
            }
        }
        return changes;
    }

    private static IEnumerable<(string Path, JsonNode? Old, JsonNode? New)> Leaves(string path, JsonNode? old, JsonNode? @new)
    {
        if (old is JsonObject a && @new is JsonObject b)
        {
            foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)).Order(StringComparer.Ordinal))
            {
                foreach (var leaf in Leaves($"{path}.{key}", a[key], b[key])) yield return leaf;
            }
        }
        else if (old is JsonArray x && @new is JsonArray y && x.Count == y.Count && x.Any(item => item is JsonObject))
        {
            for (var i = 0; i < x.Count; i++)
            {
                foreach (var leaf in Leaves($"{path}[{i}]", x[i], y[i])) yield return leaf;
            }
        }
        else if (!JsonNode.DeepEquals(old, @new))
        {
            yield return (path, old, @new);
        }
    }

    private static Dictionary<string, JsonObject> Resources(JsonNode document)
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (type, byName) in document["resource"]?.AsObject() ?? [])
        {
            foreach (var (name, resource) in byName!.AsObject())
            {
                result[$"{type}.{name}"] = resource!.AsObject();
            }
        }
        return result;
    }

    /// <summary>The value with whole-string references to literal attributes of the same document replaced by those literals.</summary>
    private static JsonNode? Resolve(JsonNode? value, JsonNode document, int depth = 0)
    {
        switch (value)
        {
            case JsonValue v when depth < 8 && v.TryGetValue<string>(out var text) && Reference().Match(text) is { Success: true } m:
                var target = document["resource"]?[m.Groups[1].Value]?[m.Groups[2].Value]?[m.Groups[3].Value];
                return target is null ? value.DeepClone() : Resolve(target, document, depth + 1);
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Resolve(item, document, depth))]);
            case JsonObject obj:
                return new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Resolve(p.Value, document, depth))));
            default:
                return value?.DeepClone();
        }
    }
}
