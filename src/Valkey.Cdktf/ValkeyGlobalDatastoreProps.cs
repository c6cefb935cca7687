namespace Valkey.Cdktf;

/// <summary>Inputs of <see cref="ValkeyGlobalDatastore"/>.</summary>
public sealed record ValkeyGlobalDatastoreProps
{
    /// <summary>
    /// The primary: the replication group that takes the writes and replicates them to the secondaries' regions. A serverless
    /// cache cannot be one (a global datastore is made of replication groups: ElastiCache API Reference,
    /// CreateGlobalReplicationGroup, PrimaryReplicationGroupId).
    /// </summary>
    public required ValkeyCache Primary { get; init; }

    /// <summary>
    /// <c>id_suffix</c>: the datastore's name; AWS puts a prefix of its own before it, one per region (ElastiCache API Reference,
    /// CreateGlobalReplicationGroup, GlobalReplicationGroupIdSuffix), so the datastore's id is known only once it exists.
    /// Changing it replaces the datastore (the provider's <c>global_replication_group_id_suffix</c> is ForceNew).
    /// </summary>
    public required string IdSuffix { get; init; }

    /// <summary><c>description</c>: the datastore's description. Omitted: <c>Global datastore of {primary's replication group id}</c>.</summary>
    public string? Description { get; init; }
}
