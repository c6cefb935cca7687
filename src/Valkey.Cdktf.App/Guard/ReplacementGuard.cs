using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Valkey.Cdktf.App.Guard;

/// <summary>
/// Compares an accepted synthesis of a stack with a new one and says, for each difference,
/// what Terraform will do. Resources are compared attribute by attribute by the provider's
/// rules, with references between resources (<c>${aws_x.y.name}</c>) resolved to the values
/// they stand for, so a renamed subnet group shows up on the replication group too. Outside
/// the resources: the provider's region and the state backend (either moves the stack: a
/// <see cref="ChangeAction.Relocate"/>), and <c>prevent_destroy</c> turned off (an
/// <see cref="ChangeAction.Unprotect"/>).
/// </summary>
internal static partial class ReplacementGuard
{
    // Keys of a resource that are CDKTF metadata or Terraform meta-arguments, not provider attributes.
    private static readonly HashSet<string> NotAttributes = new(StringComparer.Ordinal) { "//", "lifecycle", "depends_on", "provider", "count", "for_each" };

    // Backend settings that say where the state is; the others (encrypt, locking) do not move it.
    private static readonly HashSet<string> StateLocation = new(StringComparer.Ordinal) { "path", "bucket", "key", "region", "workspace_key_prefix", "endpoint", "workspace_dir" };

    /// <summary>The pseudo-address of the provider's settings.</summary>
    public const string ProviderAddress = "provider.aws";

    /// <summary>The pseudo-address of the state backend.</summary>
    public const string BackendAddress = "terraform.backend";

    /// <summary>The attribute of <c>lifecycle.prevent_destroy</c> changes.</summary>
    public const string PreventDestroyAttribute = "lifecycle.prevent_destroy";

    [GeneratedRegex(@"^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}$")]
    private static partial Regex Reference();

    /// <summary>Every difference between <paramref name="accepted"/> and <paramref name="proposed"/> (cdk.tf.json documents).</summary>
    public static IReadOnlyList<PlannedChange> Compare(JsonNode accepted, JsonNode proposed, ProviderSchema schema)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(schema);
        var changes = new List<PlannedChange>();
        changes.AddRange(ProviderChanges(accepted, proposed));
        changes.AddRange(BackendChanges(accepted, proposed));
        var before = Resources(accepted);
        var after = Resources(proposed);
        foreach (var address in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var type = TerraformAddress.Parse(address).Type;
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
                var (replaces, why) = schema.Classify(type, attribute, oldValue, newValue);
                var action = replaces ? ChangeAction.Replace : ChangeAction.UpdateInPlace;
                // One row per changed leaf (ingress[0].from_port, tags.Name), classified by the attribute it belongs to.
                foreach (var (path, oldLeaf, newLeaf) in Leaves(attribute, oldValue, newValue))
                {
                    changes.Add(new(address, path, oldLeaf?.DeepClone(), newLeaf?.DeepClone(), action, why));
                }
            }
            changes.AddRange(Protection(address, oldResource, newResource));
        }
        changes.AddRange(KnownAfterReplacement(proposed, after, changes, schema));
        return changes;
    }

    /// <summary>
    /// A reference to an attribute only AWS knows (an id, an ARN) of a resource that is replaced
    /// takes a new value after the apply: the referencing attribute changes too (the replication
    /// group's security_group_ids when its security group is replaced), in place or by replacing
    /// its own resource, by the provider's rules; and so on down the chain.
    /// </summary>
    private static IEnumerable<PlannedChange> KnownAfterReplacement(JsonNode proposed, Dictionary<string, JsonObject> after, List<PlannedChange> changes, ProviderSchema schema)
    {
        var replaced = changes.Where(c => c.Action == ChangeAction.Replace).Select(c => c.Resource).ToHashSet(StringComparer.Ordinal);
        var added = new List<PlannedChange>();
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var (address, resource) in after.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                foreach (var (attribute, value) in resource.Where(a => !NotAttributes.Contains(a.Key)))
                {
                    var target = ComputedReferences(value, proposed).FirstOrDefault(replaced.Contains);
                    if (target is null || changes.Concat(added).Any(c => c.Resource == address && (c.Attribute == attribute || c.Attribute.StartsWith(attribute + ".", StringComparison.Ordinal) || c.Attribute.StartsWith(attribute + "[", StringComparison.Ordinal)))) continue;
                    var type = TerraformAddress.Parse(address).Type;
                    var (replaces, why) = schema.Classify(type, attribute, value, JsonValue.Create("(known after apply)"));
                    added.Add(new(address, attribute, Resolve(value, proposed), JsonValue.Create("(known after apply)"),
                        replaces ? ChangeAction.Replace : ChangeAction.UpdateInPlace, $"it refers to {target}, which is replaced; {why}"));
                    if (replaces && replaced.Add(address)) grew = true;
                }
            }
        }
        return added;
    }

    /// <summary>The resources whose computed attributes (not set in their configuration) <paramref name="value"/> refers to.</summary>
    private static IEnumerable<string> ComputedReferences(JsonNode? value, JsonNode document)
    {
        switch (value)
        {
            case JsonValue v when v.TryGetValue<string>(out var text) && Reference().Match(text) is { Success: true } m:
                if (document["resource"]?[m.Groups[1].Value]?[m.Groups[2].Value]?[m.Groups[3].Value] is null) yield return $"{m.Groups[1].Value}.{m.Groups[2].Value}";
                break;
            case JsonArray array:
                foreach (var item in array) foreach (var r in ComputedReferences(item, document)) yield return r;
                break;
            case JsonObject obj:
                foreach (var (_, item) in obj) foreach (var r in ComputedReferences(item, document)) yield return r;
                break;
        }
    }

    private static IEnumerable<PlannedChange> Protection(string address, JsonObject oldResource, JsonObject newResource)
    {
        {
            var wasProtected = oldResource["lifecycle"]?["prevent_destroy"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
            var isProtected = newResource["lifecycle"]?["prevent_destroy"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
            if (wasProtected && !isProtected)
            {
                yield return new(address, PreventDestroyAttribute, JsonValue.Create(true), newResource["lifecycle"]?["prevent_destroy"]?.DeepClone() ?? JsonValue.Create(false),
                    ChangeAction.Unprotect, "prevent_destroy turned off: Terraform no longer refuses a plan that destroys or replaces it");
            }
        }
    }

    private static IEnumerable<PlannedChange> ProviderChanges(JsonNode accepted, JsonNode proposed)
    {
        var before = Region(accepted);
        var after = Region(proposed);
        if (!JsonNode.DeepEquals(before, after))
        {
            yield return new(ProviderAddress, "region", before, after, ChangeAction.Relocate,
                "a region change makes Terraform look for every resource in the new region, find none, and create them there; " +
                "the cache in the old region stays, unmanaged, with its data");
        }
    }

    private static JsonNode? Region(JsonNode stack)
    {
        var provider = stack["provider"]?["aws"];
        var first = provider is JsonArray array ? (array.Count > 0 ? array[0] : null) : provider;
        return Literal(first?["region"]);
    }

    private static IEnumerable<PlannedChange> BackendChanges(JsonNode accepted, JsonNode proposed)
    {
        var before = accepted["terraform"]?["backend"] as JsonObject ?? [];
        var after = proposed["terraform"]?["backend"] as JsonObject ?? [];
        var beforeType = before.Select(p => p.Key).FirstOrDefault();
        var afterType = after.Select(p => p.Key).FirstOrDefault();
        const string moves = "the state moves: Terraform would start from an empty state there and create every resource again beside the existing ones";
        if (beforeType != afterType)
        {
            yield return new(BackendAddress, "type", beforeType, afterType, ChangeAction.Relocate, moves);
            yield break;
        }
        if (beforeType is null) yield break;
        foreach (var (path, oldLeaf, newLeaf) in Leaves(beforeType, before[beforeType], after[afterType!]))
        {
            var setting = path[(path.LastIndexOf('.') + 1)..];
            yield return StateLocation.Contains(setting)
                ? new(BackendAddress, path, oldLeaf?.DeepClone(), newLeaf?.DeepClone(), ChangeAction.Relocate, moves)
                : new(BackendAddress, path, oldLeaf?.DeepClone(), newLeaf?.DeepClone(), ChangeAction.UpdateInPlace,
                    "a backend setting that does not move the state (terraform init -reconfigure)");
        }
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

    /// <summary>Every resource of a stack by its address.</summary>
    internal static Dictionary<string, JsonObject> Resources(JsonNode document)
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (type, byName) in document["resource"]?.AsObject() ?? [])
        {
            foreach (var (name, resource) in byName!.AsObject())
            {
                result[new TerraformAddress(type, name).ToString()] = resource!.AsObject();
            }
        }
        return result;
    }

    /// <summary>
    /// The value as Terraform will see it: whole-string references to literal attributes of the
    /// same document replaced by those literals, and escaped literals (<c>$${</c>) undone.
    /// </summary>
    /// <summary>A resource's attributes with references to the stack's own resources resolved and escapes undone.</summary>
    internal static JsonObject ResolveAll(JsonObject resource, JsonNode document) => (JsonObject)Resolve(resource, document)!;

    private static JsonNode? Resolve(JsonNode? value, JsonNode document, int depth = 0)
    {
        switch (value)
        {
            case JsonValue v when v.TryGetValue<string>(out var text) && Reference().Match(text) is { Success: true } m:
                var target = depth < 8 ? document["resource"]?[m.Groups[1].Value]?[m.Groups[2].Value]?[m.Groups[3].Value] : null;
                return target is null ? value.DeepClone() : Resolve(target, document, depth + 1);
            case JsonValue v when v.TryGetValue<string>(out var literal):
                return JsonValue.Create(TerraformLiteral.Unescape(literal));
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Resolve(item, document, depth))]);
            case JsonObject obj:
                return new JsonObject(obj.Select(p => KeyValuePair.Create(TerraformLiteral.Unescape(p.Key), Resolve(p.Value, document, depth))));
            default:
                return value?.DeepClone();
        }
    }

    private static JsonNode? Literal(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? JsonValue.Create(TerraformLiteral.Unescape(text)) : value?.DeepClone();
}
