using System.Text.Json.Nodes;
using Spectre.Console;

namespace Valkey.Cdktf.Tools.Rehearsal;

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
        CancellationToken cancel = default, string? reportsFolder = null)
    {
        var (keep, unusable) = KeptFolder.Read();
        if (unusable is not null)
        {
            error.WriteLine($"error: {unusable}");
            return ExitCode.UsageError;
        }
        var (environments, failed) = SynthCommand.Select(environmentsFolder, only, error);
        if (environments is null) return failed;
        if (stateFile is not null)
        {
            if (environments.Count != 1)
            {
                error.WriteLine("error: --state FILE belongs to one environment: name it with --env NAME");
                return ExitCode.UsageError;
            }
            if (StateFile.Read(stateFile).Problem is { } badState)
            {
                error.WriteLine($"error: {badState}");
                return ExitCode.UsageError;
            }
        }
        var scratch = keep ?? Path.Combine(Path.GetTempPath(), $"valkey-rehearse-{Environment.ProcessId}-{Guid.NewGuid():N}");
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
                    outcomes[i] = StackEvaluation.Evaluate(session, environments[i], Path.Combine(environmentsFolder, $"{environments[i].Name}.json"), stacks[i].Json, stateFile);
                });
                cancel.ThrowIfCancellationRequested();
                foreach (var outcome in outcomes) RehearsalReport.Write(outcome, output, terminal);
                if (reportsFolder is not null)
                {
                    var results = FindingReports.Results(outcomes.Select(o => o.Judgement), environmentsFolder, "rehearse")
                        .Where(r => r.RuleId != FindingReports.Clean.Id || outcomes.First(o => o.Stack == r.Stack).Problems.Count == 0)
                        .Concat(outcomes.SelectMany(o => FindingReports.Problems(o.Stack, o.Problems, environmentsFolder))).ToList();
                    FindingReports.Write(reportsFolder, "rehearse", results);
                    output.WriteLine($"reports: {Path.Combine(reportsFolder, "rehearse.sarif")}, {Path.Combine(reportsFolder, "rehearse.junit.xml")}");
                }
                return outcomes.Max(o => o.Code);
            }
        }
        finally
        {
            if (keep is not null)
            {
                error.WriteLine($"note: the rehearsal's folders are kept in {keep} ({KeptFolder.Variable})");
            }
            else
            {
                try { if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true); }
                catch (IOException) { }
            }
        }
    }
}
