using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

using Valkey.Cdktf.App.Terraform;

namespace Valkey.Cdktf.App.Rehearsal;

/// <summary>
/// A plan judged as the guard judges: a replacement or destroy of a resource that holds data fails
/// (exit 3), naming the attributes that force it and the variables to set; so does a plan Terraform
/// refuses for <c>prevent_destroy</c> (planned again without the protection, only to name them).
/// </summary>
/// <param name="Code">Ok, UnacknowledgedChange, or TerraformFailed (the plan failed for another reason).</param>
/// <param name="Resources">What the plan does to each resource.</param>
/// <param name="Problems">Why it fails, one line each.</param>
/// <param name="Plan">The plan (<c>terraform show -json</c>); null when Terraform refused it.</param>
internal sealed partial record PlanJudgement(ExitCode Code, IReadOnlyList<PlannedResource> Resources, IReadOnlyList<string> Problems, JsonNode? Plan)
{
    /// <summary>When Terraform refused the plan for prevent_destroy: the plan made without the protection, to say what it would do; else null.</summary>
    public JsonNode? Unprotected { get; init; }

    [GeneratedRegex(@"Resource (\S+) has\s+lifecycle\.prevent_destroy set")]
    private static partial Regex PreventDestroy();

    /// <summary>The resources Terraform refused to plan for <c>prevent_destroy</c>, in <paramref name="result"/>'s diagnostics.</summary>
    public static IReadOnlyList<string> Refused(TerraformResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return PreventDestroy().Matches(result.Stderr + result.Stdout).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Plans <paramref name="folder"/> (see <see cref="StackRehearsal.Plan"/> for <paramref name="live"/>) and judges the plan.</summary>
    public static PlanJudgement Of(StackRehearsal folder, bool live = false)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var plan = folder.Plan(live);
        if (!plan.Succeeded)
        {
            var refused = Refused(plan);
            if (refused.Count == 0) return new(ExitCode.TerraformFailed, [], [$"terraform plan failed:\n{plan.Diagnostics}"], null);
            var (replaced, problems, unprotected) = PlanUnprotected(folder, refused, live);
            return new(ExitCode.UnacknowledgedChange, replaced, problems, null) { Unprotected = unprotected };
        }
        var json = folder.ShowPlan();
        var resources = PlannedResource.Read(json);
        var lost = resources.Where(r => r.LosesData)
            .Select(r => r.IsReplace ? $"{r.Address} would be replaced" + Forcing(r.Address, r.ReplacePaths) : $"{r.Address} would be destroyed")
            .ToList();
        return new(lost.Count > 0 ? ExitCode.UnacknowledgedChange : ExitCode.Ok, resources, lost, json);
    }

    /// <summary>Plans again with the protection of <paramref name="refused"/> off (an override file, removed afterwards), to say what forces their replacement.</summary>
    private static (IReadOnlyList<PlannedResource> Replaced, IReadOnlyList<string> Problems, JsonNode? Plan) PlanUnprotected(StackRehearsal folder, IReadOnlyList<string> refused, bool live)
    {
        var files = new List<string>();
        foreach (var address in refused)
        {
            var (type, name) = TerraformAddress.OfResource(address);
            var unprotect = new JsonObject
            {
                ["resource"] = new JsonObject { [type] = new JsonObject { [name] = new JsonObject { ["lifecycle"] = new JsonObject { ["prevent_destroy"] = false } } } },
            };
            files.Add(folder.AddOverride($"unprotect_{type}_{name}", unprotect));
        }
        try
        {
            var unprotected = folder.Plan(live);
            var json = unprotected.Succeeded ? folder.ShowPlan() : null;
            var replaced = json is null ? [] : PlannedResource.Read(json);
            // Every resource that would lose what it holds, the protected ones first: each names the variables to set.
            var problems = refused.Select(address =>
                    $"Terraform refuses the plan: {address} has prevent_destroy on and would be replaced" +
                    Forcing(address, replaced.FirstOrDefault(r => r.Address == address)?.ReplacePaths ?? []))
                .Concat(replaced.Where(r => r.LosesData && !refused.Contains(r.Address)).Select(r =>
                    r.IsReplace ? $"{r.Address} would be replaced too" + Forcing(r.Address, r.ReplacePaths) : $"{r.Address} would be destroyed too"))
                .ToList();
            return (replaced, problems, json);
        }
        finally
        {
            foreach (var file in files) File.Delete(file);
        }
    }

    /// <summary>The replication group from the state to the plan; null when the plan has none (or Terraform refused the plan).</summary>
    public ApplyRules.CacheTransition? Transition()
    {
        var change = (Plan ?? Unprotected)?["resource_changes"]?.AsArray()
            .FirstOrDefault(rc => rc?["type"]?.GetValue<string>() == ResourceAddresses.ReplicationGroupType && rc["mode"]?.GetValue<string>() == "managed")?["change"];
        if (change?["after"] is not JsonObject after) return null;
        // Created: no rule applies; replaced (a new group): only the rules about replacing.
        var actions = change["actions"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        var unknown = (change["after_unknown"] as JsonObject ?? [])
            .Where(p => p.Value?.GetValueKind() == System.Text.Json.JsonValueKind.True).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return new ApplyRules.CacheTransition(actions.SequenceEqual(["create"]) ? null : change["before"] as JsonObject, after, unknown)
        {
            Replaced = actions.Contains("create"),
        };
    }

    /// <summary>", forced by …; set … in the environment's variables …", or nothing when Terraform did not say.</summary>
    public static string Forcing(string address, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0) return "";
        // The setting that writes each attribute (its declaration says which): the one to set so the stack matches what exists.
        var variables = paths.Select(p => AttributeSetting.Of(address, p)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return $", forced by {string.Join(", ", paths)}" + (variables.Count == 0 ? "" : $"; set {string.Join(", ", variables)} in the environment's variables to the value the existing resource has");
    }
}
