using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Guard;

/// <summary>One attribute that differs between the accepted and the new synthesis.</summary>
/// <param name="Resource">The Terraform address (<c>aws_security_group.valkey</c>), or <c>provider.aws</c>, <c>terraform.backend</c>, <c>(environment)</c>.</param>
/// <param name="Attribute">The attribute (<c>port</c>, <c>ingress[0].from_port</c>, <c>lifecycle.prevent_destroy</c>); <c>*</c> for the whole resource.</param>
/// <param name="Old">The accepted value, references resolved and escapes undone; <c>null</c> when absent.</param>
/// <param name="New">The new value likewise.</param>
/// <param name="Action">What Terraform will do.</param>
/// <param name="Why">The rule behind <paramref name="Action"/>.</param>
internal sealed record PlannedChange(string Resource, string Attribute, JsonNode? Old, JsonNode? New, ChangeAction Action, string Why)
{
    /// <summary>
    /// Resource types that hold no data: replacing or destroying one loses nothing (an alarm of a node that is gone, the
    /// parameter group <c>parameters</c> makes, replaced by a new one before it goes;
    /// the users and user group <c>users</c> makes: access rules, not data, though a replaced user's clients reconnect).
    /// </summary>
    public static readonly IReadOnlySet<string> WithoutData = new HashSet<string>(StringComparer.Ordinal) { "aws_cloudwatch_metric_alarm", "aws_elasticache_parameter_group", "aws_elasticache_user", "aws_elasticache_user_group" };

    /// <summary>Whether the resource holds no data (see <see cref="WithoutData"/>).</summary>
    public bool HoldsNoData => TerraformAddress.TryParse(Resource) is { } address && WithoutData.Contains(address.Type);

    /// <summary>Whether the change loses data or control and so must be acknowledged.</summary>
    public bool NeedsAcknowledgement => Action switch
    {
        ChangeAction.Replace or ChangeAction.Destroy => !HoldsNoData,
        ChangeAction.Relocate or ChangeAction.Unprotect => true,
        _ => false,
    };
}
