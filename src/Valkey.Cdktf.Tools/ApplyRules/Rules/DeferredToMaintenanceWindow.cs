namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// Changes AWS applies in the maintenance window. ModifyReplicationGroup's ApplyImmediately: "If false, changes to the nodes
/// in the replication group are applied on the next maintenance reboot, or the next failure reboot, whichever occurs first"
/// (Default: false); the nodes' PendingModifiedValues hold them meanwhile: CacheNodeType and EngineVersion
/// (API_PendingModifiedValues). The provider sends the resource's apply_immediately with them and reads the group back
/// with what it runs, so every plan shows the change again until the window (skyscrapers/terraform-elasticache#16). The
/// changes the provider always sends with ApplyImmediately true (replica counts, shards, the AUTH token:
/// internal/service/elasticache/replication_group.go) and log delivery (APPLY-LOG-DELIVERY) are not deferred.
/// Whether AWS defers a parameter group's association too is not said there; this rule does not claim it.
/// </summary>
internal sealed class DeferredToMaintenanceWindow : ApplyRule
{
    /// <summary>The attributes of the replication group whose change AWS defers without apply_immediately.</summary>
    public static readonly IReadOnlyList<string> Deferred = ["node_type", "engine_version"];

    public override string Id => "APPLY-DEFERRED";

    public override string Title => "node changes wait for the maintenance window";

    public override string Explanation =>
        "with `apply_immediately` false (the default) AWS applies a new node type or engine version in the next maintenance window, so every plan shows the change again until then; reported as pending (exit 0), not as a failure. `\"apply_immediately\": true` for that deploy applies it at once";

    public override RuleLevel Level => RuleLevel.Pending;

    public override string Source =>
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyReplicationGroup.html (ApplyImmediately); " +
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_PendingModifiedValues.html";

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var transition = input.Cache;
        if (CacheTransition.Flag(transition.After, "apply_immediately")) return null;
        var deferred = Deferred.Where(a => CacheTransition.Text(transition.Before, a) is { } before && CacheTransition.Text(transition.After, a) is { } after && before != after
            && !(a == "engine_version" && Version.TryParse(before, out var was) && Version.TryParse(after, out var will) && will < was)).ToList(); // a downgrade replaces
        if (deferred.Count == 0) return null;
        var window = CacheTransition.Text(transition.After, "maintenance_window") ?? CacheTransition.Text(transition.Before, "maintenance_window");
        var changes = string.Join(", ", deferred.Select(a => $"{a} {CacheTransition.Text(transition.Before, a)} → {CacheTransition.Text(transition.After, a)}"));
        return Finding(
            $"{changes}: with apply_immediately false, AWS applies {(deferred.Count == 1 ? "it" : "them")} in the next maintenance window " +
            $"({(window is null ? "the one AWS chose: the stack sets no maintenance_window" : window + " UTC")}), not at this deploy; until then every plan shows " +
            $"{(deferred.Count == 1 ? "it" : "them")} again, and nothing more is to be done",
            "to apply it at this deploy instead, deploy with \"apply_immediately\": true") with { Paths = deferred };
    }
}
