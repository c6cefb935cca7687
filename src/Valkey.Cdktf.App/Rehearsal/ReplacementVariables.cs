namespace Valkey.Cdktf.App.Rehearsal;

/// <summary>The environment-file variable behind an attribute that forces a replacement: the one to set so the stack matches what exists.</summary>
internal static class ReplacementVariables
{
    private static readonly Dictionary<(string Type, string Attribute), string> Variables = new()
    {
        [("aws_elasticache_replication_group", "replication_group_id")] = "replication_group_id",
        [("aws_elasticache_replication_group", "subnet_group_name")] = "subnet_group_name",
        [("aws_elasticache_replication_group", "port")] = "port",
        [("aws_elasticache_replication_group", "at_rest_encryption_enabled")] = "at_rest_encryption_enabled",
        [("aws_elasticache_replication_group", "snapshot_name")] = "snapshot_name",
        [("aws_elasticache_replication_group", "engine_version")] = "engine_version",
        [("aws_elasticache_replication_group", "engine")] = "engine_version",
        [("aws_elasticache_subnet_group", "name")] = "subnet_group_name",
        [("aws_security_group", "name")] = "security_group_name",
        [("aws_security_group", "description")] = "security_group_description",
        [("aws_security_group", "vpc_id")] = "vpc_id",
        // The log groups are named after the replication group: /aws/elasticache/{replication group id}/slow-log.
        [("aws_cloudwatch_log_group", "name")] = "replication_group_id",
    };

    /// <summary>The variable for <paramref name="attribute"/> of a resource at <paramref name="address"/>; null when none maps to it.</summary>
    public static string? For(string address, string attribute)
    {
        var parts = address.Split('.');
        var type = parts.Length >= 2 ? parts[^2] : address;
        return Variables.TryGetValue((type, attribute.Split('.')[0]), out var variable) ? variable : null;
    }
}
