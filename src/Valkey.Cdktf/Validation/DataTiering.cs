using System.Text.RegularExpressions;

namespace Valkey.Cdktf.Validation;

/// <summary>
/// Data tiering: nodes that keep their least-used data on local SSD. AWS's CreateReplicationGroup, DataTieringEnabled:
/// "Data tiering is only supported for replication groups using the r6gd node type. This parameter must be set to true
/// when using r6gd nodes." (ElastiCache API Reference, CreateReplicationGroup). The provider's attribute is
/// <c>data_tiering_enabled</c>, which forces a new replication group (its schema: ForceNew).
/// </summary>
internal static partial class DataTiering
{
    /// <summary>The node families with data tiering.</summary>
    public static readonly IReadOnlyList<string> NodeFamilies = ["r6gd"];

    [GeneratedRegex(@"^cache\.([a-z][a-z0-9-]*)\.[a-z0-9]+$")] private static partial Regex NodeType();

    /// <summary>Whether <paramref name="nodeType"/> is of a family with data tiering, which AWS requires it on.</summary>
    public static bool IsTieredNode(string nodeType) =>
        NodeType().Match(nodeType) is { Success: true } m && NodeFamilies.Contains(m.Groups[1].Value, StringComparer.Ordinal);

    /// <summary>What the stack writes: the setting when given, else true on a node of data tiering; null (not written) on others.</summary>
    public static bool? Written(ValkeyCacheProps props) => props.DataTieringEnabled ?? (IsTieredNode(props.NodeType) ? true : null);
}
