using System.Text.Json;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>A real plan's rows: <c>terraform show -json</c> of a saved plan, read as it is.</summary>
internal static class PlanChanges
{
    /// <summary>Every resource change of <paramref name="plan"/> (<c>terraform show -json plan.bin</c>), data sources included.</summary>
    public static ChangeSet Read(JsonNode plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rows = new List<ResourceChange>();
        foreach (var rc in plan["resource_changes"]?.AsArray() ?? [])
        {
            var change = rc!["change"]!;
            rows.Add(new ResourceChange(
                rc["address"]!.GetValue<string>(),
                rc["type"]!.GetValue<string>(),
                [.. change["actions"]!.AsArray().Select(a => a!.GetValue<string>())],
                change["before"]?.DeepClone() as JsonObject,
                change["after"]?.DeepClone() as JsonObject)
            {
                Mode = rc["mode"]?.GetValue<string>() ?? "managed",
                AfterUnknown = Unknown(change["after_unknown"]),
                ReplacePaths = [.. (change["replace_paths"]?.AsArray() ?? []).Select(p => string.Join('.', p!.AsArray().Select(Step)))],
                PreviousAddress = rc["previous_address"]?.GetValue<string>(),
                Importing = change["importing"] is JsonObject,
            });
        }
        return new ChangeSet(rows, []);
    }

    /// <summary>The top-level attributes <c>after_unknown</c> marks, wholly (<c>true</c>) or in part (a structure holding a <c>true</c>).</summary>
    private static HashSet<string> Unknown(JsonNode? afterUnknown) =>
        (afterUnknown as JsonObject ?? []).Where(p => HoldsTrue(p.Value)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    private static bool HoldsTrue(JsonNode? node) => node switch
    {
        JsonValue v => v.GetValueKind() == JsonValueKind.True,
        JsonArray a => a.Any(HoldsTrue),
        JsonObject o => o.Any(p => HoldsTrue(p.Value)),
        _ => false,
    };

    private static string Step(JsonNode? step) => step is JsonValue v && v.TryGetValue<string>(out var name) ? name : step?.ToJsonString() ?? "";
}
