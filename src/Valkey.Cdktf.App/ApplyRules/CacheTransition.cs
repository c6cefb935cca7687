using System.Text.Json;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.ApplyRules;

/// <summary>
/// The replication group before and after one deploy, as Terraform attributes
/// (<c>aws_elasticache_replication_group</c>): from the accepted synthesis to the new one (the
/// guard), or from a state to a plan (the rehearsal). <see cref="Before"/> is null when the
/// deploy creates the group: AWS's rules for changing a group do not apply to a new one.
/// </summary>
/// <param name="Before">The group's attributes before; null when it is created.</param>
/// <param name="After">Its attributes after.</param>
/// <param name="Unknown">Attributes whose value after is known only at apply (a plan's <c>after_unknown</c>), such as a token read at plan time.</param>
internal sealed record CacheTransition(JsonObject? Before, JsonObject After, IReadOnlySet<string> Unknown)
{
    /// <summary>A transition between two synthesized (or planned) attribute sets, nothing unknown.</summary>
    public static CacheTransition Of(JsonObject? before, JsonObject after) => new(before, after, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Whether the group exists before the deploy (it is changed, not created).</summary>
    public bool Changes => Before is not null;

    /// <summary>Whether the plan replaces the group (a new group, from <see cref="Before"/>'s): only rules about replacing apply.</summary>
    public bool Replaced { get; init; }

    public static bool Flag(JsonObject? side, string attribute) =>
        side?[attribute] is JsonValue v && (v.GetValueKind() == JsonValueKind.True || (v.TryGetValue<string>(out var s) && s == "true"));

    public static string? Text(JsonObject? side, string attribute) =>
        side?[attribute] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    /// <summary>Whether the group has an AUTH token on that side (a value, a reference to one, or one known only at apply).</summary>
    public bool HasToken(JsonObject? side) => Text(side, "auth_token") is not null || (ReferenceEquals(side, After) && Unknown.Contains("auth_token"));

    /// <summary>The log delivery configurations as comparable text, one per log type, sorted.</summary>
    public static IReadOnlyList<string> LogDelivery(JsonObject? side) =>
        (side?["log_delivery_configuration"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(c => string.Join("|", new[] { "log_type", "destination_type", "destination", "log_format" }.Select(k => c[k]?.ToString() ?? "")))
            .Order(StringComparer.Ordinal)
            .ToList();
}
