using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Rehearsal;

/// <summary>What Terraform plans for one resource.</summary>
/// <param name="Address">The resource's address after the plan.</param>
/// <param name="Actions">Terraform's actions (<c>create</c>, <c>update</c>, <c>delete</c>, <c>no-op</c>, <c>read</c>).</param>
/// <param name="MovedFrom">The address it moves from (a <c>moved</c> block); null when it does not move.</param>
/// <param name="ReplacePaths">The attributes that force its replacement.</param>
/// <param name="Changes">The top-level attributes whose value changes (for update and replace), with before and after.</param>
internal sealed record PlannedResource(string Address, IReadOnlyList<string> Actions, string? MovedFrom, IReadOnlyList<string> ReplacePaths,
    IReadOnlyList<(string Attribute, JsonNode? Before, JsonNode? After)> Changes)
{
    public bool IsReplace => Actions.Contains("delete") && Actions.Contains("create");
    public bool IsDelete => Actions.Contains("delete") && !Actions.Contains("create");
    public bool IsCreate => Actions.Contains("create") && !Actions.Contains("delete");
    public bool IsUpdate => Actions.Contains("update");
    public bool IsNoOp => Actions.All(a => a == "no-op");

    /// <summary>Whether the plan loses what the resource holds: a replacement or a destroy of a resource that holds data (not an alarm; as the guard judges).</summary>
    public bool LosesData => (IsReplace || IsDelete) && !Guard.PlannedChange.WithoutData.Contains(Terraform.TerraformAddress.OfResource(Address).Type);

    /// <summary>The action in words: create, update, replace, delete, move, move + update, no-op, read.</summary>
    public string Action =>
        IsReplace ? "replace" : IsDelete ? "delete" : IsCreate ? "create"
        : IsUpdate ? (MovedFrom is null ? "update" : "move + update")
        : Actions.Contains("read") ? "read"
        : MovedFrom is null ? "no-op" : "move";

    /// <summary>Reads <c>terraform show -json</c> of a plan.</summary>
    public static IReadOnlyList<PlannedResource> Read(JsonNode plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var list = new List<PlannedResource>();
        foreach (var rc in plan["resource_changes"]?.AsArray() ?? [])
        {
            var change = rc!["change"]!;
            var actions = change["actions"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
            var replacePaths = (change["replace_paths"]?.AsArray() ?? [])
                .Select(p => string.Join('.', p!.AsArray().Select(s => s!.ToJsonString().Trim('"'))))
                .ToList();
            var before = change["before"] as JsonObject;
            var after = change["after"] as JsonObject;
            var unknown = change["after_unknown"] as JsonObject;
            var changes = new List<(string, JsonNode?, JsonNode?)>();
            if (before is not null && after is not null)
            {
                foreach (var key in before.Select(p => p.Key).Union(after.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    var isUnknown = unknown?[key]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
                    if (isUnknown) changes.Add((key, before[key]?.DeepClone(), JsonValue.Create("(known after apply)")));
                    else if (!JsonNode.DeepEquals(before[key], after[key])) changes.Add((key, before[key]?.DeepClone(), after[key]?.DeepClone()));
                }
            }
            list.Add(new PlannedResource(rc["address"]!.GetValue<string>(), actions, rc["previous_address"]?.GetValue<string>(), replacePaths, changes));
        }
        return list;
    }
}
