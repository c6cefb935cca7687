using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>
/// The rows a plan would show, predicted from two syntheses of a stack (an accepted <c>cdk.tf.json</c> and a new
/// one) without Terraform: for each resource its actions by the provider's rules (<see cref="ProviderSchema"/>),
/// with references between resources (<c>${aws_x.y.name}</c>) resolved to the literals they stand for, so a renamed
/// subnet group shows up on the replication group too; a reference to what only AWS knows (an id) of a replaced
/// resource is unknown after, as in a plan. Outside the resources: the provider's region, the backend and
/// <c>prevent_destroy</c> (<see cref="StackChange"/>). A test plans every variable's change with the real provider and
/// compares (GuardAgreement).
/// </summary>
internal static partial class SynthesisDiff
{
    // Keys of a resource that are CDKTF metadata or Terraform meta-arguments, not provider attributes.
    private static readonly HashSet<string> NotAttributes = new(StringComparer.Ordinal) { "//", "lifecycle", "depends_on", "provider", "count", "for_each" };

    // Backend settings that say where the state is; the others (encrypt, locking) do not move it.
    private static readonly HashSet<string> StateLocation = new(StringComparer.Ordinal) { "path", "bucket", "key", "region", "workspace_key_prefix", "endpoint", "workspace_dir" };

    [GeneratedRegex(@"^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}$")]
    private static partial Regex Reference();

    /// <summary>The rows from <paramref name="accepted"/> to <paramref name="proposed"/> (cdk.tf.json documents).</summary>
    public static ChangeSet Compare(JsonNode accepted, JsonNode proposed, ProviderSchema schema)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(schema);
        var before = Resources(accepted);
        var after = Resources(proposed);
        var rows = new Dictionary<string, ResourceChange>(StringComparer.Ordinal);
        var stack = new List<StackChange>();
        stack.AddRange(ProviderChanges(accepted, proposed));
        stack.AddRange(BackendChanges(accepted, proposed));
        foreach (var address in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var type = TerraformAddress.Parse(address).Type;
            var old = before.TryGetValue(address, out var o) ? Attributes(o, accepted) : null;
            var @new = after.TryGetValue(address, out var n) ? Attributes(n, proposed) : null;
            if (@new is null) { rows[address] = new(address, type, ["delete"], old, null); continue; }
            if (old is null) { rows[address] = new(address, type, ["create"], null, @new); continue; }
            Ignored(n!, old, @new);
            var changed = old.Select(p => p.Key).Union(@new.Select(p => p.Key)).Where(k => !JsonNode.DeepEquals(old[k], @new[k])).ToList();
            var forcing = changed.Where(k => schema.Classify(type, k, old[k], @new[k]).Replaces).Order(StringComparer.Ordinal).ToList();
            rows[address] = Row(address, type, old, @new, changed.Count > 0, forcing, n!);
            if (Protected(o) && !Protected(n))
            {
                stack.Add(new(StackChangeKind.ProtectionOff, address, StackChange.PreventDestroyAttribute, JsonValue.Create(true),
                    n!["lifecycle"]?["prevent_destroy"]?.DeepClone() ?? JsonValue.Create(false),
                    "prevent_destroy turned off: Terraform no longer refuses a plan that destroys or replaces it"));
            }
        }
        UnknownAfterReplacement(proposed, after, rows, schema);
        return new ChangeSet([.. rows.Values.OrderBy(r => r.Address, StringComparer.Ordinal)], stack);
    }

    /// <summary>
    /// What the resource's <c>lifecycle.ignore_changes</c> names keeps its value before, as Terraform plans it: "the
    /// arguments Terraform ignores when planning updates" (Terraform's documentation, the lifecycle meta-argument); on a
    /// resource that exists, so never on one created. <c>all</c> ignores every argument.
    /// </summary>
    private static void Ignored(JsonObject resource, JsonObject before, JsonObject after)
    {
        var ignored = resource["lifecycle"]?["ignore_changes"] switch
        {
            JsonArray names => names.Select(a => a?.GetValueKind() == JsonValueKind.String ? a.GetValue<string>() : null).OfType<string>().ToList(),
            JsonValue all when all.TryGetValue<string>(out var text) && text == "all" => before.Select(p => p.Key).Union(after.Select(p => p.Key)).ToList(),
            _ => [],
        };
        foreach (var attribute in ignored)
        {
            if (before[attribute] is { } kept) after[attribute] = kept.DeepClone();
            else after.Remove(attribute);
        }
    }

    private static ResourceChange Row(string address, string type, JsonObject before, JsonObject after, bool changed, IReadOnlyList<string> forcing, JsonObject config,
        IReadOnlySet<string>? unknown = null)
    {
        var cbd = config["lifecycle"]?["create_before_destroy"]?.GetValueKind() == JsonValueKind.True;
        IReadOnlyList<string> actions = forcing.Count > 0 ? (cbd ? ["create", "delete"] : ["delete", "create"]) : changed ? ["update"] : ["no-op"];
        return new(address, type, actions, before, after) { ReplacePaths = forcing, AfterUnknown = unknown ?? new HashSet<string>(StringComparer.Ordinal) };
    }

    /// <summary>
    /// A reference to an attribute only AWS knows (an id, an ARN) of a resource that is replaced takes a new value
    /// after the apply: the referencing attribute is unknown after, in place or replacing its own resource by the
    /// provider's rules (the replication group's security_group_ids when its security group is replaced); and so on
    /// down the chain.
    /// </summary>
    private static void UnknownAfterReplacement(JsonNode proposed, Dictionary<string, JsonObject> after, Dictionary<string, ResourceChange> rows, ProviderSchema schema)
    {
        var grew = true;
        while (grew)
        {
            grew = false;
            var replaced = rows.Values.Where(r => r.IsReplace).Select(r => r.Address).ToHashSet(StringComparer.Ordinal);
            foreach (var (address, resource) in after.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                var row = rows[address];
                if (row.Before is null || row.After is null) continue;
                foreach (var (attribute, value) in resource.Where(a => !NotAttributes.Contains(a.Key)))
                {
                    if (row.AfterUnknown.Contains(attribute) || !JsonNode.DeepEquals(row.Before![attribute], row.After![attribute])) continue;
                    if (!ComputedReferences(value, proposed).Any(replaced.Contains)) continue;
                    var unknown = new HashSet<string>(row.AfterUnknown, StringComparer.Ordinal) { attribute };
                    var forcing = row.ReplacePaths.ToList();
                    if (schema.Classify(row.Type, attribute, row.Before![attribute], JsonValue.Create(ResourceChange.Unknown)).Replaces) forcing.Add(attribute);
                    row = Row(address, row.Type, row.Before!, row.After!, changed: true, [.. forcing.Order(StringComparer.Ordinal)], resource, unknown);
                    rows[address] = row;
                    grew |= row.IsReplace && !replaced.Contains(address);
                }
            }
        }
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

    private static bool Protected(JsonObject? resource) => resource?["lifecycle"]?["prevent_destroy"]?.GetValueKind() == JsonValueKind.True;

    /// <summary>The addresses whose <c>lifecycle.prevent_destroy</c> is on in <paramref name="stack"/> (a cdk.tf.json document).</summary>
    public static IReadOnlySet<string> ProtectedAddresses(JsonNode stack) =>
        Resources(stack ?? throw new ArgumentNullException(nameof(stack))).Where(r => Protected(r.Value)).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<StackChange> ProviderChanges(JsonNode accepted, JsonNode proposed)
    {
        var before = Region(accepted);
        var after = Region(proposed);
        if (!JsonNode.DeepEquals(before, after))
        {
            yield return new(StackChangeKind.RegionMoved, StackChange.ProviderAddress, "region", before, after,
                "a region change makes Terraform look for every resource in the new region, find none, and create them there; " +
                "the cache in the old region stays, unmanaged, with its data");
        }
    }

    /// <summary>The region of a stack's aws provider, escapes undone; null when it has none.</summary>
    public static JsonNode? Region(JsonNode stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var provider = stack["provider"]?["aws"];
        var first = provider is JsonArray array ? (array.Count > 0 ? array[0] : null) : provider;
        return first?["region"] is JsonValue v && v.TryGetValue<string>(out var text) ? JsonValue.Create(TerraformLiteral.Unescape(text)) : first?["region"]?.DeepClone();
    }

    private static IEnumerable<StackChange> BackendChanges(JsonNode accepted, JsonNode proposed)
    {
        var before = accepted["terraform"]?["backend"] as JsonObject ?? [];
        var after = proposed["terraform"]?["backend"] as JsonObject ?? [];
        var beforeType = before.Select(p => p.Key).FirstOrDefault();
        var afterType = after.Select(p => p.Key).FirstOrDefault();
        const string moves = "the state moves: Terraform would start from an empty state there and create every resource again beside the existing ones";
        if (beforeType != afterType)
        {
            yield return new(StackChangeKind.StateMoved, StackChange.BackendAddress, "type", beforeType, afterType, moves);
            yield break;
        }
        if (beforeType is null) yield break;
        foreach (var (path, oldLeaf, newLeaf) in ResourceChange.Leaves(beforeType, before[beforeType], after[afterType!]))
        {
            var setting = path[(path.LastIndexOf('.') + 1)..];
            yield return StateLocation.Contains(setting)
                ? new(StackChangeKind.StateMoved, StackChange.BackendAddress, path, oldLeaf, newLeaf, moves)
                : new(StackChangeKind.BackendSetting, StackChange.BackendAddress, path, oldLeaf, newLeaf,
                    "a backend setting that does not move the state (terraform init -reconfigure)");
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

    /// <summary>A resource's provider attributes as Terraform will see them: references to literals of the stack resolved, escapes undone.</summary>
    internal static JsonObject Attributes(JsonObject resource, JsonNode document) =>
        new(resource.Where(p => !NotAttributes.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, Resolve(p.Value, document))));

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
}
