using Valkey.Cdktf.Tools.Changes;

namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// A global datastore's engine moves up within its major version only. Lower: the provider refuses at plan ("Downgrading
/// Elasticache Global Replication Group engine version requires replacement of the Global Replication Group and all
/// Replication Group members": its CustomizeDiff, internal/service/elasticache/global_replication_group.go). To another major
/// version: the provider sends ModifyGlobalReplicationGroup with the datastore's <c>parameter_group_name</c>, which it documents
/// as required for a major upgrade (website/docs/r/elasticache_global_replication_group.html.markdown), and which this
/// project does not write; whether AWS takes a major upgrade of a datastore without one was not confirmed, so it is refused
/// here rather than called safe.
/// </summary>
internal sealed class DatastoreEngineMinorOnly : ApplyRule
{
    public override string Id => "APPLY-DATASTORE-ENGINE";

    public override string Title => "a global datastore's engine moves up within its major version";

    public override string Explanation =>
        "a lower `engine_version` of a global datastore is refused by the provider (it would replace the datastore and every member: their data lost); another major version needs the datastore's parameter group for that version, which this project does not write, and is not rehearsed: refused. Raise the minor version only";

    public override string Source =>
        "hashicorp/terraform-provider-aws internal/service/elasticache/global_replication_group.go (CustomizeDiff); " +
        "website/docs/r/elasticache_global_replication_group.html.markdown (parameter_group_name); " +
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ModifyGlobalReplicationGroup.html (CacheParameterGroupName)";

    public override bool Applies(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return DatastoreChangesAtOnce.Datastore(input.Changes) is not null;
    }

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (DatastoreChangesAtOnce.Datastore(input.Changes) is not { } row || !DatastoreChangesAtOnce.Changed(row, "engine_version")) return null;
        var before = ResourceChange.Text(row.Before, "engine_version")!;
        var after = ResourceChange.Text(row.After, "engine_version")!;
        if (!Version.TryParse(before, out var was) || !Version.TryParse(after, out var will)) return null;
        if (will < was)
        {
            return Finding(
                $"the global datastore's engine_version goes down from {before} to {after}: the provider refuses it, as it would replace the datastore and every member (their data lost)",
                $"keep \"engine_version\" at {before} or later in the primary's and every secondary's file") with { Subject = row.Address, Paths = ["engine_version"] };
        }
        if (will.Major != was.Major)
        {
            return Finding(
                $"the global datastore's engine_version goes from {before} to {after}, another major version: the provider sends it with the datastore's parameter group, " +
                "which this project does not write, and whether AWS takes it without one is not confirmed",
                $"raise the minor version only (a {was.Major}.x version); a major upgrade of a global datastore is not yet one this tool can call safe") with { Subject = row.Address, Paths = ["engine_version"] };
        }
        return null;
    }
}
