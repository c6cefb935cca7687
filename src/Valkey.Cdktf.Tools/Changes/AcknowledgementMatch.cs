using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>Which acknowledgement covers which change, and what an entry that covers nothing may have meant.</summary>
internal static class AcknowledgementMatch
{
    /// <summary>
    /// Whether <paramref name="ack"/> is for exactly this change: the resource, the attribute (a replacement's forcing path,
    /// or <c>*</c> for a removal) and the new value <paramref name="to"/>, by meaning.
    /// </summary>
    public static bool Covers(AcknowledgedReplacement ack, string subject, string attribute, JsonNode? to, bool removal)
    {
        ArgumentNullException.ThrowIfNull(ack);
        return ack.Resource == subject
            && (ack.Attribute == attribute || ResourceChange.TopLevel(ack.Attribute) == ResourceChange.TopLevel(attribute))
            && (removal || SameValue(ack.To, to));
    }

    /// <summary>
    /// Whether an acknowledged value <paramref name="acknowledged"/> means <paramref name="actual"/> (a value of the stack, in the
    /// attribute's own JSON type): equal JSON, or a scalar Terraform converts to it. Terraform converts a scalar to the
    /// attribute's type, so <c>false</c> acknowledges the string attribute's <c>"false"</c>, and <c>"6380"</c> the port <c>6380</c>;
    /// but <c>8</c> does not acknowledge <c>"8.0"</c>, since Terraform would write <c>"8"</c>.
    /// </summary>
    public static bool SameValue(JsonNode? acknowledged, JsonNode? actual)
    {
        if (JsonNode.DeepEquals(acknowledged, actual)) return true;
        if (acknowledged is not JsonValue ack || actual is not JsonValue value) return false;
        var text = Text(ack);
        return text is not null && value.GetValueKind() switch
        {
            JsonValueKind.String => text == value.GetValue<string>(),
            JsonValueKind.True or JsonValueKind.False => text == (value.GetValueKind() == JsonValueKind.True ? "true" : "false"),
            JsonValueKind.Number => Number(text) is { } a && Number(value.ToJsonString()) is { } b && a == b,
            _ => false,
        };
    }

    /// <summary>Why <paramref name="ack"/> matches none of <paramref name="needing"/> (the findings that need one), with the nearest thing it may have meant.</summary>
    public static string Hint(AcknowledgedReplacement ack, IReadOnlyList<(string Subject, string Attribute, JsonNode? To)> needing, IEnumerable<string> knownAddresses)
    {
        ArgumentNullException.ThrowIfNull(ack);
        ArgumentNullException.ThrowIfNull(needing);
        var sameResource = needing.Where(c => c.Subject == ack.Resource).ToList();
        if (sameResource.Count == 0)
        {
            var candidates = needing.Select(c => c.Subject).Concat(knownAddresses).Distinct(StringComparer.Ordinal);
            var nearest = JsonObjectReader.Nearest(ack.Resource, candidates);
            if (nearest is not null && nearest != ack.Resource) return $"no resource {ack.Resource}; did you mean `{nearest}`?";
            return needing.Count == 0
                ? "matches no change: nothing here needs an acknowledgement; remove it once the change is applied"
                : $"matches no change to {ack.Resource}; the changes that need one are to {string.Join(", ", needing.Select(c => c.Subject).Distinct(StringComparer.Ordinal))}";
        }
        var sameAttribute = sameResource.Where(c => c.Attribute == ack.Attribute).ToList();
        if (sameAttribute.Count == 0)
        {
            var nearest = JsonObjectReader.Nearest(ack.Attribute, sameResource.Select(c => c.Attribute));
            return nearest is not null
                ? $"no change to {ack.Resource} attribute {ack.Attribute}; did you mean `{nearest}`?"
                : $"no change to {ack.Resource} attribute {ack.Attribute}; the attributes that need one are {string.Join(", ", sameResource.Select(c => c.Attribute))}";
        }
        var to = sameAttribute[0].To?.ToJsonString() ?? "(absent)";
        return $"{ack.Resource} {ack.Attribute} changes to {to}, not to {ack.To?.ToJsonString() ?? "null"}: an acknowledgement covers one new value only";
    }

    /// <summary>A scalar as Terraform writes it as a string.</summary>
    private static string? Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => Number(value.ToJsonString())?.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static decimal? Number(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d / 1.0000000000000000000000000000m : null;
}
