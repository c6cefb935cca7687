using System.Text.Json.Nodes;
using Valkey.Cdktf.Tools.ApplyRules;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>
/// The one judge of a change, whatever its source (two syntheses, a plan against a stand-in state, a plan against a
/// real state, each plan of the deploy rehearsal), as a pure function: the rows and the context in, findings out.
/// Data lost or kept (by <see cref="ProviderSchema.HoldsData"/>), each matched with the environment's acknowledgement
/// for exactly that change; Terraform's refusals for <c>prevent_destroy</c>; the stack moving; AWS's apply-time rules,
/// refusals and deferrals (<see cref="ApplyRuleTable"/>); each naming the setting behind the attribute and the fix.
/// Printing is <see cref="ChangeReport"/>'s.
/// </summary>
internal static class ChangeJudge
{
    /// <summary>The findings for <paramref name="changes"/>.</summary>
    public static Judgement Judge(ChangeSet changes, JudgeContext context, ProviderSchema schema)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(schema);
        var findings = new List<Finding>();
        var used = new HashSet<AcknowledgedReplacement>(ReferenceEqualityComparer.Instance);
        var needing = new List<(string Subject, string Attribute, JsonNode? To)>();

        AcknowledgedReplacement? Acknowledged(string subject, string attribute, JsonNode? to, bool removal)
        {
            needing.Add((subject, attribute, to));
            var ack = context.Acknowledgements.FirstOrDefault(a => AcknowledgementMatch.Covers(a, subject, attribute, to, removal));
            if (ack is not null) used.Add(ack);
            return ack;
        }

        foreach (var row in changes.Resources.Where(r => r.Mode == "managed" && r.LosesItself))
        {
            var paths = row.IsDelete ? [AcknowledgedReplacement.Removal] : row.ReplacePaths.Count > 0 ? row.ReplacePaths : [AcknowledgedReplacement.Removal];
            var what = row.IsDelete ? "destroyed" : "replaced";
            var forcing = row.IsDelete || row.ReplacePaths.Count == 0 ? "" : $", forced by {string.Join(", ", row.ReplacePaths)}";
            var settings = Settings(row.Address, row.ReplacePaths);
            if (context.RefusedByTerraform.Contains(row.Address))
            {
                findings.Add(new Finding(FindingKind.RefusedByProtection, FindingLevel.Blocks, row.Address,
                    $"Terraform refuses the plan: {row.Address} has prevent_destroy on and would be {what}{forcing}")
                {
                    Paths = row.ReplacePaths, Settings = settings, Fix = KeepFix(row, settings),
                });
                continue;
            }
            if (!schema.HoldsData(row.Type))
            {
                findings.Add(new Finding(FindingKind.NothingLost, FindingLevel.Note, row.Address, $"{row.Address} would be {what}{forcing}; it holds no data")
                {
                    Paths = row.ReplacePaths, Settings = settings, Fix = row.IsReplace && settings.Count > 0 ? "to keep it, " + KeepFix(row, settings) : null,
                });
                continue;
            }
            foreach (var path in paths)
            {
                var removal = path == AcknowledgedReplacement.Removal;
                var to = removal ? null : ValueAt(row, path);
                var ack = Acknowledged(row.Address, path, to, removal);
                var why = removal ? (row.IsDelete ? "it is no longer in the stack" : "the plan replaces it") : Why(schema, row, ResourceChange.TopLevel(path));
                var pathSettings = removal ? [] : Settings(row.Address, [path]);
                findings.Add(new Finding(FindingKind.DataLost, ack is null ? FindingLevel.Blocks : FindingLevel.Note, row.Address,
                    $"{row.Address} would be {what}{(removal ? "" : $", forced by {path}")} ({why}): what it holds is lost" +
                    (ack is null ? "" : $"; acknowledged: {ack.Reason}"))
                {
                    Paths = removal ? [] : [path], Settings = pathSettings, Acknowledgement = ack,
                    Fix = ack is not null ? null : KeepFix(row, pathSettings, path) + $"; or, if the loss is intended, acknowledge it in {context.EnvironmentFile}: " +
                        AckEntry(row.Address, path, to),
                });
            }
            if (context.Protected.Contains(row.Address) && findings.Any(f => f.Subject == row.Address && f.Acknowledgement is not null))
            {
                findings.Add(new Finding(FindingKind.StillProtected, FindingLevel.Note, row.Address,
                    $"{row.Address} has prevent_destroy on: terraform apply refuses the acknowledged replacement until " +
                    "\"prevent_destroy\": false is set in the environment's variables for that apply"));
            }
        }

        foreach (var change in changes.Stack)
        {
            if (!change.NeedsAcknowledgement) continue;
            var removal = change.Kind == StackChangeKind.EnvironmentRemoved;
            var ack = Acknowledged(change.Subject, change.Attribute, change.After, removal);
            var kind = change.Kind == StackChangeKind.ProtectionOff ? FindingKind.ProtectionOff : FindingKind.StackMoved;
            findings.Add(new Finding(kind, ack is null ? FindingLevel.Blocks : FindingLevel.Note, change.Subject,
                $"{change.Subject} {change.Attribute}: {change.Why}" + (ack is null ? "" : $"; acknowledged: {ack.Reason}"))
            {
                Paths = [change.Attribute], Acknowledgement = ack,
                Fix = ack is not null ? null : removal
                    ? $"if intended, run the guard with --removed {context.Stack}=\"<reason>\""
                    : $"if intended, acknowledge it in {context.EnvironmentFile}: {AckEntry(change.Subject, change.Attribute, change.After)}",
            });
        }

        if (context.State is { } state && context.Configuration is { } configuration && Relocation(configuration, state) is { } moved)
        {
            findings.Add(moved);
        }
        if (context.State is { } held && context.Configuration is { } planned && AdoptionHint.For(planned, held, changes) is { } adoption)
        {
            findings.Add(adoption);
        }

        var input = new RuleInput(CacheTransition.From(changes.Cache) ?? CacheTransition.None, changes, context.Provider);
        foreach (var rule in ApplyRuleTable.Check(input))
        {
            findings.Add(new Finding(FindingKind.ApplyRule, Level(rule.Rule.Level), rule.Subject ?? changes.Cache?.Address ?? ResourceAddresses.ReplicationGroupType,
                $"{rule.Rule.Id} ({rule.Rule.Title}): {rule.Why}")
            {
                RuleId = rule.Rule.Id, Fix = rule.Fix, Source = rule.Rule.Source, Paths = rule.Paths,
                Settings = Settings(rule.Subject ?? changes.Cache?.Address ?? "", rule.Paths),
            });
        }

        var known = changes.Resources.Select(r => r.Address).Concat([StackChange.ProviderAddress, StackChange.BackendAddress]).ToList();
        foreach (var ack in context.Acknowledgements.Where(a => !used.Contains(a)))
        {
            findings.Add(new Finding(FindingKind.UnusedAcknowledgement, FindingLevel.Note, ack.Resource,
                $"acknowledged_replacements entry for {ack.Resource} {ack.Attribute}: {AcknowledgementMatch.Hint(ack, needing, known)}")
            {
                Acknowledgement = ack,
            });
        }
        return new Judgement(context.Stack, findings);
    }

    /// <summary>The provider's rule for this replacement: its CustomizeDiff's words when they apply to these values, else the schema's.</summary>
    private static string Why(ProviderSchema schema, ResourceChange row, string attribute) =>
        schema.Classify(row.Type, attribute, row.Before?[attribute], row.AfterValue(attribute)) is { Replaces: true } rule ? rule.Why : schema.Reason(row.Type, attribute);

    private static FindingLevel Level(RuleLevel level) => level switch
    {
        RuleLevel.Failure => FindingLevel.Blocks,
        RuleLevel.Pending => FindingLevel.Pending,
        _ => FindingLevel.Warning,
    };

    /// <summary>The settings that write <paramref name="paths"/> of the resource at <paramref name="address"/> (their declarations say which).</summary>
    public static IReadOnlyList<string> Settings(string address, IEnumerable<string> paths) =>
        [.. paths.Select(p => AttributeSetting.Of(address, ResourceChange.TopLevel(p))).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>"set X in the environment's variables to the value the existing resource has (…)", or nothing when no setting writes the attribute.</summary>
    private static string KeepFix(ResourceChange row, IReadOnlyList<string> settings, string? path = null)
    {
        if (settings.Count == 0) return "keep the stack's configuration of this resource as it is";
        var before = path is null || row.Before is null ? "" : $" ({Show(row.Before[ResourceChange.TopLevel(path)])})";
        return $"set {string.Join(", ", settings)} in the environment's variables to the value the existing resource has{before}";
    }

    private static string AckEntry(string subject, string attribute, JsonNode? to) =>
        $"\"acknowledged_replacements\": [{{ \"resource\": \"{subject}\", \"attribute\": \"{attribute}\"" +
        (attribute == AcknowledgedReplacement.Removal ? "" : $", \"to\": {Show(to)}") + ", \"reason\": \"…\" }]";

    private static string Show(JsonNode? value) => value?.ToJsonString(ChangeReport.Relaxed) ?? "null";

    /// <summary>The value after at a dotted path (<c>port</c>, <c>tags.Name</c>); the unknown stand-in when it is known only at apply.</summary>
    private static JsonNode? ValueAt(ResourceChange row, string path)
    {
        var top = ResourceChange.TopLevel(path);
        JsonNode? node = row.AfterValue(top);
        foreach (var step in path.Length > top.Length ? path[(top.Length + 1)..].Split('.') : [])
        {
            node = node switch
            {
                JsonObject o => o[step],
                JsonArray a when int.TryParse(step, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
        }
        return node;
    }

    /// <summary>
    /// The state's resources are in a region the stack is not (every ARN says so): Terraform would look for them in the
    /// stack's region, find none, and create the cache again beside the old one.
    /// </summary>
    private static Finding? Relocation(JsonNode configuration, JsonObject state)
    {
        var region = SynthesisDiff.Region(configuration)?.GetValue<string>() ?? "";
        var regions = StateRegions(state);
        if (regions.Count == 0 || regions.Contains(region)) return null;
        return new Finding(FindingKind.StackMoved, FindingLevel.Blocks, StackChange.ProviderAddress,
            $"the state's resources are in {string.Join(", ", regions)}, the stack's aws_region is {region}: Terraform would look for them in {region}, " +
            "find none, and create the cache again there, leaving the old one unmanaged (MOVE STACK)")
        {
            Fix = $"set aws_region to {regions.First()} to adopt them", Paths = ["region"],
        };
    }

    /// <summary>The regions a state's resources are in, read from their ARNs and region attributes.</summary>
    public static IReadOnlySet<string> StateRegions(JsonObject state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var regions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var attributes in (state["resources"] as JsonArray ?? []).SelectMany(r => r?["instances"] as JsonArray ?? []).Select(i => i?["attributes"] as JsonObject))
        {
            if (attributes?["arn"] is JsonValue arn && arn.TryGetValue<string>(out var text) && text.Split(':') is { Length: > 4 } parts && parts[3].Length > 0)
            {
                regions.Add(parts[3]);
            }
            if (attributes?["region"] is JsonValue region && region.TryGetValue<string>(out var name) && name.Length > 0) regions.Add(name);
        }
        return regions;
    }
}
