using System.Text.Json.Nodes;
using Valkey.Cdktf.Tools.Changes;

namespace Valkey.Cdktf.Tools.ApplyRules;

/// <summary>
/// The replication group before and after one deploy, as Terraform attributes
/// (<c>aws_elasticache_replication_group</c>), from its row of the change (<see cref="ResourceChange"/>).
/// <see cref="Before"/> is null when the deploy creates the group: AWS's rules for changing a group do not
/// apply to a new one.
/// </summary>
/// <param name="Before">The group's attributes before; null when it is created.</param>
/// <param name="After">Its attributes after.</param>
/// <param name="Unknown">Attributes whose value after is known only at apply (a plan's <c>after_unknown</c>), such as a token read at plan time.</param>
internal sealed record CacheTransition(JsonObject? Before, JsonObject After, IReadOnlySet<string> Unknown)
{
    /// <summary>No replication group after the deploy (none in the stack, or destroyed): no rule about changing one applies.</summary>
    public static CacheTransition None { get; } = new(null, [], new HashSet<string>(StringComparer.Ordinal));

    /// <summary>A transition between two attribute sets, nothing unknown.</summary>
    public static CacheTransition Of(JsonObject? before, JsonObject after) => new(before, after, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The replication group's transition in <paramref name="row"/>; null when there is no group after (destroyed) or no row.</summary>
    public static CacheTransition? From(ResourceChange? row) =>
        row?.After is null ? null : new(row.IsCreate ? null : row.Before, row.After, row.AfterUnknown) { Replaced = row.IsReplace };

    /// <summary>Whether the group exists before the deploy (it is changed, not created).</summary>
    public bool Changes => Before is not null;

    /// <summary>Whether the plan replaces the group (a new group, from <see cref="Before"/>'s): only rules about replacing apply.</summary>
    public bool Replaced { get; init; }

    public static bool Flag(JsonObject? side, string attribute) => ResourceChange.Flag(side, attribute);

    public static string? Text(JsonObject? side, string attribute) => ResourceChange.Text(side, attribute);

    /// <summary>
    /// Whether the group has an AUTH token on that side (<see cref="TerraformValue.HasAuthToken"/>), or one known only at
    /// apply. That the provider sends a write-only token with the same ModifyReplicationGroup request and strategy as
    /// <c>auth_token</c> is assumed here, not confirmed in the provider's code.
    /// </summary>
    public bool HasToken(JsonObject? side) =>
        TerraformValue.HasAuthToken(side) || (ReferenceEquals(side, After) && (Unknown.Contains("auth_token") || Unknown.Contains("auth_token_wo")));

    /// <summary>The user groups on that side (unknown ones after count as one group being added).</summary>
    public IReadOnlyList<string> UserGroups(JsonObject? side) =>
        ReferenceEquals(side, After) && Unknown.Contains("user_group_ids") ? [ResourceChange.Unknown] : ResourceChange.Strings(side, "user_group_ids");

    /// <summary>The transit encryption mode on that side: its value, AWS's <c>required</c> when TLS is on without one, none when TLS is off.</summary>
    public static string? Mode(JsonObject? side) =>
        !Flag(side, "transit_encryption_enabled") ? null : Text(side, "transit_encryption_mode") ?? "required";

    /// <summary>The log delivery configurations as comparable text, one per log type, sorted.</summary>
    public static IReadOnlyList<string> LogDelivery(JsonObject? side) =>
        (side?["log_delivery_configuration"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(c => string.Join("|", new[] { "log_type", "destination_type", "destination", "log_format" }.Select(k => c[k]?.ToString() ?? "")))
            .Order(StringComparer.Ordinal)
            .ToList();
}
