using Valkey.Cdktf.Tools.Emulator;
using Valkey.Cdktf.Tools.Rehearsal;

namespace Valkey.Cdktf.Tools.Deploy;

/// <summary>
/// <c>rehearse --deploy [--env NAME] [--from DIR]</c>: a deploy cycle per environment against an AWS
/// emulator on a loopback port (<see cref="DeployCycle"/>), in a scratch folder: the user's
/// <c>cdktf.out</c>, state files, environment files and DIR are never written. Exit codes as the
/// rehearsal's: 0, 2 (no emulator, Terraform, provider or CLI; bad arguments), 3 (a replacement or
/// destroy, or Terraform refused it for prevent_destroy), 4 (a Terraform, CLI or emulator failure,
/// changes after apply, an output missing).
/// </summary>
internal static class DeployCommand
{
    public static ExitCode Run(string environmentsFolder, string? only, string? from, IReadOnlyList<string> then, TextWriter output, TextWriter error,
        bool terminal = false, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (keep, unusable) = KeptFolder.Read();
        if (unusable is not null)
        {
            error.WriteLine($"error: {unusable}");
            return ExitCode.UsageError;
        }
        var (environments, failed) = SynthCommand.Select(environmentsFolder, only, error);
        if (environments is null) return failed;
        if (Refusal(environments, environmentsFolder, from, then) is { } refusal)
        {
            error.WriteLine($"error: {refusal}");
            return ExitCode.UsageError;
        }
        // Each step as it finishes, also into a file: a cycle takes minutes, and two run side by side.
        var gate = new object();
        void Progress(string stack, DeployStep step)
        {
            lock (gate)
            {
                output.WriteLine($"{stack}: {step.Name}: {(step.Passed ? "" : "FAILED, ")}{step.Result} ({step.Seconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s)");
                output.Flush();
            }
        }
        var run = Execute(environments, environmentsFolder, from, new object(), cancel, then, Progress, keep);
        cancel.ThrowIfCancellationRequested();
        if (keep is not null) error.WriteLine($"note: the deploy rehearsal's folders are kept in {keep} ({KeptFolder.Variable})");
        if (run.Problem is not null)
        {
            error.WriteLine($"error: {run.Problem}");
            return run.Code;
        }
        DeployReport.Header(output, run);
        foreach (var outcome in run.Outcomes) DeployReport.Write(outcome, output, terminal);
        DeployReport.Summary(output, run);
        return run.Code;
    }

    /// <summary>
    /// Runs the cycles of <paramref name="environments"/> (two at a time) against one emulator, in a
    /// scratch folder removed at the end (or in <paramref name="keep"/>, left there), and returns what happened; prints nothing.
    /// <paramref name="synthLock"/> serializes synthesis in this process (the jsii runtime serves one app at a time).
    /// </summary>
    internal static DeployRun Execute(IReadOnlyList<EnvironmentConfig> environments, string environmentsFolder, string? from, object synthLock,
        CancellationToken cancel = default, IReadOnlyList<string>? then = null, Action<string, DeployStep>? progress = null, string? keep = null)
    {
        var scratch = keep ?? Path.Combine(Path.GetTempPath(), $"valkey-deploy-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(scratch);
            var seed = Path.Combine(scratch, "emulator-seed.json");
            // The later versions too: a version may name a secret or topic the first does not.
            var versions = (then ?? []).Where(f => !OutOfBand.IsCommand(f)).Select(f => ReadVersion(f, environments[0].Name).Environment).OfType<EnvironmentConfig>();
            File.WriteAllText(seed, EmulatorSeed.For(environments.Concat(versions)).ToJsonString());
            // The emulator starts once the provider is found: its patches fit the provider's version.
            EmulatorServer? emulator = null;
            string? noEmulator = null;
            var (session, problem) = RehearsalSession.Start(Path.Combine(scratch, "terraform"), binary =>
            {
                (emulator, noEmulator) = EmulatorServer.Start(seed, optional: EmulatorServer.OptionalPatchesFor(binary.Version));
                return emulator is null ? null : new Dictionary<string, string> { [EmulatorOverride.EndpointVariable] = emulator.Endpoint };
            });
            using (emulator)
            {
                if (session is null) return new DeployRun([], noEmulator ?? problem);
                using (session)
                {
                    var (cli, noCli) = CdktfCli.Find(session.Terraform);
                    if (cli is null) return new DeployRun([], noCli);
                    var outcomes = new DeployOutcome[environments.Count];
                    var units = Units(environments);
                    Parallel.For(0, units.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, u =>
                    {
                        // One project a unit: a global datastore's members are one app (a secondary's stack reads its primary's
                        // state), deployed one after the other in it, the primary first; any other environment is a unit alone.
                        var unit = units[u];
                        var files = unit.Select(i => Path.Combine(environmentsFolder, $"{environments[i].Name}.json")).ToList();
                        var first = ScratchProject.Create(Path.Combine(scratch, "deploy", environments[unit[0]].Name), files, synthLock);
                        string? failed = null;
                        foreach (var i in unit)
                        {
                            var environment = environments[i];
                            if (failed is not null)
                            {
                                outcomes[i] = new DeployOutcome(environment.Name,
                                    [new DeployStep("deploy", ExitCode.TerraformFailed, $"not run: {failed} did not deploy, and this stack reads its state", 0, null)], []);
                                continue;
                            }
                            // Every member after the first is a secondary of the first (Units), deployed beside it.
                            var cycle = new DeployCycle(session, cli, emulator!, first.Member(environment.Name), cancel, progress)
                            {
                                DeployedWith = i == unit[0] ? [] : [environments[unit[0]].Name],
                            };
                            outcomes[i] = cycle.Run(from, then);
                            if (outcomes[i].Failure is not null) failed ??= environment.Name;
                        }
                    });
                    return new DeployRun(outcomes, null)
                    {
                        Terraform = session.Terraform.Version.ToString(),
                        Provider = session.Provider,
                        Moto = emulator!.MotoVersion,
                        EmulatorPort = emulator!.Port,
                        EmulatorProcessId = emulator.ProcessId,
                    };
                }
            }
        }
        finally
        {
            if (keep is null) RemoveScratch(scratch);
        }
    }

    /// <summary>
    /// The environments grouped into what deploys together, as indexes of <paramref name="environments"/>: each global
    /// datastore primary with the secondaries that name it (the primary first, then the secondaries in their order), every other
    /// environment alone.
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<int>> Units(IReadOnlyList<EnvironmentConfig> environments)
    {
        ArgumentNullException.ThrowIfNull(environments);
        var names = environments.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var joining = (int i) => environments[i].GlobalDatastore is GlobalDatastoreSecondary s && names.Contains(s.PrimaryEnvironment) ? s.PrimaryEnvironment : null;
        var units = new List<List<int>>();
        for (var i = 0; i < environments.Count; i++)
        {
            if (joining(i) is not null) continue;
            var unit = new List<int> { i };
            unit.AddRange(Enumerable.Range(0, environments.Count).Where(j => joining(j) == environments[i].Name));
            units.Add(unit);
        }
        return units;
    }

    /// <summary>Removes the scratch folder; a process that was stopping may still write for a moment, so it tries again.</summary>
    private static void RemoveScratch(string scratch)
    {
        for (var attempt = 0; attempt < 20 && Directory.Exists(scratch); attempt++)
        {
            try { Directory.Delete(scratch, recursive: true); }
            catch (IOException) { Thread.Sleep(250); }
            catch (UnauthorizedAccessException) { Thread.Sleep(250); }
        }
    }

    /// <summary>
    /// A later version of environment <paramref name="name"/>'s file, read as that environment (its problems
    /// named by <paramref name="file"/>'s own path); or its problems.
    /// </summary>
    internal static (EnvironmentConfig? Environment, string? Problem) ReadVersion(string file, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"valkey-then-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(folder);
            var copy = Path.Combine(folder, $"{name}.json");
            File.Copy(file, copy);
            using var problems = new StringWriter();
            var read = SynthCommand.ReadOrReport(folder, problems);
            return read is null ? (null, problems.ToString().Trim().Replace(copy, file, StringComparison.Ordinal)) : (read[0], null);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Why the arguments cannot be rehearsed, in one line; null when they can.</summary>
    internal static string? Refusal(IReadOnlyList<EnvironmentConfig> environments, string environmentsFolder, string? from, IReadOnlyList<string>? then = null)
    {
        if (from is not null && environments.Count != 1) return "--from DIR belongs to one environment: name it with --env NAME";
        if (then is { Count: > 0 } && environments.Count != 1) return "--then FILE belongs to one environment: name it with --env NAME";
        foreach (var file in then ?? [])
        {
            if (OutOfBand.IsCommand(file))
            {
                if (OutOfBand.Refusal(file) is { } wrong) return wrong;
                continue;
            }
            if (!File.Exists(file)) return $"--then {file}: no such file (a later version of the environment's file)";
            if (ReadVersion(file, environments[0].Name).Problem is { } problem) return $"--then {file}: {problem}";
        }
        foreach (var environment in environments)
        {
            var file = Path.Combine(environmentsFolder, $"{environment.Name}.json");
            if (from is null && environment.Import is not null)
            {
                return $"{file}: adoption.import imports resources that exist: rehearse it with --from DIR, the Terraform root that holds them today";
            }
            if (from is not null && environment.Import is null && environment.MovedFromModule is null)
            {
                return $"{file}: --from {from} needs the environment to adopt the root's resources: set \"adoption\": {{\"moved_from_module\": {{}}}} or {{\"moved_from_root\": {{}}}} (the stack takes over the root's state) " +
                    "or {\"import\": {\"security_group_id\": \"sg-…\"}} (a new state that imports them)";
            }
        }
        return null;
    }
}
