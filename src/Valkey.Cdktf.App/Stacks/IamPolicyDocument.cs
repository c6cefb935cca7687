using System.Text.Json;
using System.Text.Json.Serialization;

namespace Valkey.Cdktf.App.Stacks;

/// <summary>
/// An IAM policy document, typed (IAM User Guide, IAM JSON policy element reference: <c>Version</c>, <c>Statement</c>,
/// <c>Effect</c>, <c>Action</c>, <c>Resource</c>), written by System.Text.Json rather than by hand. Not
/// <c>data aws_iam_policy_document</c>: that would be one more data source to read at plan time for a document whose
/// every part the stack knows but the ARNs, which stay references to the stack's own resources (the only expressions a
/// stack holds: Terraform/InterpolationAudit.cs).
/// </summary>
/// <param name="Statement">The statements.</param>
internal sealed record IamPolicyDocument(IReadOnlyList<IamStatement> Statement)
{
    /// <summary>The policy language version, the current one (IAM JSON policy elements: Version).</summary>
    public string Version { get; } = "2012-10-17";

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = null, WriteIndented = false };

    /// <summary>The document as compact JSON, <c>Version</c> first.</summary>
    public string ToJson() => JsonSerializer.Serialize(new Wire(Version, Statement), Options);

    // Version before Statement, as IAM's examples write it.
    private sealed record Wire(string Version, IReadOnlyList<IamStatement> Statement);

    /// <summary>A document of one statement that allows <paramref name="action"/> on <paramref name="resources"/>.</summary>
    public static IamPolicyDocument Allow(string action, IReadOnlyList<string> resources) => new([new IamStatement("Allow", action, resources)]);
}

/// <summary>One statement of an <see cref="IamPolicyDocument"/>.</summary>
/// <param name="Effect"><c>Allow</c> or <c>Deny</c>.</param>
/// <param name="Action">The action, such as <c>elasticache:Connect</c>.</param>
/// <param name="Resource">The ARNs it applies to.</param>
internal sealed record IamStatement(
    [property: JsonPropertyOrder(0)] string Effect,
    [property: JsonPropertyOrder(1)] string Action,
    [property: JsonPropertyOrder(2)] IReadOnlyList<string> Resource);
