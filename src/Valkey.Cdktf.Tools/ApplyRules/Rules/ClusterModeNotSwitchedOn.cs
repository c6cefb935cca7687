namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// Cluster mode is not switched on an existing cache in one deploy. The provider plans it in place (cluster_mode,
/// num_node_groups), but ElastiCache moves a group from disabled to enabled only through compatible, with its clients
/// reconnected in cluster mode between the two steps, and never back ("Reverting this configuration is not possible":
/// ElastiCache User Guide, Modifying cluster mode; API reference ModifyReplicationGroup, ClusterMode: "you must first set
/// the cluster mode to Compatible").
/// </summary>
internal sealed class ClusterModeNotSwitchedOn : ApplyRule
{
    public override string Id => "APPLY-CLUSTER-MODE";

    public override string Title => "cluster mode is not switched on an existing cache";

    public override string Explanation =>
        "AWS moves a cache from cluster mode disabled to enabled only through `compatible`, with its clients reconnected in cluster mode in between, and never back; the provider plans the switch in place. Keep the cache's mode, or go one step (`disabled` to `compatible`, then `enabled`) a deploy; for the other way, a new cache (a new environment)";

    public override string Source =>
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/modify-cluster-mode.html; " +
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyReplicationGroup.html (ClusterMode)";

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var transition = input.Cache;
        var before = CacheTransition.Text(transition.Before, "cluster_mode") ?? "disabled";
        var after = CacheTransition.Text(transition.After, "cluster_mode") ?? "disabled";
        // disabled → compatible → enabled, one step a deploy, is AWS's way; anything else is refused.
        if (before == after || (before, after) is ("disabled", "compatible") or ("compatible", "enabled")) return null;
        return after == "enabled"
            ? Finding(
                $"cluster_mode goes from {before} to enabled on the existing cache: ElastiCache takes that only through compatible, " +
                "with every client reconnected in cluster mode in between, and the plan's in-place update would fail at apply",
                "keep num_cache_nodes for this cache; for cluster mode, create a new cache (a new environment) and move the clients to it")
            : Finding(
                $"cluster_mode goes from {before} to {after} on the existing cache: ElastiCache documents only disabled, then compatible, then enabled, " +
                "and no way back (\"Reverting this configuration is not possible\")",
                "keep num_node_groups for this cache; for cluster mode disabled, create a new cache (a new environment) and move the clients to it");
    }
}
