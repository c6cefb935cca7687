using Valkey.Cdktf.Tools.Changes;

namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// A global datastore's node type, engine version or shard count changes at once, on every member in every region. ModifyGlobalReplicationGroup,
/// which the provider sends for <c>cache_node_type</c> and <c>engine_version</c> (and, for the shard count,
/// Increase/DecreaseNodeGroupsInGlobalReplicationGroup with ApplyImmediately true, for <c>num_node_groups</c>) of <c>aws_elasticache_global_replication_group</c>
/// (internal/service/elasticache/global_replication_group.go, its update), requires ApplyImmediately: "Modifications to Global
/// Replication Groups cannot be requested to be applied in PreferredMaintenceWindow" (API Reference). So the environment's
/// <c>apply_immediately</c> false and its maintenance window do not defer it, as they would for a replication group alone
/// (<see cref="DeferredToMaintenanceWindow"/>).
/// </summary>
internal sealed class DatastoreChangesAtOnce : ApplyRule
{
    /// <summary>What the datastore owns of its members once they are in it (the stack writes both on the datastore).</summary>
    public static readonly IReadOnlyList<string> Owned = ["cache_node_type", "engine_version", "num_node_groups"];

    public override string Id => "APPLY-DATASTORE-AT-ONCE";

    public override string Title => "a global datastore scales and upgrades at once";

    public override string Explanation =>
        "a new `node_type`, `engine_version` or shard count of a global datastore's primary goes to the datastore (ModifyGlobalReplicationGroup), which AWS applies at once to the primary and every secondary: never in the maintenance window, whatever `apply_immediately` says. Reported as a warning; deploy it when every region can take the change now";

    public override RuleLevel Level => RuleLevel.Warning;

    public override string Source =>
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyGlobalReplicationGroup.html (ApplyImmediately); " +
        "hashicorp/terraform-provider-aws internal/service/elasticache/global_replication_group.go";

    public override bool Applies(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Datastore(input.Changes) is not null;
    }

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Datastore(input.Changes) is not { } row) return null;
        var changed = Owned.Where(a => Changed(row, a)).ToList();
        if (changed.Count == 0) return null;
        return Finding(
            $"{string.Join(", ", changed.Select(a => $"{a} {Show(row.Before, a)} → {Show(row.After, a)}"))}: AWS applies a global datastore's " +
            "change at once (ModifyGlobalReplicationGroup takes no maintenance window) to the primary and every secondary region, whatever apply_immediately says",
            null) with { Subject = row.Address, Paths = changed };
    }

    /// <summary>The datastore's row when the plan changes one in place; null otherwise.</summary>
    internal static ResourceChange? Datastore(ChangeSet changes) =>
        changes.Resources.FirstOrDefault(r => r.Type == ResourceAddresses.GlobalReplicationGroupType && r.IsUpdate);

    /// <summary>Whether <paramref name="attribute"/> has a value before and another after.</summary>
    internal static bool Changed(ResourceChange row, string attribute) =>
        row.Before?[attribute] is { } before && row.After?[attribute] is { } after && !System.Text.Json.Nodes.JsonNode.DeepEquals(before, after);

    private static string Show(System.Text.Json.Nodes.JsonObject? side, string attribute) => side?[attribute] is { } value ? value.ToJsonString().Trim('"') : "none";
}
