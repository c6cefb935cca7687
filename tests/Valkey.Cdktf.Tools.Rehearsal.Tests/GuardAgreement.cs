using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Rehearsal.Tests;

/// <summary>
/// The replacement guard's predictions beside the real provider's plan: every variable of an
/// environment file changed alone from hml's values, each variant's three resources copied under
/// addresses of their own into one Terraform configuration, planned once against one state
/// holding a copy of the unchanged hml stack per variant.
/// </summary>
internal static class GuardAgreement
{
    /// <summary>Each variable of hml changed alone to another valid value.</summary>
    public static IReadOnlyList<(string Variable, EnvironmentConfig Environment)> Variants(EnvironmentConfig hml)
    {
        var c = hml.Cache;
        (string, ValkeyCacheProps)[] changes =
        [
            ("prefix", c with { Prefix = "acme" }),
            ("project_name", c with { ProjectName = "outro-projeto" }),
            ("vpc_id", c with { VpcId = "vpc-99999" }),
            ("private_subnet_ids", c with { PrivateSubnetIds = ["subnet-12345", "subnet-abcde"] }),
            ("ecs_security_group_id", c with { EcsSecurityGroupId = "sg-99999" }),
            ("environment", c with { Environment = "stg" }),
            ("node_type", c with { NodeType = "cache.t3.small" }),
            ("num_cache_nodes", c with { NumCacheNodes = 3 }),
            ("engine_version", c with { EngineVersion = "8.1" }),
            ("engine_version downgrade", c with { EngineVersion = "7.2", ParameterGroupName = "default.valkey7" }),
            ("port", c with { Port = 6380 }),
            ("parameter_group_name", c with { ParameterGroupName = "pbet-valkey8" }),
            ("at_rest_encryption_enabled", c with { AtRestEncryptionEnabled = false }),
            ("transit_encryption_enabled", c with { TransitEncryptionEnabled = true }),
            ("maintenance_window", c with { MaintenanceWindow = "mon:04:00-mon:05:00" }),
            ("snapshot_retention_limit", c with { SnapshotRetentionLimit = 7 }),
            ("snapshot_window", c with { SnapshotWindow = "02:00-03:00" }),
            ("tags", c with { Tags = new Dictionary<string, string> { ["Environment"] = "homolog", ["Project"] = "pbet", ["Team"] = "platform" } }),
            ("replication_group_id", c with { ReplicationGroupId = "pbet-hml-cache" }),
            ("replication_group_description", c with { ReplicationGroupDescription = "Cache" }),
            ("subnet_group_name", c with { SubnetGroupName = "legacy-subnets" }),
            ("subnet_group_description", c with { SubnetGroupDescription = "Subnets" }),
            ("security_group_name", c with { SecurityGroupName = "legacy-sg" }),
            ("security_group_description", c with { SecurityGroupDescription = "Valkey" }),
            ("prevent_destroy", c with { PreventDestroy = false }),
            ("final_snapshot_identifier", c with { FinalSnapshotIdentifier = "pbet-hml-last" }),
            ("snapshot_name", c with { SnapshotName = "manual-backup-20261120" }),
        ];
        return [.. changes.Select(v => (v.Item1, hml with { Cache = v.Item2 }))];
    }

    /// <summary>The plan of every variant at once, each against its copy of the unchanged stack's state.</summary>
    public static JsonNode PlanAll(RehearsalFixture rehearsal, JsonObject baseStack, JsonObject baseState, IReadOnlyList<(string Variable, JsonObject Stack)> variants)
    {
        var resources = new JsonObject();
        var stateResources = new JsonArray();
        for (var i = 0; i < variants.Count; i++)
        {
            var prefix = Name(i);
            var names = variants[i].Stack["resource"]!.AsObject().SelectMany(t => t.Value!.AsObject().Select(r => r.Key)).ToHashSet(StringComparer.Ordinal);
            // The alarms take no part in the three resources' verdicts: left out, the plan is a fifth of the size.
            foreach (var (type, byName) in variants[i].Stack["resource"]!.AsObject().Where(t => t.Key != "aws_cloudwatch_metric_alarm"))
            {
                foreach (var (resourceName, resource) in byName!.AsObject())
                {
                    var copy = Renamed(resource!.DeepClone(), prefix, names).AsObject();
                    copy.Remove("lifecycle"); // actions, not protection, are compared here
                    copy.Remove("//");
                    if (resources[type] is not JsonObject ofType) resources[type] = ofType = new JsonObject();
                    ofType[$"{prefix}_{resourceName}"] = copy;
                }
            }
            foreach (var resource in baseState["resources"]!.AsArray().Where(r => r!["type"]!.GetValue<string>() != "aws_cloudwatch_metric_alarm"))
            {
                var copy = resource!.DeepClone().AsObject();
                copy["name"] = $"{prefix}_{copy["name"]!.GetValue<string>()}";
                stateResources.Add(copy);
            }
        }
        var configuration = new JsonObject
        {
            ["provider"] = baseStack["provider"]!.DeepClone(),
            ["terraform"] = new JsonObject { ["required_providers"] = baseStack["terraform"]!["required_providers"]!.DeepClone() },
            ["resource"] = resources,
        };
        var state = baseState.DeepClone().AsObject();
        state["resources"] = stateResources;
        state["outputs"] = new JsonObject();
        return rehearsal.Plan(configuration, state);
    }

    public static string Name(int variant) => $"v{variant:D2}";

    /// <summary>Points the references of a variant's copy at the copy's own resources.</summary>
    private static JsonNode Renamed(JsonNode node, string prefix, IReadOnlySet<string> names) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Renamed(p.Value, prefix, names)))),
        JsonArray array => new JsonArray([.. array.Select(item => item is null ? null : Renamed(item, prefix, names))]),
        JsonValue value when value.TryGetValue<string>(out var text) => JsonValue.Create(
            System.Text.RegularExpressions.Regex.Replace(text, @"\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.", m =>
                names.Contains(m.Groups[2].Value) ? $"${{{m.Groups[1].Value}.{prefix}_{m.Groups[2].Value}." : m.Value)),
        _ => node.DeepClone(),
    };

    /// <summary>The three resources of the module, compared here.</summary>
    public static IReadOnlyList<string> CoreTypes => Core;

    private static readonly string[] Core = [ResourceAddresses.ReplicationGroupType, ResourceAddresses.SubnetGroupType, ResourceAddresses.SecurityGroupType];

    /// <summary>The static path's rows of the three resources for a variant: the comparison of two syntheses.</summary>
    public static IReadOnlyList<ResourceChange> StaticRows(JsonObject baseStack, JsonObject variant) =>
        [.. SynthesisDiff.Compare(baseStack, variant, ProviderSchema.Embedded()).Resources.Where(r => Core.Contains(r.Type) && r.Address.EndsWith(".valkey", StringComparison.Ordinal))];

    /// <summary>The real plan's rows of the three resources of variant <paramref name="variant"/>, under the stack's own addresses.</summary>
    public static IReadOnlyList<ResourceChange> PlannedRows(ChangeSet plan, int variant) =>
        [.. Core.Select(type => plan.Resources.Single(r => r.Address == $"{type}.{Name(variant)}_valkey") with { Address = $"{type}.valkey" })];

    /// <summary>replace, update or nothing, for each resource type.</summary>
    public static IReadOnlyDictionary<string, string> Actions(IReadOnlyList<ResourceChange> rows) =>
        Core.ToDictionary(type => type, type => rows.Single(r => r.Type == type) is var r && r.IsReplace ? "replace" : r.IsUpdate ? "update" : r.IsNoOp ? "nothing" : r.Action);

    /// <summary>What the one judge says of the rows, as comparable words: each finding's kind, level, resource type and rule.</summary>
    public static IReadOnlyList<string> Verdict(IReadOnlyList<ResourceChange> rows)
    {
        var judgement = ChangeJudge.Judge(new ChangeSet(rows, []), new JudgeContext("hml", "environments/hml.json", PinnedProvider.Version), ProviderSchema.Embedded());
        return [.. judgement.Findings.Select(f => $"{f.Kind} {f.Level} {f.Subject.Split('.')[0]} {f.RuleId}".TrimEnd()).Order(StringComparer.Ordinal)];
    }
}
