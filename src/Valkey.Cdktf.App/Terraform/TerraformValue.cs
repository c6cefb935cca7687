using System.Text.Json;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Terraform;

/// <summary>A value as Terraform reads it from JSON, in synthesized stacks and in plans alike.</summary>
internal static class TerraformValue
{
    /// <summary>Whether <paramref name="value"/> is true: <c>true</c> or the string <c>"true"</c> (the bindings write some flags as strings).</summary>
    public static bool IsTrue(JsonNode? value) =>
        value is JsonValue v && (v.GetValueKind() == JsonValueKind.True || (v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == "true"));
}
