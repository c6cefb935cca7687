using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>
/// The rehearsal of one synthesized stack: real Terraform plans it (against a state, if given) and the
/// outcome is decided here (<see cref="StackOutcome"/>), printed by <see cref="RehearsalReport"/>.
/// </summary>
internal static class StackEvaluation
{
    /// <summary>Rehearses one synthesized stack; decides, prints nothing. <paramref name="steadyState"/>: also plan it against the state of its own plan.</summary>
    internal static StackOutcome Evaluate(RehearsalSession session, EnvironmentConfig environment, string environmentFile, JsonNode stack, string? stateFile,
        bool steadyState = true, bool validate = true)
    {
        var name = environment.Name;
        var notes = new List<string>();
        var folder = session.Stack(name, stack);
        var init = folder.Init();
        if (!init.Succeeded) return StackOutcome.Failed(name, $"terraform init failed:\n{init.Diagnostics}");
        if (validate && folder.Validate() is { Succeeded: false } invalid) return StackOutcome.Failed(name, $"terraform validate failed:\n{invalid.Diagnostics}");
        var planned = stack.DeepClone().AsObject();
        if (planned.Remove("import"))
        {
            notes.Add("the import blocks validate; planning an import needs AWS (the provider reads each resource), so the plan below leaves them out");
            folder = session.Stack(name + "-without-imports", planned);
            if (!folder.Init().Succeeded) return StackOutcome.Failed(name, "terraform init failed without the import blocks");
        }
        var state = stateFile is null ? null : StateFile.Read(stateFile).State;
        if (stateFile is not null)
        {
            File.Copy(stateFile, folder.StateFile);
            notes.Add($"planned against a copy of {stateFile} (the file is not written)");
        }
        var plan = RehearsedPlan.Of(folder, planned);
        if (plan.Changes is null) return StackOutcome.Failed(name, plan.Failure!) with { Notes = notes };
        var context = JudgeContext.For(environment, environmentFile, session.Provider.Version) with
        {
            Protected = SynthesisDiff.ProtectedAddresses(planned), RefusedByTerraform = plan.Refused, Configuration = stack, State = state,
        };
        var judgement = ChangeJudge.Judge(plan.Changes, context, ProviderSchema.Embedded());
        if (plan.Plan is null) return new StackOutcome(name, judgement.Code, plan.Changes, judgement, notes, []);
        var (steady, settled) = steadyState ? SteadyStateCheck(session, name, planned, plan.Plan) : (null, null);
        return new StackOutcome(name, Verdict(judgement, steady), plan.Changes, judgement, notes, steady is null ? [] : [steady]) { State = settled };
    }

    /// <summary>
    /// The exit code a stack's rehearsal earns: a plan the judge stops (data lost, AWS's refusal) is an unacknowledged
    /// change (3); a plan that does not settle is a Terraform failure (4); else none.
    /// </summary>
    internal static ExitCode Verdict(Judgement judgement, string? steadyStateProblem) =>
        judgement.Blocks ? ExitCode.UnacknowledgedChange
        : steadyStateProblem is not null ? ExitCode.TerraformFailed
        : ExitCode.Ok;

    /// <summary>Plans <paramref name="stack"/> against a state made from its own plan: no problem when nothing changes, else what changes; and that state.</summary>
    private static (string? Problem, JsonObject? State) SteadyStateCheck(RehearsalSession session, string name, JsonNode stack, JsonNode plan)
    {
        var (state, folder, problem) = SettledState(session, name + "-steady", stack, plan);
        if (state is null) return ($"steady state: {problem}", null);
        var second = folder!.PlanDetailed();
        if (second.ExitCode == 0) return (null, state);
        if (second.ExitCode != 2 || !folder.Plan().Succeeded) return ($"steady state: terraform plan failed:\n{second.Diagnostics}", state);
        var changes = PlanChanges.Read(folder.ShowPlan()).Acting.ToList();
        return ("steady state: planned against the state of its own plan, the stack still changes (a perpetual diff): " +
            string.Join("; ", changes.Select(c => $"{c.Address} {c.Action} ({string.Join(", ", c.ChangedAttributes)})")), state);
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
        // An output of a stand-in that itself came from another (a global datastore's id, once its primary's id is known) is
        // known only a plan later: settle once more when the state still lacks an output the configuration has.
        if (stack["output"] is JsonObject outputs && outputs.Any(o => state["outputs"]?[o.Key] is null))
        {
            if (!folder.Plan().Succeeded) return (state, folder, null);
            SteadyState.Settle(state, plan, folder.ShowPlan());
            folder.WriteState(state);
        }
        return (state, folder, null);
    }
}
