using System.Text.Json.Nodes;
using Spectre.Console;

namespace Valkey.Cdktf.App.Rehearsal;

/// <summary>
/// The rehearsal of one synthesized stack: real Terraform plans it (against a state, if given) and the
/// outcome is decided here (<see cref="StackOutcome"/>), printed by <see cref="RehearsalReport"/>.
/// </summary>
internal static class StackEvaluation
{
    /// <summary>Rehearses one synthesized stack; decides, prints nothing. <paramref name="steadyState"/>: also plan it against the state of its own plan.</summary>
    internal static StackOutcome Evaluate(RehearsalSession session, string name, JsonNode stack, string? stateFile, bool steadyState = true, bool validate = true)
    {
        var notes = new List<string>();
        var problems = new List<string>();
        var folder = session.Stack(name, stack);
        var init = folder.Init();
        if (!init.Succeeded) return Failed(name, $"terraform init failed:\n{init.Diagnostics}");
        if (validate && folder.Validate() is { Succeeded: false } invalid) return Failed(name, $"terraform validate failed:\n{invalid.Diagnostics}");
        var planned = stack.DeepClone().AsObject();
        if (planned.Remove("import"))
        {
            notes.Add("the import blocks validate; planning an import needs AWS (the provider reads each resource), so the plan below leaves them out");
            folder = session.Stack(name + "-without-imports", planned);
            if (!folder.Init().Succeeded) return Failed(name, "terraform init failed without the import blocks");
        }
        var state = stateFile is null ? null : StateFile.Read(stateFile).State;
        if (stateFile is not null)
        {
            File.Copy(stateFile, folder.StateFile);
            notes.Add($"planned against a copy of {stateFile} (the file is not written)");
            if (Relocation(stack, state!) is { } moved) return new StackOutcome(name, ExitCode.UnacknowledgedChange, [], notes, [moved]);
        }
        var judged = PlanJudgement.Of(folder);
        problems.AddRange(judged.Problems);
        problems.AddRange(ModuleHint(stack, state, judged.Problems));
        // What AWS refuses at apply though the plan may be clean: the apply-time rules, from the given state to the plan.
        var findings = stateFile is null || judged.Transition() is not { } transition ? [] : ApplyRules.ApplyRuleTable.Check(transition);
        problems.AddRange(findings.Where(f => f.Fails).Select(RehearsalReport.Describe));
        notes.AddRange(findings.Where(f => !f.Fails).Select(f => "warning: " + RehearsalReport.Describe(f)));
        if (judged.Plan is null) return new StackOutcome(name, judged.Code, judged.Resources, notes, problems);
        var planJson = judged.Plan;
        var resources = judged.Resources;
        var (steady, settled) = steadyState ? SteadyStateCheck(session, name, planned, planJson) : (null, null);
        if (steady is not null) problems.Add(steady);
        return new StackOutcome(name, Verdict(resources, findings, steady), resources, notes, problems) { State = settled };
    }

    /// <summary>
    /// The exit code a stack's rehearsal earns: a plan that loses data or breaks an apply-time rule is an unacknowledged
    /// change (3); a plan that does not settle is a Terraform failure (4); else none.
    /// </summary>
    internal static ExitCode Verdict(IReadOnlyList<PlannedResource> resources, IReadOnlyList<ApplyRules.RuleFinding> findings, string? steadyStateProblem) =>
        resources.Any(r => r.LosesData) || findings.Any(f => f.Fails) ? ExitCode.UnacknowledgedChange
        : steadyStateProblem is not null ? ExitCode.TerraformFailed
        : ExitCode.Ok;

    /// <summary>
    /// The state's resources are in a region the stack is not (every ARN says so): Terraform would look for
    /// them in the stack's region, find none, and create the cache again beside the old one, as the guard's MOVE STACK says.
    /// </summary>
    internal static string? Relocation(JsonNode stack, JsonObject state)
    {
        var region = TerraformLiteral.Unescape(stack["provider"]?["aws"]?[0]?["region"]?.GetValue<string>() ?? "");
        var regions = StateFile.Regions(state);
        if (regions.Count == 0 || regions.Contains(region)) return null;
        return $"the state's resources are in {string.Join(", ", regions)}, the stack's aws_region is {region}: Terraform would look for them in {region}, " +
            $"find none, and create the cache again there, leaving the old one unmanaged (MOVE STACK); set aws_region to {regions.First()} to adopt them";
    }

    /// <summary>When the plan would destroy resources of a module the state holds and the stack has no moved blocks: the setting to add.</summary>
    private static IEnumerable<string> ModuleHint(JsonNode stack, JsonObject? state, IReadOnlyList<string> problems)
    {
        if (state is null || stack["moved"] is not null || stack["import"] is not null || problems.Count == 0) yield break;
        var modules = StateFile.Modules(state);
        if (modules.Count == 0) yield break;
        var module = Terraform.TerraformAddress.ModuleOf(modules[0]);
        yield return $"the state holds {string.Join(", ", modules)}'s resources and the stack adopts none of them: to take them over in this state, add to the environment file " +
            $"\"adoption\": {{\"moved_from_module\": {{\"module\": \"{module}\"}}}} (with the module's resource names if they are not `this`)";
    }

    /// <summary>Plans <paramref name="stack"/> against a state made from its own plan: no problem when nothing changes, else what changes; and that state.</summary>
    private static (string? Problem, JsonObject? State) SteadyStateCheck(RehearsalSession session, string name, JsonNode stack, JsonNode plan)
    {
        var (state, folder, problem) = SettledState(session, name + "-steady", stack, plan);
        if (state is null) return ($"steady state: {problem}", null);
        var second = folder!.PlanDetailed();
        if (second.ExitCode == 0) return (null, state);
        if (second.ExitCode != 2 || !folder.Plan().Succeeded) return ($"steady state: terraform plan failed:\n{second.Diagnostics}", state);
        var changes = PlannedResource.Read(folder.ShowPlan()).Where(r => !r.IsNoOp).ToList();
        return ("steady state: planned against the state of its own plan, the stack still changes (a perpetual diff): " +
            string.Join("; ", changes.Select(c => $"{c.Address} {c.Action} ({string.Join(", ", c.Changes.Select(x => x.Attribute))})")), state);
    }

    /// <summary>
    /// The state <paramref name="stack"/> would have once applied, as far as Terraform can know it
    /// offline: made from <paramref name="plan"/> (its own plan), with what a second plan learns
    /// of the attributes the first could not know; written in the folder returned.
    /// </summary>
    internal static (JsonObject? State, StackRehearsal? Folder, string? Problem) SettledState(RehearsalSession session, string name, JsonNode stack, JsonNode plan)
    {
        var folder = session.Stack(name, stack);
        if (!folder.Init().Succeeded) return (null, null, "terraform init failed");
        var state = SteadyState.FromPlan(plan, session.Schema, session.Terraform.Version);
        folder.WriteState(state);
        var first = folder.Plan();
        if (!first.Succeeded) return (null, null, $"terraform plan failed:\n{first.Diagnostics}");
        SteadyState.Settle(state, plan, folder.ShowPlan());
        folder.WriteState(state);
        return (state, folder, null);
    }

    private static StackOutcome Failed(string name, string problem) => new(name, ExitCode.TerraformFailed, [], [], [problem]);
}
