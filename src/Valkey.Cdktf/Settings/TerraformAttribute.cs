namespace Valkey.Cdktf.Settings;

/// <summary>An attribute of a resource type that a setting writes (directly or through a name it makes).</summary>
/// <param name="Type">The resource type, such as <c>aws_elasticache_replication_group</c>.</param>
/// <param name="Attribute">The top-level attribute, such as <c>port</c>.</param>
internal sealed record TerraformAttribute(string Type, string Attribute);
