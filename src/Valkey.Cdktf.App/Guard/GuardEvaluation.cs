using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Guard;

/// <summary>
/// The guard's decision, as a pure function: the changes between an accepted synthesis and a
/// new one, each matched with the environment's acknowledgement for exactly that change.
/// Printing is <see cref="GuardReport"/>'s.
/// </summary>
internal static class GuardEvaluation
{
    /// <summary>The verdict for one environment.</summary>
    /// <param name="environment">The environment, with its acknowledgements.</param>
    /// <param name="baseline">Where <paramref name="accepted"/> came from, for the report.</param>
    /// <param name="accepted">The accepted synthesis (cdk.tf.json).</param>
    /// <param name="proposed">The new synthesis.</param>
    /// <param name="schema">The provider's replacement rules.</param>
    public static GuardVerdict Evaluate(EnvironmentConfig environment, string baseline, JsonNode accepted, JsonNode proposed, ProviderSchema schema)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var changes = ReplacementGuard.Compare(accepted, proposed, schema);
        var addresses = ReplacementGuard.Resources(accepted).Keys.Union(ReplacementGuard.Resources(proposed).Keys)
            .Append(ReplacementGuard.ProviderAddress).Append(ReplacementGuard.BackendAddress);
        return Decide(environment.Name, baseline, changes, environment.AcknowledgedReplacements, addresses, proposed) with
        {
            Findings = ApplyRules.ApplyRuleTable.Check(Transition(accepted, proposed)),
        };
    }

    /// <summary>The replication group from <paramref name="accepted"/> to <paramref name="proposed"/> (cdk.tf.json documents), references resolved.</summary>
    internal static ApplyRules.CacheTransition Transition(JsonNode accepted, JsonNode proposed)
    {
        static JsonObject? Group(JsonNode stack) =>
            ReplacementGuard.Resources(stack).Where(r => r.Key.StartsWith(ResourceAddresses.ReplicationGroupType + ".", StringComparison.Ordinal))
                .Select(r => ReplacementGuard.ResolveAll(r.Value, stack)).FirstOrDefault();
        return ApplyRules.CacheTransition.Of(Group(accepted), Group(proposed) ?? []);
    }

    /// <summary>Matches <paramref name="changes"/> with <paramref name="acknowledgements"/>.</summary>
    internal static GuardVerdict Decide(string stack, string baseline, IReadOnlyList<PlannedChange> changes,
        IReadOnlyList<AcknowledgedReplacement> acknowledgements, IEnumerable<string> knownAddresses, JsonNode? proposed)
    {
        var used = new HashSet<AcknowledgedReplacement>(ReferenceEqualityComparer.Instance);
        var rows = new List<GuardRow>();
        foreach (var change in changes)
        {
            var ack = change.NeedsAcknowledgement ? acknowledgements.FirstOrDefault(a => Covers(a, change)) : null;
            if (ack is not null) used.Add(ack);
            rows.Add(new GuardRow(change, ack));
        }
        var unused = acknowledgements.Where(a => !used.Contains(a))
            .Select(a => new UnusedAcknowledgement(a, Hint(a, changes, knownAddresses)))
            .ToList();
        var stillProtected = rows
            .Where(r => r.Acknowledgement is not null && r.Change.Action is ChangeAction.Replace or ChangeAction.Destroy)
            .Select(r => r.Change.Resource)
            .Distinct(StringComparer.Ordinal)
            .Where(address => proposed is not null && PreventsDestroy(proposed, address))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new GuardVerdict(stack, baseline, rows, unused, stillProtected);
    }

    /// <summary>Whether <paramref name="ack"/> is for exactly <paramref name="change"/>: same resource, attribute and new value (by meaning).</summary>
    public static bool Covers(AcknowledgedReplacement ack, PlannedChange change)
    {
        ArgumentNullException.ThrowIfNull(ack);
        ArgumentNullException.ThrowIfNull(change);
        return ack.Resource == change.Resource && ack.Attribute == change.Attribute
            && (change.Action == ChangeAction.Destroy || SameValue(ack.To, change.New));
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

    private static string Hint(AcknowledgedReplacement ack, IReadOnlyList<PlannedChange> changes, IEnumerable<string> knownAddresses)
    {
        var needing = changes.Where(c => c.NeedsAcknowledgement).ToList();
        var sameResource = needing.Where(c => c.Resource == ack.Resource).ToList();
        if (sameResource.Count == 0)
        {
            var candidates = needing.Select(c => c.Resource).Concat(knownAddresses).Distinct(StringComparer.Ordinal);
            var nearest = JsonObjectReader.Nearest(ack.Resource, candidates);
            if (nearest is not null && nearest != ack.Resource)
            {
                return $"no resource {ack.Resource}; did you mean `{nearest}`?";
            }
            return needing.Count == 0
                ? "matches no change: nothing here needs an acknowledgement; remove it once the change is applied"
                : $"matches no change to {ack.Resource}; the changes that need one are to {string.Join(", ", needing.Select(c => c.Resource).Distinct(StringComparer.Ordinal))}";
        }
        var sameAttribute = sameResource.Where(c => c.Attribute == ack.Attribute).ToList();
        if (sameAttribute.Count == 0)
        {
            var nearest = JsonObjectReader.Nearest(ack.Attribute, sameResource.Select(c => c.Attribute));
            return nearest is not null
                ? $"no change to {ack.Resource} attribute {ack.Attribute}; did you mean `{nearest}`?"
                : $"no change to {ack.Resource} attribute {ack.Attribute}; the attributes that need one are {string.Join(", ", sameResource.Select(c => c.Attribute))}";
        }
        var to = sameAttribute[0].New?.ToJsonString() ?? "(absent)";
        return $"{ack.Resource} {ack.Attribute} changes to {to}, not to {ack.To?.ToJsonString() ?? "null"}: an acknowledgement covers one new value only";
    }

    /// <summary>Whether the resource at <paramref name="address"/> has <c>lifecycle.prevent_destroy</c> on in <paramref name="stack"/>.</summary>
    private static bool PreventsDestroy(JsonNode stack, string address) =>
        Terraform.TerraformAddress.TryParse(address) is { } a
        && stack["resource"]?[a.Type]?[a.Name]?["lifecycle"]?["prevent_destroy"]?.GetValueKind() == JsonValueKind.True;
}
