using System.Text.Json.Nodes;
using Spectre.Console;

namespace Valkey.Cdktf.App.Rehearsal;

/// <summary>
/// <c>rehearse [--env NAME] [--state FILE]</c>: real Terraform and the real AWS provider read
/// every stack, offline. For each environment: synthesize into a scratch folder, add overrides
/// (local backend, fake credentials, skip flags), run init, validate, plan without refresh and
/// show; then plan the same synthesis against a state made from its own plan, which must show
/// no changes. With <c>--state</c>: plan against a copy of that state (never written) and list
/// every attribute that would change.
/// </summary>
internal static class RehearseCommand
{
    /// <param name="cancel">An interrupt: Terraform gets Ctrl-C too, so its failures then are the interrupt's, and nothing is reported.</param>
    public static ExitCode Run(string environmentsFolder, string? only, string? stateFile, TextWriter output, TextWriter error, bool terminal = false,
        CancellationToken cancel = default)
    {
        var (environments, failed) = SynthCommand.Select(environmentsFolder, only, error);
        if (environments is null) return failed;
        if (stateFile is not null)
        {
            if (environments.Count != 1)
            {
                error.WriteLine("error: --state FILE belongs to one environment: name it with --env NAME");
                return ExitCode.UsageError;
            }
            if (StateFile.Read(stateFile).Problem is { } unusable)
            {
                error.WriteLine($"error: {unusable}");
                return ExitCode.UsageError;
            }
        }
        var scratch = Path.Combine(Path.GetTempPath(), $"valkey-rehearse-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(scratch);
            var stacks = Synthesizer.Synthesize(environments, Path.Combine(scratch, "synth"));
            var (session, problem) = RehearsalSession.Start(Path.Combine(scratch, "terraform"));
            if (session is null)
            {
                cancel.ThrowIfCancellationRequested(); // Ctrl-C reached the provider as it started
                error.WriteLine($"error: {problem}");
                return ExitCode.UsageError;
            }
            using (session)
            {
                var pin = session.Provider.Version == RehearsalSession.PinnedProvider
                    ? "the version the stacks pin"
                    : $"NOT the {RehearsalSession.PinnedProvider} the stacks pin: where the two versions differ, this rehearsal may too";
                output.WriteLine($"rehearsing with Terraform {session.Terraform.Version} and hashicorp/aws {session.Provider.Version} ({session.Provider.Source}), {pin}; offline, with fake credentials");
                var outcomes = new StackOutcome[environments.Count];
                Parallel.For(0, environments.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
                {
                    outcomes[i] = RehearseStack(session, environments[i].Name, stacks[i].Json, stateFile);
                });
                cancel.ThrowIfCancellationRequested();
                foreach (var outcome in outcomes) Write(outcome, output, terminal);
                return outcomes.Max(o => o.Code);
            }
        }
        finally
        {
            if (Environment.GetEnvironmentVariable("VALKEY_REHEARSE_KEEP") is { Length: > 0 } keep)
            {
                // For a look at what Terraform was given: the scratch folder, moved out of the run's temp folder.
                Directory.Move(scratch, keep);
                error.WriteLine($"note: the rehearsal's folders are kept in {keep} (VALKEY_REHEARSE_KEEP)");
            }
            try { if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true); }
            catch (IOException) { }
        }
    }

    /// <summary>Rehearses one synthesized stack; decides, prints nothing. <paramref name="steadyState"/>: also plan it against the state of its own plan.</summary>
    internal static StackOutcome RehearseStack(RehearsalSession session, string name, JsonNode stack, string? stateFile, bool steadyState = true, bool validate = true)
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
        problems.AddRange(findings.Where(f => f.Fails).Select(Describe));
        notes.AddRange(findings.Where(f => !f.Fails).Select(f => "warning: " + Describe(f)));
        if (judged.Plan is null) return new StackOutcome(name, judged.Code, judged.Resources, notes, problems);
        var planJson = judged.Plan;
        var resources = judged.Resources;
        var (steady, settled) = steadyState ? SteadyStateCheck(session, name, planned, planJson) : (null, null);
        if (steady is not null) problems.Add(steady);
        var code = resources.Any(r => r.LosesData) || findings.Any(f => f.Fails) ? ExitCode.UnacknowledgedChange
            : steady is not null ? ExitCode.TerraformFailed : ExitCode.Ok;
        return new StackOutcome(name, code, resources, notes, problems) { State = settled };
    }

    /// <summary>A broken apply-time rule in one line: the rule, why, the fix, the source.</summary>
    internal static string Describe(ApplyRules.RuleFinding finding) =>
        $"APPLY RULE {finding.Rule.Id} ({finding.Rule.Title}): {finding.Why}; fix: {finding.Fix} (source: {finding.Rule.Source})";

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
        var module = modules[0]["module.".Length..].Split('.')[0];
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

    /// <summary>Prints one stack's outcome: a table of resources and actions, a line of counts, notes and problems.</summary>
    internal static void Write(StackOutcome outcome, TextWriter output, bool terminal)
    {
        output.WriteLine($"{outcome.Stack}:");
        if (outcome.Plan.Count > 0)
        {
            TableWriter.Write(output, terminal, ["resource", "action", "forced by", "changes"], outcome.Plan.Select(r =>
                ((IReadOnlyList<string>)[r.Address + (r.MovedFrom is null ? "" : $" (from {r.MovedFrom})"), r.Action, string.Join(", ", r.ReplacePaths),
                    r.IsUpdate || r.IsReplace ? string.Join(", ", r.Changes.Select(c => c.Attribute)) : ""],
                 r.IsReplace || r.IsDelete ? new Style(Color.Red) : r.IsUpdate ? new Style(Color.Yellow) : Style.Plain)));
            var counts = new[] { "create", "update", "replace", "delete", "move" }
                .Select(a => $"{outcome.Plan.Count(r => r.Action == a || (a is "update" or "move" && r.Action == "move + update"))} to {a}");
            output.WriteLine($"  {string.Join(", ", counts)}");
        }
        foreach (var note in outcome.Notes) output.WriteLine($"  note: {note}");
        foreach (var problem in outcome.Problems) output.WriteLine($"  {(outcome.Code == ExitCode.Ok ? "note" : "FAILED")}: {problem}");
        if (outcome.Code == ExitCode.Ok) output.WriteLine("  steady state: no changes against the state of its own plan");
    }
}
