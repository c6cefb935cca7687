namespace Valkey.Cdktf.Tools.ApplyRules;

/// <summary>What an apply-time rule looks at: the replication group before and after, the whole change, and the provider that sends it.</summary>
/// <param name="Cache">The replication group before and after.</param>
/// <param name="Changes">Every row of the change (a rule may speak of another resource, such as the security group).</param>
/// <param name="Provider">The hashicorp/aws version that turns the plan into AWS calls: the stacks' pin for the guard, the rehearsed one for a rehearsal.</param>
internal sealed record RuleInput(CacheTransition Cache, Changes.ChangeSet Changes, Version Provider);
