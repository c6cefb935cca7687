using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Guard;

/// <summary>
/// The replacement guard: synthesizes every environment (into a temporary folder; cdktf.out
/// is not touched), compares each stack with its last accepted synthesis, prints what changes
/// and what Terraform will do, and fails when a resource would be replaced, destroyed, moved to
/// another state or region, or lose its protection, without the environment file acknowledging
/// that exact change. A missing baseline is an error, unless the environment is declared new;
/// an environment in the baseline whose file is gone fails unless its removal is acknowledged.
/// </summary>
internal static class GuardCommand
{
    /// <summary>Where the accepted syntheses are by default: <c>accepted/</c>, also the snapshot tests' oracle.</summary>
    public static readonly string DefaultBaseline = Toolchain.AcceptedFolder.Length == 0 ? "accepted" : $"accepted/{Toolchain.AcceptedFolder}";

    /// <summary>
    /// Runs the guard. <paramref name="baseline"/> is a folder of <c>&lt;env&gt;.cdk.tf.json</c> files,
    /// a cdktf.out folder (with <c>stacks/&lt;env&gt;/cdk.tf.json</c>), or, with <paramref name="only"/>,
    /// one cdk.tf.json file.
    /// </summary>
    /// <param name="environmentsFolder">The environment files.</param>
    /// <param name="baseline">The accepted syntheses.</param>
    /// <param name="only">One environment to check; null for all.</param>
    /// <param name="declaredNew">Environments without an accepted synthesis yet (<c>--new</c>).</param>
    /// <param name="removed">Environments whose removal is acknowledged, with the reason (<c>--removed NAME=REASON</c>).</param>
    /// <param name="output">The report.</param>
    /// <param name="error">Errors.</param>
    /// <param name="terminal">Whether <paramref name="output"/> is a terminal (table borders and colour).</param>
    /// <param name="reportsFolder">Where to write guard.sarif and guard.junit.xml (<see cref="FindingReports"/>); null for none.</param>
    public static ExitCode Run(string environmentsFolder, string baseline, string? only, IReadOnlySet<string> declaredNew,
        IReadOnlyDictionary<string, string> removed, TextWriter output, TextWriter error, bool terminal = false, string? reportsFolder = null)
    {
        ArgumentNullException.ThrowIfNull(declaredNew);
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var (environments, failed) = SynthCommand.Select(environmentsFolder, only, error);
        if (environments is null) return failed;
        var isFile = File.Exists(baseline);
        if (isFile && only is null)
        {
            error.WriteLine($"error: --against {baseline} is a file; name the environment it belongs to with --env <name>");
            return ExitCode.UsageError;
        }
        var isFolder = Directory.Exists(baseline);
        var baselines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var environment in environments)
        {
            var file = isFile ? baseline : BaselineFile(baseline, environment.Name);
            if (File.Exists(file)) baselines[environment.Name] = file;
            else if (!declaredNew.Contains(environment.Name))
            {
                error.WriteLine(isFolder || isFile
                    ? $"error: {environment.Name}: no accepted synthesis at {file}: the guard cannot tell what would be replaced. " +
                      $"If {environment.Name} is a new environment, say so with --new {environment.Name}."
                    : $"error: the baseline {baseline} does not exist: name an accepted synthesis with --against (a cdktf.out folder, " +
                      $"a folder of <env>.cdk.tf.json files, or with --env one cdk.tf.json), or declare a new environment with --new {environment.Name}.");
                return ExitCode.UsageError;
            }
        }
        var reports = new List<(string Header, ChangeSet Changes, Judgement Judgement)>();
        if (only is null && isFolder)
        {
            var present = environments.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var (stack, file) in BaselineStacks(baseline).Where(b => !present.Contains(b.Stack)))
            {
                reports.Add(Removed(stack, file, environmentsFolder, removed));
            }
        }
        foreach (var name in removed.Keys.Where(name => reports.All(r => r.Judgement.Stack != name)))
        {
            output.WriteLine($"note: --removed {name}: there is no accepted synthesis of {name} without an environment file; nothing to acknowledge.");
        }

        var schema = ProviderSchema.Embedded();
        var staging = Path.Combine(Path.GetTempPath(), $"valkey-guard-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            foreach (var (environment, _, proposed) in Synthesizer.Synthesize(environments, staging))
            {
                if (!baselines.TryGetValue(environment.Name, out var file))
                {
                    output.WriteLine($"{environment.Name}: declared new (--new): every resource is created; nothing to compare.");
                    continue;
                }
                if (declaredNew.Contains(environment.Name))
                {
                    output.WriteLine($"note: --new {environment.Name}: it has an accepted synthesis at {file}; compared with it.");
                }
                var accepted = JsonNode.Parse(File.ReadAllText(file))!;
                var changes = SynthesisDiff.Compare(accepted, proposed, schema);
                var context = JudgeContext.For(environment, Path.Combine(environmentsFolder, $"{environment.Name}.json"), PinnedProvider.Of(proposed)) with
                {
                    Protected = SynthesisDiff.ProtectedAddresses(proposed), Configuration = proposed,
                };
                reports.Add(($"{environment.Name}: compared with {file}", changes, ChangeJudge.Judge(changes, context, schema)));
            }
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        foreach (var (header, changes, judgement) in reports)
        {
            output.WriteLine(header);
            ChangeReport.Write(changes, judgement, output, terminal);
        }
        if (reportsFolder is not null)
        {
            FindingReports.Write(reportsFolder, "guard", FindingReports.Results(reports.Select(r => r.Judgement), environmentsFolder, "guard"));
            output.WriteLine($"reports: {Path.Combine(reportsFolder, "guard.sarif")}, {Path.Combine(reportsFolder, "guard.junit.xml")}");
        }
        return reports.Any(r => r.Judgement.Blocks) ? ExitCode.UnacknowledgedChange : ExitCode.Ok;
    }

    /// <summary>The judged change of an environment the baseline has and the environment files no longer do.</summary>
    private static (string, ChangeSet, Judgement) Removed(string stack, string file, string environmentsFolder, IReadOnlyDictionary<string, string> removed)
    {
        var change = new StackChange(StackChangeKind.EnvironmentRemoved, StackChange.EnvironmentAddress, AcknowledgedReplacement.Removal, JsonValue.Create(stack), null,
            $"{Path.Combine(environmentsFolder, stack + ".json")} is gone (removed or renamed): its stack's resources are no longer managed by this " +
            "repository, and `cdktf destroy` or a renamed stack over the same state would destroy them");
        var changes = new ChangeSet([], [change]);
        var context = new JudgeContext(stack, Path.Combine(environmentsFolder, stack + ".json"), PinnedProvider.Version)
        {
            Acknowledgements = removed.TryGetValue(stack, out var reason) ? [new AcknowledgedReplacement(StackChange.EnvironmentAddress, AcknowledgedReplacement.Removal, null, reason)] : [],
        };
        return ($"{stack}: compared with {file}", changes, ChangeJudge.Judge(changes, context, ProviderSchema.Embedded()));
    }

    private static string BaselineFile(string baseline, string stack)
    {
        var inCdktfOut = Path.Combine(baseline, OutputDirectory.StacksFolder, stack, "cdk.tf.json");
        return Directory.Exists(Path.Combine(baseline, OutputDirectory.StacksFolder)) ? inCdktfOut : Path.Combine(baseline, $"{stack}.cdk.tf.json");
    }

    /// <summary>Every stack with an accepted synthesis in a baseline folder.</summary>
    private static IEnumerable<(string Stack, string File)> BaselineStacks(string baseline)
    {
        var stacks = Path.Combine(baseline, OutputDirectory.StacksFolder);
        if (Directory.Exists(stacks))
        {
            return Directory.GetDirectories(stacks)
                .Select(d => (Stack: Path.GetFileName(d), File: Path.Combine(d, "cdk.tf.json")))
                .Where(s => File.Exists(s.File))
                .OrderBy(s => s.Stack, StringComparer.Ordinal);
        }
        return Directory.GetFiles(baseline, "*.cdk.tf.json")
            .Select(f => (Stack: Path.GetFileName(f)[..^".cdk.tf.json".Length], File: f))
            .OrderBy(s => s.Stack, StringComparer.Ordinal);
    }
}
