using System.Globalization;

namespace Valkey.Cdktf.Validation;

/// <summary>
/// The shape of a cache: one shard of <c>num_cache_nodes</c> nodes (cluster mode disabled), or <c>num_node_groups</c> shards of
/// <c>replicas_per_node_group</c> + 1 nodes each (cluster mode enabled).
/// </summary>
/// <param name="ClusterMode">Whether cluster mode is enabled (<c>num_node_groups</c> set).</param>
/// <param name="Shards">Node groups: 1 without cluster mode.</param>
/// <param name="ReplicasPerShard">Replicas in each shard.</param>
internal sealed record CacheTopology(bool ClusterMode, int Shards, int ReplicasPerShard)
{
    /// <summary>The topology <paramref name="props"/> asks for.</summary>
    public static CacheTopology Of(ValkeyCacheProps props) => props.NumNodeGroups is { } shards
        ? new(true, shards, props.ReplicasPerNodeGroup ?? ValkeyCacheProps.DefaultReplicasPerNodeGroup)
        : new(false, 1, (props.NumCacheNodes ?? ValkeyCacheProps.DefaultNumCacheNodes) - 1);

    /// <summary>Every node: shards × (replicas + 1). What the cache costs by the hour is this many node-hours.</summary>
    public int Nodes => Shards * (ReplicasPerShard + 1);

    /// <summary>Multi-AZ and automatic failover need a replica to fail over to (in every shard).</summary>
    public bool HasReplicas => ReplicasPerShard >= 1;

    /// <summary>
    /// The member clusters, as ElastiCache names them: <c>{id}-001</c> … without cluster mode, <c>{id}-0001-001</c> …
    /// (shard, then node) with it (ElastiCache User Guide, Finding connection endpoints; the CacheClusterId of each node).
    /// </summary>
    public IEnumerable<(string Member, string Suffix)> Members(string replicationGroupId)
    {
        var id = replicationGroupId.ToLowerInvariant();
        for (var shard = 1; shard <= Shards; shard++)
        {
            for (var node = 1; node <= ReplicasPerShard + 1; node++)
            {
                var suffix = ClusterMode
                    ? $"{shard.ToString("D4", CultureInfo.InvariantCulture)}-{node.ToString("D3", CultureInfo.InvariantCulture)}"
                    : node.ToString("D3", CultureInfo.InvariantCulture);
                yield return ($"{id}-{suffix}", suffix);
            }
        }
    }
}
