using System.Text.Json;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>
/// What one change does to one resource, in the shape of an element of Terraform's plan JSON
/// <c>resource_changes</c> (<c>terraform show -json</c>: <c>address</c>, <c>type</c>, <c>change.actions</c>,
/// <c>before</c>, <c>after</c>, <c>after_unknown</c>, <c>replace_paths</c>, <c>previous_address</c>,
/// <c>change.importing</c>; https://developer.hashicorp.com/terraform/internals/json-format). Every source
/// of a change yields these rows: the comparison of two syntheses (<see cref="SynthesisDiff"/>) and a real
/// plan (<see cref="PlanChanges"/>); one judge reads them (<see cref="ChangeJudge"/>).
/// </summary>
/// <param name="Address">The resource's address after the change (<c>aws_security_group.valkey</c>).</param>
/// <param name="Type">Its resource type.</param>
/// <param name="Actions">Terraform's actions: <c>no-op</c>, <c>create</c>, <c>read</c>, <c>update</c>, <c>delete</c>;
/// a replacement is <c>["delete", "create"]</c>, or <c>["create", "delete"]</c> with create_before_destroy.</param>
/// <param name="Before">Its attributes before; null when it is created.</param>
/// <param name="After">Its attributes after, as far as known; null when it is destroyed.</param>
internal sealed record ResourceChange(string Address, string Type, IReadOnlyList<string> Actions, JsonObject? Before, JsonObject? After)
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);

    /// <summary><c>managed</c> for a resource, <c>data</c> for a data source.</summary>
    public string Mode { get; init; } = "managed";

    /// <summary>The top-level attributes whose value after is known only at apply (wholly or in part).</summary>
    public IReadOnlySet<string> AfterUnknown { get; init; } = None;

    /// <summary>The attribute paths that force the replacement, dotted (<c>port</c>, <c>log_delivery_configuration.0.destination</c>).</summary>
    public IReadOnlyList<string> ReplacePaths { get; init; } = [];

    /// <summary>The address it moves from (a <c>moved</c> block); null when it does not move.</summary>
    public string? PreviousAddress { get; init; }

    /// <summary>Whether the change imports the resource (an <c>import</c> block).</summary>
    public bool Importing { get; init; }

    public bool IsCreate => Actions is ["create"];

    public bool IsDelete => Actions is ["delete"];

    public bool IsReplace => Actions.Contains("create") && Actions.Contains("delete");

    public bool IsUpdate => Actions is ["update"];

    public bool IsRead => Actions is ["read"];

    public bool IsNoOp => Actions.All(a => a == "no-op");

    /// <summary>Whether the change does anything: not a no-op nor a data source's read, or it moves or imports the resource.</summary>
    public bool DoesSomething => !(IsNoOp || IsRead) || PreviousAddress is not null || Importing;

    /// <summary>Whether the resource is destroyed, wholly or to be created anew.</summary>
    public bool LosesItself => IsDelete || IsReplace;

    /// <summary>The action in words: create, update, replace, delete, move, move + update, import, no-op, read.</summary>
    public string Action =>
        IsReplace ? "replace" : IsDelete ? "delete" : IsCreate ? "create"
        : IsUpdate ? (PreviousAddress is null ? (Importing ? "import + update" : "update") : "move + update")
        : IsRead ? "read"
        : Importing ? "import"
        : PreviousAddress is null ? "no-op" : "move";

    /// <summary>The top-level attributes that differ between before and after, or are unknown after.</summary>
    public IReadOnlyList<string> ChangedAttributes =>
        [.. (Before ?? []).Select(p => p.Key).Union((After ?? []).Select(p => p.Key)).Union(AfterUnknown)
            .Where(k => AfterUnknown.Contains(k) || !JsonNode.DeepEquals(Before?[k], After?[k]))
            .Order(StringComparer.Ordinal)];

    /// <summary>The value after of a top-level attribute, or the stand-in <see cref="Unknown"/> when it is known only at apply.</summary>
    public JsonNode? AfterValue(string attribute) => AfterUnknown.Contains(attribute) ? JsonValue.Create(Unknown) : After?[attribute]?.DeepClone();

    /// <summary>What a report shows for a value known only at apply.</summary>
    public const string Unknown = "(known after apply)";

    /// <summary>
    /// Every changed leaf, with its path (<c>ingress[0].from_port</c>, <c>tags.Name</c>): objects are walked by key, lists
    /// of objects of the same length by index, anything else compared whole.
    /// </summary>
    public IEnumerable<(string Path, JsonNode? Before, JsonNode? After)> ChangedLeaves()
    {
        foreach (var attribute in ChangedAttributes)
        {
            if (AfterUnknown.Contains(attribute))
            {
                yield return (attribute, Before?[attribute]?.DeepClone(), JsonValue.Create(Unknown));
                continue;
            }
            foreach (var leaf in Leaves(attribute, Before?[attribute], After?[attribute])) yield return leaf;
        }
    }

    /// <summary>The leaves of <paramref name="path"/> that differ between <paramref name="old"/> and <paramref name="new"/>.</summary>
    internal static IEnumerable<(string Path, JsonNode? Old, JsonNode? New)> Leaves(string path, JsonNode? old, JsonNode? @new)
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
            yield return (path, old?.DeepClone(), @new?.DeepClone());
        }
    }

    /// <summary>The top-level attribute a path belongs to (<c>ingress[0].from_port</c> → <c>ingress</c>).</summary>
    public static string TopLevel(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    /// <summary>Whether a boolean attribute is true on that side (a JSON true, or the string "true" the provider keeps for some).</summary>
    public static bool Flag(JsonObject? side, string attribute) => TerraformValue.IsTrue(side?[attribute]);

    /// <summary>A non-empty string attribute on that side, or null.</summary>
    public static string? Text(JsonObject? side, string attribute) =>
        side?[attribute] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    /// <summary>The strings of a list or set attribute on that side; empty when absent.</summary>
    public static IReadOnlyList<string> Strings(JsonObject? side, string attribute) =>
        [.. (side?[attribute] as JsonArray ?? []).OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : v.ToJsonString())];
}
