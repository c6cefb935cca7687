using System.Text.RegularExpressions;

using Valkey.Cdktf.Validation;

namespace Valkey.Cdktf.App.Configuration;

/// <summary>
/// The rules of an environment beyond its cache (whose rules are <see cref="ValkeyCacheRules"/>), as one
/// table over an <see cref="EnvironmentDraft"/>: the stack name, the region, the backend, the adoption ids,
/// the acknowledgements and the waivers. Environment files and <see cref="Stacks.ValkeyStack"/> callers
/// alike go through it; the rules across files are <see cref="FolderRules"/>.
/// </summary>
internal static partial class EnvironmentRules
{
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")] private static partial Regex StackName();
    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")] private static partial Regex S3Bucket();

    private const string StackNameExpected = "a stack name of lower-case letters, digits, - and _ (the file's name is the stack's name)";

    public static RuleTable<EnvironmentDraft> Table { get; } = new RuleTable<EnvironmentDraft>()
        .Required("(file name)", e => e.Name)
        .Required("aws_region", e => e.AwsRegion)
        .For("backend", e => e.BackendKinds, e => e.BackendKinds!.Count == 1 ? []
            : [new("backend", e.BackendKinds.Count == 0 ? "{}" : "both local and s3", "exactly one of \"local\" or \"s3\"")])
        .For("(file name)", e => e.Name, e => StackName().IsMatch(e.Name) ? [] : [ConfigurationProblem.For("(file name)", e.Name, StackNameExpected)])
        .For("aws_region", e => e.AwsRegion, e => Region("aws_region", e.AwsRegion!))
        .For("backend.local.path", e => (e.Backend as LocalStateBackend)?.Path, e => LocalPath(((LocalStateBackend)e.Backend!).Path))
        .For("backend.s3.bucket", e => (e.Backend as S3StateBackend)?.Bucket, e => Bucket(((S3StateBackend)e.Backend!).Bucket))
        .For("backend.s3.region", e => (e.Backend as S3StateBackend)?.Region, e => Region("backend.s3.region", ((S3StateBackend)e.Backend!).Region))
        .For("backend.s3.key", e => (e.Backend as S3StateBackend)?.Key, e => NoToken("backend.s3.key", ((S3StateBackend)e.Backend!).Key))
        .For("backend.s3.dynamodb_table", e => (e.Backend as S3StateBackend)?.DynamodbTable, e => NoToken("backend.s3.dynamodb_table", ((S3StateBackend)e.Backend!).DynamodbTable!))
        .For("adoption.import.security_group_id", e => e.Import?.SecurityGroupId, e => Identifiers.IsSecurityGroupId(e.Import!.SecurityGroupId)
            ? [] : [ConfigurationProblem.For("adoption.import.security_group_id", e.Import.SecurityGroupId, "the existing " + Identifiers.SecurityGroupIdExpected)])
        .For("adoption.moved_from_module", e => e.MovedFromModule, e => MovedNames(e.MovedFromModule!))
        .ForAll([("adoption.import", e => e.Import), ("adoption.moved_from_module", e => e.MovedFromModule)], _ =>
            [new("adoption", "both import and moved_from_module",
                "one of them: import for a stack with a new state, moved_from_module for a stack that takes over the module's state")])
        // Adoption takes over a replication group, its subnet group and security group (the module's three resources): a
        // serverless cache is none of them, and Terraform imports a serverless cache only into its own resource type.
        .ForAll([("adoption.import", e => e.Import), ("variables.serverless", e => e.Cache?.Serverless)], _ =>
            [new("adoption.import", "with serverless", "no adoption with serverless: adoption takes over an existing replication group, which a serverless cache is not")])
        .ForAll([("adoption.moved_from_module", e => e.MovedFromModule), ("variables.serverless", e => e.Cache?.Serverless)], _ =>
            [new("adoption.moved_from_module", "with serverless",
                "no adoption with serverless: the module's state holds a replication group, and moving it to a serverless cache replaces it (its data is lost)")])
        // A global datastore (Validation/GlobalDatastores.cs has AWS's rules and their source); the rules between a secondary
        // and its primary, in two files, are FolderRules'.
        .ForAll([("global_datastore", e => e.GlobalDatastore as GlobalDatastorePrimary), ("variables", e => e.Cache)], e =>
            GlobalDatastores.DatastoreProblems(e.Cache!, ((GlobalDatastorePrimary)e.GlobalDatastore!).IdSuffix)
                .Select(p => p.Field == "id_suffix" ? p.Under("global_datastore") : p.Under("variables")))
        .ForAll([("global_datastore", e => e.GlobalDatastore as GlobalDatastoreSecondary), ("variables", e => e.Cache)], e =>
            GlobalDatastores.MemberProblems(e.Cache!).Select(p => p.Under("variables")))
        .For("global_datastore.primary", e => (e.GlobalDatastore as GlobalDatastoreSecondary)?.PrimaryEnvironment, e => SecondaryOf(e))
        .ForAll([("global_datastore", e => e.GlobalDatastore), ("aws_region", e => e.AwsRegion)], e => GlobalDatastores.Regions.Contains(e.AwsRegion!) ? []
            : [ConfigurationProblem.For("aws_region", e.AwsRegion, "a region with global datastores (ElastiCache User Guide, Prerequisites and limitations of global datastores), such as us-east-1, us-west-2, eu-west-1 or sa-east-1")])
        // A secondary is a new replication group made by joining (CreateReplicationGroup with GlobalReplicationGroupId): there
        // is no existing one to adopt. A primary may be one that exists ("use an existing cluster as primary", the same page).
        .ForAll([("global_datastore", e => e.GlobalDatastore as GlobalDatastoreSecondary), ("adoption", e => (object?)e.Import ?? e.MovedFromModule)], _ =>
            [new("adoption", "with a secondary", "no adoption for a global datastore's secondary: it is made new when it joins (its data comes from the primary)")])
        .For("acknowledged_replacements", e => e.AcknowledgedReplacements, e => Reasons(e.AcknowledgedReplacements))
        .For("compliance.waivers", e => e.Compliance?.Waivers, e => Waivers(e.Compliance.Waivers))
        .ForAll([("aws_region", e => e.AwsRegion), ("variables", e => e.Cache)], e => TopicsInRegion(e));

    /// <summary>Every problem with <paramref name="environment"/>'s own settings (not its cache's).</summary>
    public static IReadOnlyList<ConfigurationProblem> Check(EnvironmentDraft environment, IReadOnlySet<string>? alreadyReported = null) =>
        Table.Check(environment, alreadyReported);

    private static IEnumerable<ConfigurationProblem> Region(string field, string region)
    {
        if (AwsRegions.IsKnown(region)) yield break;
        var nearest = JsonObjectReader.Nearest(region, AwsRegions.Known);
        yield return ConfigurationProblem.For(field, region, nearest is null
            ? "an AWS region the provider knows, such as us-east-1 or sa-east-1"
            : $"an AWS region the provider knows; did you mean `{nearest}`?");
    }

    private static IEnumerable<ConfigurationProblem> SecondaryOf(EnvironmentDraft e)
    {
        var primary = ((GlobalDatastoreSecondary)e.GlobalDatastore!).PrimaryEnvironment;
        if (!StackName().IsMatch(primary))
        {
            yield return ConfigurationProblem.For("global_datastore.primary", primary, "the primary's environment: its file's name without .json, in this folder");
        }
        else if (primary == e.Name)
        {
            yield return ConfigurationProblem.For("global_datastore.primary", primary, "another environment than this one: a secondary replicates a primary in another region");
        }
    }

    private static IEnumerable<ConfigurationProblem> LocalPath(string path)
    {
        if (path.Length == 0 || Identifiers.HasTokenMarker(path))
        {
            yield return ConfigurationProblem.For("backend.local.path", path, $"a state file path, without \"{Identifiers.TokenMarker}\"");
        }
    }

    private static IEnumerable<ConfigurationProblem> Bucket(string bucket)
    {
        if (!S3Bucket().IsMatch(bucket))
        {
            yield return ConfigurationProblem.For("backend.s3.bucket", bucket, "an S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens");
        }
    }

    private static IEnumerable<ConfigurationProblem> NoToken(string field, string value)
    {
        if (Identifiers.HasTokenMarker(value)) yield return ConfigurationProblem.For(field, value, Identifiers.TokenMarkerExpected);
    }

    private static IEnumerable<ConfigurationProblem> MovedNames(ModuleMove moved)
    {
        var section = moved.Module is null ? "adoption.moved_from_root" : "adoption.moved_from_module";
        if (moved.Module is not null && !ModuleInstance().IsMatch(moved.Module))
        {
            yield return ConfigurationProblem.For($"{section}.module", moved.Module,
                "a module call's name, with the instance key of a count or for_each module when it has one: valkey, valkey[0] or valkey[\"hml\"]");
        }
        foreach (var (key, value) in new[] { ("replication_group", moved.ReplicationGroup), ("subnet_group", moved.SubnetGroup), ("security_group", moved.SecurityGroup) })
        {
            if (!Identifiers.IsTerraformName(value)) yield return ConfigurationProblem.For($"{section}.{key}", value, Identifiers.TerraformNameExpected);
        }
    }

    // A module call's name (Terraform's identifier rule) and, for count or for_each, its instance key: a number or a quoted
    // string of letters, digits, hyphens and underscores (no quote, backslash or template marker can reach the moved block).
    [GeneratedRegex("""^[A-Za-z_][A-Za-z0-9_-]*(\[([0-9]+|"[A-Za-z0-9_-]+")\])?$""")]
    private static partial Regex ModuleInstance();

    private static IEnumerable<ConfigurationProblem> Waivers(IReadOnlyList<Compliance.ComplianceWaiver> waivers)
    {
        for (var i = 0; i < waivers.Count; i++)
        {
            var rule = waivers[i].Rule;
            var first = waivers.ToList().FindIndex(w => w.Rule == rule);
            if (first < i)
            {
                yield return ConfigurationProblem.For($"compliance.waivers[{i}].rule", rule, $"one waiver a rule: compliance.waivers[{first}] waives {rule} already");
            }
            if (rule.Length > 0 && !Compliance.ComplianceRules.Ids.Contains(rule))
            {
                var nearest = JsonObjectReader.Nearest(rule, Compliance.ComplianceRules.Ids);
                yield return ConfigurationProblem.For($"compliance.waivers[{i}].rule", rule,
                    nearest is null ? $"a rule id: {string.Join(", ", Compliance.ComplianceRules.Ids)}" : $"a rule id; did you mean `{nearest}`?");
            }
            if (waivers[i].Reason is not null && string.IsNullOrWhiteSpace(waivers[i].Reason))
            {
                yield return ConfigurationProblem.For($"compliance.waivers[{i}].reason", waivers[i].Reason, "why the environment does not meet the rule: a waiver needs a reason");
            }
        }
    }

    /// <summary>
    /// SNS topics in the stack's own region and partition: CloudWatch notifies only a topic in the alarm's
    /// region ("the Amazon SNS topic must be in the same Region as the alarm", CloudWatch User Guide,
    /// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Notify_Users_Alarm_Changes.html), and
    /// ElastiCache its events likewise (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/ECEvents.SNS.html).
    /// An ARN of another region or partition would be accepted at plan and never notified.
    /// </summary>
    private static IEnumerable<ConfigurationProblem> TopicsInRegion(EnvironmentDraft draft)
    {
        var (region, cache) = (draft.AwsRegion!, draft.Cache!);
        if (!AwsRegions.IsKnown(region)) yield break; // reported by the region's own rule
        var partition = AwsRegions.Partition(region);
        var topics = cache.AlarmActions.Select((arn, i) => ($"variables.alarm_actions[{i}]", arn))
            .Concat(cache.OkActions.Select((arn, i) => ($"variables.ok_actions[{i}]", arn)))
            .Concat(cache.NotificationTopicArn is { } n ? [("variables.notification_topic_arn", n)] : []);
        foreach (var (field, arn) in topics)
        {
            var parts = arn.Split(':');
            if (parts.Length < 6 || parts[2] != "sns") continue; // not an SNS ARN: the cache's rules say so
            if (parts[1] != partition || parts[3] != region)
            {
                yield return ConfigurationProblem.For(field, arn,
                    $"an SNS topic in the stack's region and partition (arn:{partition}:sns:{region}:…): CloudWatch and ElastiCache notify only topics of their own region");
            }
        }
    }

    private static IEnumerable<ConfigurationProblem> Reasons(IReadOnlyList<AcknowledgedReplacement> acknowledgements)
    {
        for (var i = 0; i < acknowledgements.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(acknowledgements[i].Reason))
            {
                yield return ConfigurationProblem.For($"acknowledged_replacements[{i}].reason", acknowledgements[i].Reason,
                    "why losing this resource's data is acceptable: a reason is required, and shown in the guard's report");
            }
        }
    }
}
