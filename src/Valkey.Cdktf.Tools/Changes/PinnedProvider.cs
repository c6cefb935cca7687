using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>The hashicorp/aws version the stacks pin: what sends a deploy's changes to AWS, and so what the judge reasons about when no rehearsal ran a provider.</summary>
internal static class PinnedProvider
{
    /// <summary>The version the C# bindings were generated for, which every stack's <c>required_providers</c> pins.</summary>
#if CDKTN
    public static readonly Version Version = new(6, 66, 0);
#else
    public static readonly Version Version = new(6, 25, 0);
#endif

    /// <summary>The version <paramref name="stack"/> (a cdk.tf.json document) pins, or <see cref="Version"/> when it names none.</summary>
    public static Version Of(JsonNode stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var text = stack["terraform"]?["required_providers"]?["aws"]?["version"] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim().TrimStart('=', ' ') : null;
        return Version.TryParse(text, out var pinned) ? pinned : Version;
    }
}
