namespace Valkey.Cdktf.App.Synthesis;

/// <summary>
/// What the app does: read and check every environment file, and only then start the
/// CDKTF runtime and synthesize, all or nothing (<see cref="OutputDirectory"/>). A user's
/// mistake is written to <c>error</c> as a list of problems and gives exit code 1, with no
/// stack trace; I/O failures and interrupts are the caller's to catch.
/// </summary>
internal static class SynthCommand
{
    /// <summary>Synthesizes every environment in <paramref name="environmentsFolder"/> into <paramref name="outdir"/>.</summary>
    /// <param name="environmentsFolder">The environment files.</param>
    /// <param name="outdir">The output folder.</param>
    /// <param name="error">Problems, warnings and notes.</param>
    /// <param name="underCdktfCli">Run by the CDKTF CLI, which deletes stack folders it does not know after the app exits.</param>
    /// <param name="cancel">An interrupt: honoured up to the moment the new synthesis is put in place.</param>
    /// <param name="checkpoint">See <see cref="OutputDirectory.Publish"/>.</param>
    /// <param name="debug">Where debug lines go (<c>VALKEY_DEBUG=1</c>); null for none.</param>
    /// <param name="output">Where the summary goes (one row per environment); null for none.</param>
    /// <param name="terminal">Whether <paramref name="output"/> is a terminal.</param>
    public static ExitCode Run(string environmentsFolder, string outdir, TextWriter error, bool underCdktfCli = false, CancellationToken cancel = default,
        Action<string>? checkpoint = null, TextWriter? debug = null, TextWriter? output = null, bool terminal = false)
    {
        // Read and check first: the jsii runtime (a Node.js process) starts only for valid input.
        var environments = ReadOrReport(environmentsFolder, error);
        if (environments is null) return ExitCode.ConfigurationError;
        cancel.ThrowIfCancellationRequested();
        var summaries = new List<Compliance.EnvironmentSummary>();
        PublishResult result;
        try
        {
            result = OutputDirectory.Publish(outdir, staging =>
            {
                summaries.AddRange(CheckStacks(Synthesizer.Synthesize(environments, staging, debug), environmentsFolder));
                File.WriteAllText(Path.Combine(staging, Compliance.ComplianceReports.CostFile), Compliance.ComplianceReports.CostMarkdown(summaries));
            }, underCdktfCli, cancel, checkpoint);
        }
        catch (ComplianceFailure failure)
        {
            foreach (var line in failure.Lines) error.WriteLine(line);
            error.WriteLine("Nothing was written: fix the stacks, or waive the rules with a reason in the environment's \"compliance\": {\"waivers\": [...]}.");
            return ExitCode.ConfigurationError;
        }
        foreach (var summary in summaries.Where(s => !s.Compliance.Enforce))
        {
            foreach (var o in summary.Compliance.Outcomes.Where(o => o.Status == "failed"))
            {
                error.WriteLine($"warning: {EnvironmentPath(environmentsFolder, summary.Stack)}: compliance {o.Rule.Id}: {o.Failure} ({string.Join(", ", o.Rule.Controls)})");
            }
        }
        if (output is not null) SummaryWriter.Write(summaries, output, terminal);
        foreach (var kept in result.Kept)
        {
            error.WriteLine($"warning: {kept.Folder} kept: its environment file is gone (removed or renamed), but it holds {string.Join(", ", kept.Holds)}.");
            error.WriteLine("  If that state still manages resources, run terraform there (destroy, or state mv to the new stack) first; then remove the folder: rm -r " + kept.Folder);
        }
        foreach (var removed in result.Removed)
        {
            error.WriteLine(underCdktfCli
                ? $"note: {removed} goes (the CDKTF CLI removes it after the app): its environment file is gone and it holds only its synthesis."
                : $"note: {removed} removed: its environment file is gone and it held only its synthesis.");
        }
        return ExitCode.Ok;
    }

    /// <summary>
    /// The environments a command works on: all in the folder, or the one <c>--env</c> names (a global datastore's secondary
    /// with its primary first); or null
    /// and the exit code (a bad file, or no such environment), with the reason written to <paramref name="error"/>.
    /// </summary>
    public static (IReadOnlyList<EnvironmentConfig>? Environments, ExitCode Failure) Select(string environmentsFolder, string? only, TextWriter error)
    {
        var environments = ReadOrReport(environmentsFolder, error);
        if (environments is null) return (null, ExitCode.ConfigurationError);
        if (only is null) return (environments, ExitCode.Ok);
        var selected = environments.Where(e => e.Name == only).ToList();
        if (selected is [{ GlobalDatastore: GlobalDatastoreSecondary { PrimaryEnvironment: var primary } }])
        {
            // A secondary is synthesized, planned and deployed with its primary, which its stack reads and depends on.
            error.WriteLine($"note: --env {only} is a global datastore's secondary: its primary {primary} comes with it, first");
            selected.InsertRange(0, environments.Where(e => e.Name == primary));
        }
        if (selected.Count > 0) return (selected, ExitCode.Ok);
        error.WriteLine($"error: --env {only}: no {only}.json in {environmentsFolder}");
        return (null, ExitCode.UsageError);
    }

    /// <summary>Every environment in the folder; or null, with every problem written to <paramref name="error"/>.</summary>
    public static IReadOnlyList<EnvironmentConfig>? ReadOrReport(string environmentsFolder, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var reading = EnvironmentFile.ReadFolder(environmentsFolder);
        foreach (var warning in reading.Warnings) error.WriteLine($"warning: {warning}");
        if (reading.Succeeded) return reading.Environments;
        foreach (var file in reading.Problems) error.WriteLine($"error: {file}");
        error.WriteLine("Nothing was written: fix the problems above and run again.");
        return null;
    }

    /// <summary>
    /// Reads every synthesized stack once: audits it for expressions, checks it against the
    /// compliance rules, writes each report as compliance.json beside its cdk.tf.json (in the
    /// staging folder), and stops everything when a stack is blocked: an unwaived failure under
    /// enforcement, or a waiver that does not fit.
    /// </summary>
    private static IReadOnlyList<Compliance.EnvironmentSummary> CheckStacks(IReadOnlyList<SynthesizedStack> stacks, string environmentsFolder)
    {
        var summaries = new List<Compliance.EnvironmentSummary>();
        var blocked = new List<string>();
        foreach (var (environment, folder, stack) in stacks)
        {
            AuditExpressions(environment.Name, stack);
            var report = Compliance.ComplianceReport.Evaluate(environment.Name, stack, environment.Compliance, environment.Cache);
            var summary = Compliance.EnvironmentSummary.Of(environment, stack, report);
            File.WriteAllText(Path.Combine(folder, OutputDirectory.ComplianceFile), report.ToJson(summary).ToJsonString(Indented) + "\n");
            var source = EnvironmentPath(environmentsFolder, environment.Name);
            var results = Compliance.ComplianceReports.Results(report, Reports.ReportPaths.Relative(source), File.Exists(source) ? File.ReadAllText(source) : "");
            File.WriteAllText(Path.Combine(folder, Compliance.ComplianceReports.SarifFile), Reports.SarifLog.Write(Compliance.ComplianceReports.Tool, Compliance.ComplianceReports.Rules, results));
            File.WriteAllText(Path.Combine(folder, Compliance.ComplianceReports.JUnitFile), Reports.JUnitReport.Write(Compliance.ComplianceReports.Tool, Compliance.ComplianceReports.Rules, results));
            summaries.Add(summary);
            if (!report.Blocks) continue;
            var file = EnvironmentPath(environmentsFolder, environment.Name);
            blocked.AddRange(report.WaiverProblems.Select(p => $"error: {file}: {p}"));
            if (report.Enforce)
            {
                blocked.AddRange(report.Outcomes.Where(o => o.Status == "failed").Select(o =>
                    $"error: {file}: compliance {o.Rule.Id} fails ({o.Rule.Title}): {o.Failure}; controls: {string.Join(", ", o.Rule.Controls)}"));
            }
        }
        if (blocked.Count > 0) throw new ComplianceFailure(blocked);
        return summaries;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The environment file of <paramref name="stack"/>, as messages name it: the file to edit.</summary>
    private static string EnvironmentPath(string environmentsFolder, string stack) => Path.Combine(environmentsFolder, $"{stack}.json");

    /// <summary>
    /// The last line of defence against expression injection: every stack must hold no Terraform
    /// expression but references to its own resources. A hit is a bug (an input that was not
    /// escaped), so nothing is written.
    /// </summary>
    private static void AuditExpressions(string name, System.Text.Json.Nodes.JsonNode stack)
    {
        var found = InterpolationAudit.Find(stack);
        if (found.Count > 0)
        {
            throw new InvalidOperationException(
                $"stack {name} holds Terraform expressions that no input may produce (a bug; nothing was written): {string.Join("; ", found)}");
        }
    }
}
