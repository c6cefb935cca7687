using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Configuration;

/// <summary>
/// An environment's written consent to one replacement (or destruction) the replacement
/// guard would otherwise refuse: that resource, that attribute, that new value.
/// </summary>
/// <param name="Resource">The Terraform address, such as <c>aws_elasticache_replication_group.valkey</c>.</param>
/// <param name="Attribute">The attribute whose change replaces the resource; <c>*</c> for the resource's removal.</param>
/// <param name="To">The new value (<c>6380</c>, <c>"pbet-hml-valkey2"</c>), compared by meaning (<c>false</c> matches <c>"false"</c>); <c>null</c> for a removal.</param>
/// <param name="Reason">Why the data loss is acceptable: required, and shown in the guard's report.</param>
internal sealed record AcknowledgedReplacement(string Resource, string Attribute, JsonNode? To, string Reason)
{
    /// <summary>The <see cref="Attribute"/> that acknowledges a resource's removal.</summary>
    public const string Removal = "*";
}
