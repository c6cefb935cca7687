using System.Text.Json;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Terraform;

/// <summary>A value as Terraform reads it from JSON, in synthesized stacks and in plans alike.</summary>
internal static class TerraformValue
{
    /// <summary>Whether <paramref name="value"/> is true: <c>true</c> or the string <c>"true"</c> (the bindings write some flags as strings).</summary>
    public static bool IsTrue(JsonNode? value) =>
        value is JsonValue v && (v.GetValueKind() == JsonValueKind.True || (v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == "true"));

    /// <summary>
    /// Whether a replication group (a synthesis's or a plan's side) has an AUTH token: in <c>auth_token</c>, or write-only
    /// in <c>auth_token_wo</c> (CDK Terrain), which a plan shows as null beside its <c>auth_token_wo_version</c> (Terraform
    /// keeps no write-only value: Terraform's documentation of write-only arguments).
    /// </summary>
    public static bool HasAuthToken(JsonNode? group) =>
        IsText(group?["auth_token"]) || IsText(group?["auth_token_wo"]) || group?["auth_token_wo_version"] is JsonValue;

    private static bool IsText(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0;
}
