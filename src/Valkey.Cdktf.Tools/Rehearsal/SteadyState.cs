using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>
/// A Terraform state (format 4) made from a plan: every resource as the plan would create it,
/// with the computed attributes only AWS knows filled by deterministic stand-ins. Planned again
/// with <c>-refresh=false</c>, a synthesis must show no changes against the state of its own
/// plan; anything else is a perpetual diff.
/// </summary>
internal static class SteadyState
{
    private const string Provider = "provider[\"registry.terraform.io/hashicorp/aws\"]";

    /// <summary>The state of what <paramref name="plan"/> (<c>terraform show -json</c>) would create or keep.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="schema">Schema versions and attribute types of the resources.</param>
    /// <param name="terraformVersion">The Terraform that reads the state.</param>
    /// <param name="address">Rewrites an address (type.name) into (module, name), for a state shaped like another configuration's.</param>
    public static JsonObject FromPlan(JsonNode plan, ProviderSchemaInfo schema, Version terraformVersion, Func<string, string, (string? Module, string Name)>? address = null)
    {
        var resources = new JsonArray();
        foreach (var rc in plan["resource_changes"]!.AsArray())
        {
            if (rc!["mode"]?.GetValue<string>() != "managed") continue;
            var after = rc["change"]!["after"] as JsonObject;
            if (after is null) continue;
            var type = rc["type"]!.GetValue<string>();
            var name = rc["name"]!.GetValue<string>();
            var attributes = (JsonObject)after.DeepClone();
            foreach (var (key, unknown) in rc["change"]!["after_unknown"]?.AsObject() ?? [])
            {
                if (unknown?.GetValueKind() == System.Text.Json.JsonValueKind.True) attributes[key] = schema.Placeholder(type, key);
            }
            var (module, stateName) = address?.Invoke(type, name) ?? (null, name);
            var resource = new JsonObject
            {
                ["mode"] = "managed",
                ["type"] = type,
                ["name"] = stateName,
                ["provider"] = Provider,
                ["instances"] = new JsonArray(new JsonObject
                {
                    ["schema_version"] = schema.SchemaVersion(type),
                    ["attributes"] = attributes,
                    // As Terraform records them: every path the schema marks sensitive, nested ones too (authentication_mode[0].passwords
                    // of a user), else a plan sees a change of marks and updates the resource with nothing to change.
                    ["sensitive_attributes"] = new JsonArray([.. SensitivePaths(rc["change"]!["after_sensitive"], [])]),
                }),
            };
            if (module is not null) resource.Insert(0, "module", module);
            resources.Add(resource);
        }
        return new JsonObject
        {
            ["version"] = 4,
            ["terraform_version"] = terraformVersion.ToString(),
            ["serial"] = 1,
            ["lineage"] = "00000000-0000-4000-8000-000000000001",
            ["outputs"] = Outputs(plan),
            ["resources"] = resources,
            ["check_results"] = null,
        };
    }

    /// <summary>The paths <paramref name="marks"/> (a plan's <c>after_sensitive</c>) marks true, as a state's steps: get_attr for a key, index for a position.</summary>
    private static IEnumerable<JsonNode> SensitivePaths(JsonNode? marks, IReadOnlyList<JsonNode> path)
    {
        switch (marks)
        {
            case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.True && path.Count > 0:
                yield return new JsonArray([.. path.Select(step => step.DeepClone())]);
                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    foreach (var found in SensitivePaths(value, [.. path, new JsonObject { ["type"] = "get_attr", ["value"] = key }])) yield return found;
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var step = new JsonObject { ["type"] = "index", ["value"] = new JsonObject { ["value"] = i, ["type"] = "number" } };
                    foreach (var found in SensitivePaths(array[i], [.. path, step])) yield return found;
                }
                break;
        }
    }

    /// <summary>
    /// Takes into <paramref name="state"/> what a second plan knows of the attributes the first
    /// plan could not (references to stand-ins, provider-computed values), and its outputs.
    /// </summary>
    public static void Settle(JsonObject state, JsonNode firstPlan, JsonNode secondPlan)
    {
        var unknownAtFirst = new HashSet<(string, string)>();
        foreach (var rc in firstPlan["resource_changes"]!.AsArray())
        {
            foreach (var (key, unknown) in rc!["change"]!["after_unknown"]?.AsObject() ?? [])
            {
                if (unknown?.GetValueKind() == System.Text.Json.JsonValueKind.True) unknownAtFirst.Add((rc["address"]!.GetValue<string>(), key));
            }
        }
        foreach (var rc in secondPlan["resource_changes"]!.AsArray())
        {
            var after = rc!["change"]!["after"] as JsonObject;
            var known = rc["change"]!["after_unknown"] as JsonObject;
            if (after is null) continue;
            var target = state["resources"]!.AsArray().FirstOrDefault(r => Address(r!) == rc["address"]!.GetValue<string>());
            var attributes = target?["instances"]?[0]?["attributes"]?.AsObject();
            if (attributes is null) continue;
            foreach (var (key, value) in after)
            {
                var stillUnknown = known?[key]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
                if (!stillUnknown && unknownAtFirst.Contains((rc["address"]!.GetValue<string>(), key))) attributes[key] = value?.DeepClone();
            }
        }
        state["outputs"] = Outputs(secondPlan);
        state["serial"] = 2;
    }

    private static string Address(JsonNode resource) =>
        (resource["module"] is { } m ? m.GetValue<string>() + "." : "") + $"{resource["type"]!.GetValue<string>()}.{resource["name"]!.GetValue<string>()}";

    /// <summary>
    /// The outputs a state records: each known value with its type, as the plan gives it (<c>planned_values.outputs.*.type</c>,
    /// such as <c>["tuple", ["string"]]</c> for a list of user names); Terraform reads a state's output by its type, so a list
    /// typed as a string is refused ("Invalid output value saved in state … string is required"); and whether it is sensitive.
    /// </summary>
    private static JsonObject Outputs(JsonNode plan)
    {
        var outputs = new JsonObject();
        var planned = plan["planned_values"]?["outputs"] as JsonObject;
        foreach (var (name, change) in plan["output_changes"]?.AsObject() ?? [])
        {
            var value = change?["after"];
            if (change?["after_unknown"]?.GetValueKind() == System.Text.Json.JsonValueKind.True || value is null) continue;
            var type = planned?[name]?["type"]?.DeepClone() ?? TypeOf(value);
            outputs[name] = new JsonObject { ["value"] = value.DeepClone(), ["type"] = type };
            // A sensitive output (CDKTF's cross-stack output of a global datastore's id) is recorded so: a state that says
            // otherwise is a change of the output's sensitivity at every plan.
            if (planned?[name]?["sensitive"]?.GetValueKind() == System.Text.Json.JsonValueKind.True) outputs[name]!["sensitive"] = true;
        }
        return outputs;
    }

    /// <summary>The type Terraform gives a JSON value with no type beside it: a tuple for a list, an object for a map.</summary>
    private static JsonNode TypeOf(JsonNode? value) => value switch
    {
        JsonArray array => new JsonArray("tuple", new JsonArray([.. array.Select(TypeOf)])),
        JsonObject obj => new JsonArray("object", new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)TypeOf(p.Value))))),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => "number",
        JsonValue v when v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "bool",
        _ => "string",
    };
}
