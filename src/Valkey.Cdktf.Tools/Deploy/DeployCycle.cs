using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Valkey.Cdktf.Tools.Rehearsal;
using Valkey.Cdktf.Validation;

namespace Valkey.Cdktf.Tools.Deploy;

/// <summary>
/// The deploy cycle of one environment against the emulator, in its scratch project: (with
/// <c>--from</c>: the existing root applied and its resources handed over,) a plan judged as the guard
/// judges, <c>cdktf deploy &lt;env&gt; --auto-approve</c>, a refreshed plan that must be empty, the
/// outputs, one change of each kind applied in place and settled, the state lock held against a
/// second deploy (S3 backends), a replacement and a destroy refused by <c>prevent_destroy</c>.
/// It stops at the first step that fails. Decides only; <see cref="DeployReport"/> prints.
/// </summary>
internal sealed partial class DeployCycle
{
    private readonly RehearsalSession _session;
    private readonly CdktfCli _cli;
    private readonly Emulator.IEmulatorControl _emulator;
    private readonly ScratchProject _project;
    private readonly CancellationToken _cancel;
    private readonly List<DeployStep> _steps = [];
    private readonly List<string> _notes = [];
    private Dictionary<string, string> _outputs = new(StringComparer.Ordinal);
    private StackRehearsal? _terraform;
    private JsonNode? _lastPlan;
    private IReadOnlyList<ResourceChange>? _firstPlan;
    private readonly List<(string Name, Func<(ExitCode, string, string?)> Run)> _next = [];
    private readonly Action<string, DeployStep>? _progress;

    /// <param name="session">Terraform and the provider.</param>
    /// <param name="cli">The CDKTF CLI.</param>
    /// <param name="emulator">The emulator the stack deploys into.</param>
    /// <param name="project">The environment's scratch project.</param>
    /// <param name="cancel">An interrupt.</param>
    /// <param name="progress">Told of each step as it finishes, with the environment's name (the command prints it then).</param>
    public DeployCycle(RehearsalSession session, CdktfCli cli, Emulator.IEmulatorControl emulator, ScratchProject project, CancellationToken cancel,
        Action<string, DeployStep>? progress = null)
    {
        _session = session;
        _cli = cli;
        _emulator = emulator;
        _project = project;
        _cancel = cancel;
        _progress = progress;
    }

    private string Name => _project.Name;

    /// <summary>
    /// The stacks the deploy names before this one: a global datastore secondary's primary, deployed already, as
    /// <c>cdktf deploy primary secondary</c> does (the CDKTF CLI refuses a stack whose dependencies the command leaves out).
    /// </summary>
    public IReadOnlyList<string> DeployedWith { get; init; } = [];

    private StackRehearsal Terraform => _terraform ?? throw new InvalidOperationException("the stack was not synthesized");

    /// <summary>
    /// Runs the cycle; <paramref name="from"/> is the existing root the stack adopts (null: a new deploy);
    /// <paramref name="then"/> are later versions of the environment file, each deployed in turn after the first
    /// deploy (a rollout in several deploys, such as TLS: preferred, then required).
    /// </summary>
    public DeployOutcome Run(string? from, IReadOnlyList<string>? then = null)
    {
        var steps = new List<(string Name, Func<(ExitCode, string, string?)> Run)> { ("synthesize (the app, as cdktf synth runs it)", Synthesize) };
        var root = (ModuleRoot?)null;
        if (from is not null)
        {
            steps.Add(($"existing root applied (terraform apply in a copy of {from})", () => ApplyRoot(from, r => root = r)));
            steps.Add(("resources handed over", () => HandOver(root!)));
        }
        steps.AddRange(
        [
            ("plan (refreshed; nothing replaced or destroyed)", () => Judge(expectUpdatesOnly: false)),
            ($"deploy ({Toolchain.Name} deploy {string.Join(" ", DeployedWith.Append(Name))} --auto-approve)", () => Deploy()),
            ("steady state (terraform plan, refreshed: no changes)", SteadyState),
            ("outputs (the module's five, valkey_connection_url, and any of users)", Outputs),
        ]);
        foreach (var next in then ?? [])
        {
            if (OutOfBand.IsCommand(next))
            {
                steps.Add(($"then {next} (out of band, as the AWS CLI would, against the emulator)", () => RunOutOfBand(next)));
                continue;
            }
            var label = $"then {Path.GetFileName(next)}";
            steps.AddRange(
            [
                ($"{label}: plan (refreshed; nothing replaced or destroyed; AWS's rules)", () => PlanVersion(next)),
                ($"{label}: deploy (terraform apply of the plan above)", ApplyJudgedPlan),
                ($"{label}: steady state", SteadyState),
            ]);
        }
        steps.Add(("change planned in place (a tag, an alarm threshold, the maintenance window or a serverless cache's snapshot time)", PlanChange));
        if (HasS3Backend()) steps.Add(("state lock (a second deploy while one holds it)", Lock));
        steps.AddRange(
        [
            ("change deployed (terraform apply of the plan above)", ApplyJudgedPlan),
            ("steady state after the change", SteadyState),
            ("destroy refused (terraform plan -destroy; prevent_destroy)", RefuseDestroy),
            ("replacement refused (port, or a serverless cache's engine major, changed; prevent_destroy)", RefuseReplacement),
        ]);
        if (from is not null) steps.Add(("existing root lets go (terraform state rm)", () => ReleaseRoot(root!)));

        // A step may ask for steps right after it (a deferred change: the window, then a steady state again).
        var queue = new LinkedList<(string Name, Func<(ExitCode, string, string?)> Run)>(steps);
        for (var node = queue.First; node is not null; node = node.Next)
        {
            _cancel.ThrowIfCancellationRequested();
            var watch = Stopwatch.StartNew();
            var (code, result, detail) = node.Value.Run();
            _cancel.ThrowIfCancellationRequested(); // a failure under Ctrl-C is the interrupt's
            var step = new DeployStep(node.Value.Name, code, result, Math.Round(watch.Elapsed.TotalSeconds, 1), detail);
            _steps.Add(step);
            _progress?.Invoke(Name, step);
            if (code != ExitCode.Ok) break;
            var after = node;
            // A follow-up of a "then <file>:" step is named under the same file, so each version's steps read together.
            var under = node.Value.Name.StartsWith("then ", StringComparison.Ordinal) && node.Value.Name.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon
                ? node.Value.Name[..(colon + 2)] : "";
            foreach (var next in _next) after = queue.AddAfter(after, (under + next.Name, next.Run));
            _next.Clear();
        }
        return new DeployOutcome(Name, _steps, _notes) { Outputs = _outputs, FirstPlan = _firstPlan ?? [] };
    }

    private bool HasS3Backend() => File.Exists(_project.EnvironmentPath) && _project.ReadEnvironment()["backend"]?["s3"] is not null;

    // ----- steps -----

    private (ExitCode, string, string?) Synthesize()
    {
        if (_project.Synth() is { } failed) return (ExitCode.ConfigurationError, "the environment file does not synthesize", failed);
        File.WriteAllText(Path.Combine(_project.StackFolder, EmulatorOverride.FileName),
            EmulatorOverride.ForStack(_project.Stack(), _emulator.Endpoint, _session.Provider.Version).ToJsonString());
        _terraform = StackRehearsal.Existing(_session, _project.StackFolder);
        if (EmulatorOverride.ProviderDefaultsTokenStrategy(_session.Provider.Version) && _project.ReadEnvironment()["adoption"]?["import"] is not null
            && !_notes.Any(n => n.Contains("#38209", StringComparison.Ordinal)))
        {
            _notes.Add($"hashicorp/aws {_session.Provider.Version} defaults auth_token_update_strategy to ROTATE, and after an import sends an empty AUTH token " +
                "change that AWS refuses (terraform-provider-aws#38209); 6.0 removed the default (#42336), so the pinned 6.25.0 sends none: to rehearse the pin, " +
                "the emulator takes that empty change as nothing (its patch provider5_token_default)");
        }
        var init = Terraform.Init();
        return init.Succeeded ? (ExitCode.Ok, "cdk.tf.json written; terraform init", null) : (ExitCode.TerraformFailed, "terraform init failed", init.Diagnostics);
    }

    private (ExitCode, string, string?) ApplyRoot(string from, Action<ModuleRoot> keep)
    {
        var (root, problem) = ModuleRoot.Copy(_session, from, Path.Combine(Path.GetDirectoryName(_project.Folder)!, $"{Name}-existing-root"));
        if (root is null) return (ExitCode.UsageError, "not a Terraform root", problem);
        keep(root);
        var applied = root.Apply();
        if (!applied.Succeeded) return (ExitCode.TerraformFailed, "terraform apply of the existing root failed", applied.Diagnostics);
        var count = root.State()["resources"]?.AsArray().Count(r => r?["mode"]?.GetValue<string>() == "managed") ?? 0;
        return (ExitCode.Ok, $"{count} resources in its state", null);
    }

    private (ExitCode, string, string?) HandOver(ModuleRoot root)
    {
        var environment = _project.ReadEnvironment();
        var adoption = environment["adoption"];
        if (adoption?["moved_from_module"] is not null || adoption?["moved_from_root"] is not null)
        {
            // Path B: the stack takes over the state that held the module (its backend is that state's).
            var pushed = Terraform.Run("state", "push", "-lock-timeout=0s", root.StateFile);
            return pushed.Succeeded
                ? (ExitCode.Ok, "moved blocks: the root's state pushed to the stack's backend (terraform state push)", null)
                : (ExitCode.TerraformFailed, "terraform state push failed", pushed.Diagnostics);
        }
        // Path A: a new state, imports; the security group is imported by its id, which is the emulator's own.
        // The name the synthesis gave the group (ValkeyNames: the setting, else the convention), read from the stack itself.
        var wanted = _project.Stack()["resource"]?[ResourceAddresses.SecurityGroupType]?.AsObject().Select(r => r.Value?["name"]?.GetValue<string>()).FirstOrDefault() ?? "?";
        var groups = ManagedInstances(root.State(), ResourceAddresses.SecurityGroupType).ToList();
        var group = groups.FirstOrDefault(g => g["name"]?.GetValue<string>() == wanted) ?? (groups.Count == 1 ? groups[0] : null);
        if (group?["id"]?.GetValue<string>() is not { } id)
        {
            return (ExitCode.UsageError, "no security group to import", $"the existing root's state has no aws_security_group named {wanted}: set security_group_name in the environment's variables to its name");
        }
        var old = adoption!["import"]!["security_group_id"]!.GetValue<string>();
        adoption["import"]!["security_group_id"] = id;
        _project.WriteEnvironment(environment);
        _notes.Add($"adoption.import.security_group_id is the emulator's {id} in place of {old}: the emulator makes its own ids");
        var (code, result, detail) = Synthesize();
        return code == ExitCode.Ok ? (ExitCode.Ok, $"import blocks: security group {id} (the emulator's id)", null) : (code, result, detail);
    }

    /// <summary>The environment file replaced by <paramref name="version"/> (a later version of it), synthesized and judged.</summary>
    private (ExitCode, string, string?) PlanVersion(string version)
    {
        File.Copy(version, _project.EnvironmentPath, overwrite: true);
        var (code, result, detail) = Synthesize();
        return code == ExitCode.Ok ? Judge(expectUpdatesOnly: false) : (code, result, detail);
    }

    private (ExitCode, string, string?) Judge(bool expectUpdatesOnly, string window = "maintenance_window")
    {
        var (plan, judgement) = PlanAndJudge();
        if (plan.Changes is null) return (ExitCode.TerraformFailed, "terraform plan failed", plan.Failure);
        // Warnings and deferrals let the deploy run; they are said once, as notes.
        _notes.AddRange(judgement.Findings.Where(f => f.Level is FindingLevel.Warning or FindingLevel.Pending).Select(ChangeReport.Describe).Where(n => !_notes.Contains(n)));
        if (judgement.Blocks)
        {
            var why = plan.Refused.Count > 0 ? "refused by prevent_destroy" : $"stopped before apply: {Stopping(judgement)}";
            return (judgement.Code, why, string.Join("\n", judgement.Findings.Where(f => f.Blocks).Select(ChangeReport.Describe)));
        }
        _firstPlan ??= plan.Changes.Resources;
        var counts = Counts(plan.Changes);
        if (expectUpdatesOnly)
        {
            var other = plan.Changes.Acting.Where(r => !r.IsUpdate).ToList();
            if (other.Count > 0) return (ExitCode.TerraformFailed, counts, $"an in-place change was expected, but: {string.Join(", ", other.Select(r => $"{r.Address} {r.Action}"))}");
            var changed = plan.Changes.Resources.Where(r => r.IsUpdate).SelectMany(r => r.ChangedAttributes).ToHashSet(StringComparer.Ordinal);
            var missing = new[] { "tags", window }.Concat(AlarmsOn() ? ["threshold"] : []).Where(a => !changed.Contains(a)).ToList();
            if (missing.Count > 0) return (ExitCode.TerraformFailed, counts, $"the change did not reach {string.Join(", ", missing)}");
        }
        return (ExitCode.Ok, counts, null);
    }

    /// <summary>The stack planned against the emulator (refreshed, locked) and judged as every change is judged.</summary>
    private (RehearsedPlan Plan, Judgement Judgement) PlanAndJudge(bool destroy = false)
    {
        var stack = _project.Stack();
        var plan = RehearsedPlan.Of(Terraform, stack, live: true, destroy: destroy);
        if (plan.Changes is null) return (plan, new Judgement(Name, []));
        var environment = EnvironmentFile.Read(_project.EnvironmentPath).Single();
        var context = JudgeContext.For(environment, _project.EnvironmentPath, _session.Provider.Version) with
        {
            Protected = SynthesisDiff.ProtectedAddresses(stack), RefusedByTerraform = plan.Refused, Configuration = stack,
        };
        return (plan, ChangeJudge.Judge(plan.Changes, context, ProviderSchema.Embedded()));
    }

    /// <summary>What stops a deploy, in a few words: the rules broken, the data lost.</summary>
    private static string Stopping(Judgement judgement) =>
        string.Join(", ", judgement.Findings.Where(f => f.Blocks).Select(f => f.RuleId ?? $"{f.Kind switch
        {
            FindingKind.DataLost => "data lost",
            FindingKind.RefusedByProtection => "refused by prevent_destroy",
            FindingKind.ProtectionOff => "protection off",
            _ => "the stack moves",
        }} ({f.Subject})").Distinct(StringComparer.Ordinal));

    /// <summary>
    /// <c>cdktf deploy &lt;env&gt; --auto-approve</c>, which synthesizes with the app and applies; with
    /// <c>--skip-synth</c> it applies what the cycle just synthesized (the same files, a few seconds less).
    /// Offline it needs <c>--skip-provider-lock</c>: the CLI would ask the registry for the provider's hashes.
    /// </summary>
    private (ExitCode, string, string?) Deploy(params string[] options)
    {
        var outputs = Path.Combine(_project.Folder, "outputs.json");
        var run = _cli.Run(_project.Folder, _project.EnvironmentsFolder, ["deploy", .. DeployedWith, Name, "--auto-approve", "--skip-provider-lock", "--outputs-file", outputs, .. options], _cancel);
        var text = Ansi().Replace(run.Stdout + run.Stderr, "");
        var applied = ApplyLine().Matches(text) is { Count: > 0 } all ? all[^1] : Match.Empty; // the last stack's: this one
        if (!run.Succeeded)
        {
            return (ExitCode.TerraformFailed, applied.Success ? $"{applied.Value.Trim()}, then exit {run.ExitCode}" : $"exit {run.ExitCode}", Tail(text, 40));
        }
        if (File.Exists(outputs) && JsonNode.Parse(File.ReadAllText(outputs))?[Name] is JsonObject values)
        {
            _outputs = values.ToDictionary(p => p.Key, p => p.Value?.ToJsonString().Trim('"') ?? "null", StringComparer.Ordinal);
        }
        return (ExitCode.Ok, applied.Success ? applied.Value.Trim() : "exit 0", null);
    }

    /// <summary>
    /// Applies exactly the plan the step before judged (<c>plan.bin</c>). The first deploy goes through the CDKTF
    /// CLI; the later ones apply the judged plan, which is what a reviewed pipeline does, and costs no CLI start.
    /// </summary>
    private (ExitCode, string, string?) ApplyJudgedPlan()
    {
        var applied = Terraform.Run("apply", "-input=false", "-no-color", "-lock-timeout=0s", "plan.bin");
        var line = ApplyLine().Match(applied.Stdout);
        return applied.Succeeded
            ? (ExitCode.Ok, line.Success ? line.Value.Trim() : "applied", null)
            : (ExitCode.TerraformFailed, "terraform apply failed", applied.Diagnostics);
    }

    private (ExitCode, string, string?) SteadyState() => Settled(afterWindow: false);

    /// <summary>
    /// A refreshed plan after an apply: empty, or changes AWS deferred to the maintenance window (AWS runs the old value
    /// until then, so the provider reads it back): then pending, and the window is simulated and the plan must be empty.
    /// </summary>
    private (ExitCode, string, string?) Settled(bool afterWindow)
    {
        var (plan, judgement) = PlanAndJudge();
        if (plan.Refused.Count > 0)
        {
            return (ExitCode.UnacknowledgedChange, $"changes after apply: a replacement of {string.Join(", ", plan.Refused.Order(StringComparer.Ordinal))}, refused by prevent_destroy",
                string.Join("\n", judgement.Findings.Where(f => f.Blocks).Select(ChangeReport.Describe)));
        }
        if (plan.Changes is null || plan.Plan is null) return (ExitCode.TerraformFailed, "terraform plan failed", plan.Failure);
        _lastPlan = plan.Plan;
        var changes = plan.Changes.Acting.ToList();
        var outputs = (plan.Plan["output_changes"]?.AsObject() ?? []).Where(o => o.Value?["actions"]?.AsArray().Any(a => a!.GetValue<string>() != "no-op") == true).Select(o => o.Key).ToList();
        if (changes.Count == 0 && outputs.Count == 0) return (ExitCode.Ok, "no changes", null);
        var pending = judgement.Pending.SelectMany(f => f.Paths).ToHashSet(StringComparer.Ordinal);
        var explained = outputs.Count == 0 && changes.All(c => c.IsUpdate && c.Type == ResourceAddresses.ReplicationGroupType && c.ChangedAttributes.All(pending.Contains));
        var list = string.Join("; ", changes.Select(c => $"{c.Address} {c.Action} ({string.Join(", ", c.ChangedAttributes)})").Concat(outputs.Select(o => $"output {o}")));
        if (!explained || afterWindow)
        {
            return (ExitCode.TerraformFailed, afterWindow && explained ? "still pending after the maintenance window" : "changes after apply (a perpetual diff)", list);
        }
        var cache = changes.Single();
        var window = ResourceChange.Text(cache.After, "maintenance_window") ?? ResourceChange.Text(cache.Before, "maintenance_window") ?? "AWS's choice";
        var group = ResourceChange.Text(cache.Before, "replication_group_id") ?? ResourceChange.Text(cache.After, "replication_group_id");
        _next.Add(($"maintenance window {window} (simulated: the emulator applies what AWS deferred)", () => Window(group)));
        _next.Add(("steady state after the window (terraform plan, refreshed: no changes)", () => Settled(afterWindow: true)));
        return (ExitCode.Ok, $"pending until the maintenance window {window}: " +
            string.Join(", ", cache.ChangedLeaves().Select(l => $"{l.Path} {l.Before?.ToJsonString()} → {l.After?.ToJsonString()}")), null);
    }

    private (ExitCode, string, string?) Window(string? group)
    {
        var applied = _emulator.SimulateMaintenanceWindow(group);
        return applied > 0 ? (ExitCode.Ok, $"{applied} deferred change{(applied == 1 ? "" : "s")} applied", null)
            : (ExitCode.TerraformFailed, "nothing was pending in the emulator", "the plan showed a deferred change, but the emulator held none for the group");
    }

    /// <summary>An out-of-band step of a rollout: the AWS CLI command a fix names, sent to the emulator as the CLI sends it to AWS.</summary>
    private (ExitCode, string, string?) RunOutOfBand(string command)
    {
        var (ok, answer) = _emulator.Aws(command);
        return ok ? (ExitCode.Ok, answer, null) : (ExitCode.TerraformFailed, "the emulator refused it, as AWS would", answer);
    }

    private (ExitCode, string, string?) Outputs()
    {
        var expected = ValkeyStack.OutputNames.Append(ValkeyStack.ConnectionUrlOutput).ToList();
        var missing = expected.Where(o => !_outputs.TryGetValue(o, out var v) || v is "null" or "").ToList();
        if (missing.Count > 0) return (ExitCode.TerraformFailed, $"missing or null: {string.Join(", ", missing)}", "cdktf deploy --outputs-file did not give every output a value");
        // Compare with what the provider read back from the emulator, in the steady-state plan.
        var state = _lastPlan?["prior_state"]?["values"]?["root_module"]?["resources"]?.AsArray() ?? [];
        var sg = state.FirstOrDefault(r => r?["type"]?.GetValue<string>() == ResourceAddresses.SecurityGroupType)?["values"];
        var serverless = state.FirstOrDefault(r => r?["type"]?.GetValue<string>() == ResourceAddresses.ServerlessCacheType)?["values"];
        // The cache of either kind: a replication group's attributes, or a serverless cache's endpoint lists (each an address
        // and a port), always TLS.
        var rg = serverless ?? state.FirstOrDefault(r => r?["type"]?.GetValue<string>() == ResourceAddresses.ReplicationGroupType)?["values"];
        var clusterMode = rg?["cluster_mode"]?.GetValue<string>() == "enabled";
        var port = (serverless is null ? rg?["port"] : serverless["endpoint"]?[0]?["port"])?.ToJsonString() ?? "?";
        var endpoint = (serverless is null ? rg?[CacheEndpoints.Attribute(clusterMode)] : serverless["endpoint"]?[0]?["address"])?.GetValue<string>() ?? "?";
        var reader = (serverless is null ? rg?[CacheEndpoints.ReaderAttribute(clusterMode)] : serverless["reader_endpoint"]?[0]?["address"])?.GetValue<string>() ?? "?";
        var tls = serverless is not null || rg?["transit_encryption_enabled"]?.GetValue<bool>() == true;
        var wanted = new Dictionary<string, string>
        {
            ["valkey_endpoint"] = endpoint,
            ["valkey_port"] = port,
            ["valkey_reader_endpoint"] = reader,
            ["replication_group_id"] = rg?["id"]?.GetValue<string>() ?? "?",
            ["security_group_id"] = sg?["id"]?.GetValue<string>() ?? "?",
            ["valkey_connection_url"] = CacheEndpoints.Url(tls, endpoint, port),
        };
        var wrong = wanted.Where(w => _outputs[w.Key] != w.Value).Select(w => $"{w.Key} = {_outputs[w.Key]}, but the state says {w.Value}").ToList();
        // The outputs beside those (users, the IAM policy): never null, and the policy names the replication group deployed.
        wrong.AddRange(_outputs.Where(o => o.Value is "null" or "").Select(o => $"{o.Key} is null"));
        if (_outputs.TryGetValue(ValkeyStack.IamPolicyOutput, out var policy) && rg?["arn"]?.GetValue<string>() is { } arn && !policy.Contains(arn, StringComparison.Ordinal))
        {
            wrong.Add($"{ValkeyStack.IamPolicyOutput} does not name the cache {arn}");
        }
        return wrong.Count == 0
            ? (ExitCode.Ok, $"{_outputs.Count} outputs; valkey_endpoint {endpoint}", null)
            : (ExitCode.TerraformFailed, "outputs differ from the state", string.Join("\n", wrong));
    }

    private (ExitCode, string, string?) PlanChange()
    {
        var environment = _project.ReadEnvironment();
        var variables = environment["variables"]!.AsObject();
        if (variables["tags"] is not JsonObject tags) variables["tags"] = tags = new JsonObject();
        tags["rehearsal"] = "in-place";
        if (AlarmsOn()) variables["alarm_memory_percent"] = variables["alarm_memory_percent"]?.GetValue<double>() == 80 ? 81 : 80;
        if (variables["serverless"] is JsonObject serverless)
        {
            // A serverless cache has no maintenance window: its daily snapshot time is the window-like setting it changes in place
            // (ModifyServerlessCache, DailySnapshotTime).
            serverless["daily_snapshot_time"] = serverless["daily_snapshot_time"]?.GetValue<string>() == "05:00" ? "06:00" : "05:00";
        }
        else
        {
            variables["maintenance_window"] = MaintenanceWindow(variables["maintenance_window"]?.GetValue<string>(), variables["snapshot_window"]?.GetValue<string>());
        }
        _project.WriteEnvironment(environment);
        var (code, result, detail) = Synthesize();
        return code == ExitCode.Ok ? Judge(expectUpdatesOnly: true, window: variables["serverless"] is null ? "maintenance_window" : "daily_snapshot_time") : (code, result, detail);
    }

    private (ExitCode, string, string?) Lock()
    {
        // A deploy holding the lock: terraform apply waiting for its approval. Then a second one must be refused.
        var environment = _session.Terraform.Environment.Where(e => e.Key != "TF_INPUT")
            .Append(new KeyValuePair<string, string?>("TF_INPUT", null));
        using var holder = ChildProcess.Start(_session.Terraform.Executable, ["apply", "-input=true", "-no-color"], Terraform.Folder, environment);
        try
        {
            if (!holder.WaitFor(said => said.Contains("Enter a value:", StringComparison.Ordinal), TimeSpan.FromMinutes(2)))
            {
                return (ExitCode.TerraformFailed, "the first deploy did not reach its approval", $"{holder.Stdout}{holder.Stderr}");
            }
            var second = Terraform.Run("apply", "-auto-approve", "-input=false", "-no-color", "-lock-timeout=0s");
            if (second.Succeeded) return (ExitCode.TerraformFailed, "the second deploy was not refused", "terraform apply went through while another held the state lock");
            return second.Diagnostics.Contains("Error acquiring the state lock", StringComparison.Ordinal)
                ? (ExitCode.Ok, "second deploy refused: Error acquiring the state lock", null)
                : (ExitCode.TerraformFailed, "the second deploy failed otherwise", second.Diagnostics);
        }
        finally
        {
            try
            {
                holder.Input.WriteLine("no"); // the first deploy is cancelled and lets go of the lock
            }
            catch (IOException) { }
            holder.CloseInput();
            try { holder.Wait(TimeSpan.FromSeconds(60)); }
            catch (TimeoutException) { }
        }
    }

    private (ExitCode, string, string?) RefuseReplacement()
    {
        var original = File.ReadAllText(_project.EnvironmentPath);
        var environment = _project.ReadEnvironment();
        var variables = environment["variables"]!.AsObject();
        // What forces a new cache: the port of a replication group; a serverless cache has none to choose, and its engine's
        // major version forces one instead (the provider's schema, aws_elasticache_serverless_cache.major_engine_version).
        var serverless = variables["serverless"] is not null;
        var forcing = serverless ? "major_engine_version" : "port";
        var type = serverless ? ResourceAddresses.ServerlessCacheType : ResourceAddresses.ReplicationGroupType;
        if (serverless)
        {
            var version = variables["engine_version"]?.GetValue<string>() ?? ValkeyCacheProps.DefaultEngineVersion;
            variables["engine_version"] = version.StartsWith('7') ? "8.0" : "7.2";
        }
        else
        {
            var port = variables["port"]?.GetValue<int>() ?? ValkeyCacheProps.DefaultPort;
            variables["port"] = port == 6380 ? 6381 : 6380;
        }
        _project.WriteEnvironment(environment);
        try
        {
            var (code, result, detail) = Synthesize();
            if (code != ExitCode.Ok) return (code, result, detail);
            var (plan, judgement) = PlanAndJudge();
            var rg = _project.Stack()["resource"]?[type]?.AsObject().Select(r => $"{type}.{r.Key}").FirstOrDefault();
            if (plan.Changes is null) return (ExitCode.TerraformFailed, "terraform plan failed", plan.Failure);
            if (plan.Refused.Count > 0)
            {
                return judgement.Findings.Any(f => f.Kind == FindingKind.RefusedByProtection && f.Subject == rg && f.Paths.Contains(forcing))
                    ? (ExitCode.Ok, $"refused: forced by {forcing}", null)
                    : (ExitCode.TerraformFailed, $"refused, but not for {forcing}", string.Join("\n", judgement.Findings.Select(ChangeReport.Describe)));
            }
            return judgement.Blocks
                ? (ExitCode.UnacknowledgedChange, "NOT refused: prevent_destroy is off", string.Join("\n", judgement.Findings.Where(f => f.Blocks).Select(ChangeReport.Describe)))
                : (ExitCode.TerraformFailed, $"the {forcing} change did not replace the cache", Counts(plan.Changes));
        }
        finally
        {
            // The environment file as deployed; cdktf.out keeps the refused change (nothing runs after this step but the root's release).
            File.WriteAllText(_project.EnvironmentPath, original);
        }
    }

    private (ExitCode, string, string?) RefuseDestroy()
    {
        var plan = RehearsedPlan.Of(Terraform, _project.Stack(), live: true, destroy: true);
        if (plan.Plan is not null) return (ExitCode.UnacknowledgedChange, "NOT refused: prevent_destroy is off", "terraform plan -destroy would destroy the cache");
        return plan.Refused.Count > 0
            ? (ExitCode.Ok, $"refused: {string.Join(", ", plan.Refused.Order(StringComparer.Ordinal))}", null)
            : (ExitCode.TerraformFailed, "terraform plan -destroy failed otherwise", plan.Failure);
    }

    private (ExitCode, string, string?) ReleaseRoot(ModuleRoot root)
    {
        if (_project.ReadEnvironment()["adoption"]?["import"] is null) return (ExitCode.Ok, "retired: the stack holds its state now", null);
        // Path A: the old root stops managing the three resources the stack imported, wherever it holds them (in a module, an
        // instance of one, or its root module); anything else the old root holds stays its own.
        var addresses = ImportedAddresses(root.State()).ToList();
        if (addresses.Count == 0) return (ExitCode.TerraformFailed, "nothing to release", "the existing root's state holds none of the resources the stack imported");
        var removed = root.Terraform(["state", "rm", "-lock-timeout=0s", .. addresses]);
        if (!removed.Succeeded) return (ExitCode.TerraformFailed, "terraform state rm failed", removed.Diagnostics);
        var left = ImportedAddresses(root.State()).ToList();
        return left.Count == 0
            ? (ExitCode.Ok, $"terraform state rm {string.Join(" ", addresses)}", null)
            : (ExitCode.TerraformFailed, "the root still holds what the stack imported", string.Join(", ", left));
    }

    /// <summary>The addresses in <paramref name="state"/> of the resources the stack imports: its replication group, subnet group and security group, by id.</summary>
    private IEnumerable<string> ImportedAddresses(JsonObject state)
    {
        var imports = (_project.Stack()["import"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(i => (Type: i["to"]!.GetValue<string>().Split('.')[0], Id: TerraformLiteral.Unescape(i["id"]!.GetValue<string>()))).ToList();
        foreach (var resource in (state["resources"]?.AsArray() ?? []).OfType<JsonObject>().Where(r => r["mode"]?.GetValue<string>() == "managed"))
        {
            var type = resource["type"]!.GetValue<string>();
            foreach (var (instance, i) in (resource["instances"]?.AsArray() ?? []).OfType<JsonObject>().Select((x, i) => (x, i)))
            {
                var id = instance["attributes"]?["id"]?.GetValue<string>();
                if (!imports.Any(m => m.Type == type && m.Id == id)) continue;
                var key = instance["index_key"] switch
                {
                    JsonValue v when v.TryGetValue<int>(out var n) => $"[{n}]",
                    JsonValue v when v.TryGetValue<string>(out var k) => $"[\"{k}\"]",
                    _ => "",
                };
                yield return (resource["module"] is { } module ? module.GetValue<string>() + "." : "") + $"{type}.{resource["name"]!.GetValue<string>()}{key}";
            }
        }
    }

    // ----- helpers -----

    private bool AlarmsOn() => _project.ReadEnvironment()["variables"]?["alarms_enabled"]?.GetValue<bool>() != false;

    private static IEnumerable<JsonNode> ManagedInstances(JsonObject state, string type) =>
        (state["resources"]?.AsArray() ?? [])
            .Where(r => r?["mode"]?.GetValue<string>() == "managed" && r["type"]?.GetValue<string>() == type)
            .SelectMany(r => r!["instances"]?.AsArray() ?? []).Select(i => i?["attributes"]).OfType<JsonNode>();

    /// <summary>"21 to create, 1 to update": the plan's non-zero counts, or "no changes".</summary>
    private static string Counts(ChangeSet changes)
    {
        var rows = changes.Resources.Where(r => r.Mode == "managed").ToList();
        var parts = new (string Action, int Count)[]
            {
                ("create", rows.Count(r => r.IsCreate)), ("update", rows.Count(r => r.IsUpdate)), ("move", rows.Count(r => r.PreviousAddress is not null)),
                ("import", rows.Count(r => r.Importing)), ("replace", rows.Count(r => r.IsReplace)), ("delete", rows.Count(r => r.IsDelete)),
            }
            .Where(x => x.Count > 0).Select(x => $"{x.Count} to {x.Action}").ToList();
        return parts.Count == 0 ? "no changes" : string.Join(", ", parts);
    }

    /// <summary>A weekly hour-long window unlike <paramref name="current"/> that does not overlap the daily <paramref name="snapshot"/> window.</summary>
    internal static string MaintenanceWindow(string? current, string? snapshot)
    {
        foreach (var hour in new[] { 5, 9, 13, 17, 21 })
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"wed:{hour:00}:00-wed:{hour + 1:00}:00");
            if (candidate == current) continue;
            if (snapshot is not null && WeeklyWindow.ParseDaily(snapshot) is { } daily && WeeklyWindow.ParseWeekly(candidate)!.Value.OverlapsDaily(daily)) continue;
            return candidate;
        }
        return "thu:02:00-thu:03:00";
    }

    private static string Tail(string text, int lines)
    {
        var all = text.TrimEnd().Split('\n');
        return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
    }

    [GeneratedRegex(@"\x1B\[[0-9;]*[A-Za-z]")]
    private static partial Regex Ansi();

    [GeneratedRegex(@"Apply complete! Resources: [^\n]*")]
    private static partial Regex ApplyLine();
}
