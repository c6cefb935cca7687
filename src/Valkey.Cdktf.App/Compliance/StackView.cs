using System.Text.Json;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Compliance;

/// <summary>
/// A synthesized stack (cdk.tf.json), read for the compliance rules and the summary. A global datastore's secondary writes
/// none of what it inherits from the datastore (the provider refuses node_type, the encryption switches and the shard count
/// beside global_replication_group_id): given the environment's settings (<paramref name="inherited"/>), which the folder
/// rules hold equal to the primary's, its replication group is read with them filled in as the stack would write them.
/// </summary>
internal sealed class StackView(JsonNode stack, ValkeyCacheProps? inherited = null)
{
    public JsonNode Stack { get; } = stack;

    /// <summary>The cache's replication group (<c>aws_elasticache_replication_group.valkey</c>); empty for a serverless cache.</summary>
    public JsonObject ReplicationGroup => Single("aws_elasticache_replication_group") is var rg && rg["global_replication_group_id"] is not null && inherited is { } props
        ? WithInherited(rg, props)
        : rg;

    private static JsonObject WithInherited(JsonObject rg, ValkeyCacheProps props)
    {
        var copy = (JsonObject)rg.DeepClone();
        var topology = Validation.CacheTopology.Of(props);
        copy["node_type"] ??= props.NodeType;
        copy["at_rest_encryption_enabled"] ??= props.AtRestEncryptionEnabled ? "true" : "false";
        copy["transit_encryption_enabled"] ??= props.TransitEncryptionEnabled;
        if (props.TransitEncryptionEnabled) copy["transit_encryption_mode"] ??= Settings.SettingValues.Of(props.TransitEncryptionMode ?? ValkeyCacheProps.DefaultTransitEncryptionMode);
        if (topology.ClusterMode) copy["num_node_groups"] ??= topology.Shards;
        return copy;
    }

    /// <summary>The serverless cache (<c>aws_elasticache_serverless_cache.valkey</c>); empty for a replication group.</summary>
    public JsonObject ServerlessCache => Single("aws_elasticache_serverless_cache");

    /// <summary>Whether the stack's cache is a serverless cache.</summary>
    public bool IsServerless => ServerlessCache.Count > 0;

    /// <summary>The cache, of either kind: where the attributes both have (<c>snapshot_retention_limit</c>, <c>kms_key_id</c>) are read.</summary>
    public JsonObject Cache => IsServerless ? ServerlessCache : ReplicationGroup;

    public JsonObject SecurityGroup => Single("aws_security_group");

    public IReadOnlyList<JsonObject> Alarms => Of("aws_cloudwatch_metric_alarm");

    public IReadOnlyList<JsonObject> LogGroups => Of("aws_cloudwatch_log_group");

    /// <summary>The users the stack makes (<c>aws_elasticache_user</c>).</summary>
    public IReadOnlyList<JsonObject> Users => Of("aws_elasticache_user");

    /// <summary>
    /// How clients authenticate: <c>iam</c> (only IAM users: no secret anywhere), <c>rbac</c> (user groups, or users with
    /// passwords), <c>token</c> (an AUTH token), <c>none</c>.
    /// </summary>
    public string Authentication =>
        TerraformValue.HasAuthToken(ReplicationGroup) ? "token"
        : Users.Count > 0 && Users.All(u => Text(u["authentication_mode"]?["type"]) == "iam") ? "iam"
        : ReplicationGroup["user_group_ids"] is not null || ServerlessCache["user_group_id"] is not null ? "rbac"
        : "none";

    private JsonObject Single(string type) =>
        Stack["resource"]?[type]?.AsObject().Select(r => r.Value!.AsObject()).FirstOrDefault() ?? [];

    private IReadOnlyList<JsonObject> Of(string type) =>
        [.. Stack["resource"]?[type]?.AsObject().Select(r => r.Value!.AsObject()) ?? []];

    public static int Int(JsonNode? value, int fallback = 0) => value?.GetValueKind() == JsonValueKind.Number ? value.GetValue<int>() : fallback;

    public static string? Text(JsonNode? value) => value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
