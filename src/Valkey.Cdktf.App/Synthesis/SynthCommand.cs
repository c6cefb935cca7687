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
    public static ExitCode Run(string environmentsFolder, string outdir, TextWriter error, bool underCdktfCli = false, CancellationToken cancel = default,
        Action<string>? checkpoint = null, TextWriter? debug = null)
    {
        // Read and check first: the jsii runtime (a Node.js process) starts only for valid input.
        var environments = ReadOrReport(environmentsFolder, error);
        if (environments is null) return ExitCode.ConfigurationError;
        cancel.ThrowIfCancellationRequested();
        var result = OutputDirectory.Publish(outdir, staging =>
        {
            ValkeyApp.Build(environments, staging, debug).Synth();
            AuditExpressions(staging, environments);
        }, underCdktfCli, cancel, checkpoint);
        foreach (var kept in result.Kept)
        {
            error.WriteLine($"warning: {kept.Folder} kept: its environment file is gone (removed or renamed), but it holds {string.Join(", ", kept.Holds)}.");
            error.WriteLine("  If that state still manages resources, run terraform there (destroy, or state mv to the new stack) first; then remove the folder: rm -r " + kept.Folder);
        }
        foreach (var removed in result.Removed)
        {
            error.WriteLine($"note: {removed} removed: its environment file is gone and it held only its synthesis.");
        }
        return ExitCode.Ok;
    }

    /// <summary>Every environment in the folder; or null, with every problem written to <paramref name="error"/>.</summary>
    public static IReadOnlyList<EnvironmentConfig>? ReadOrReport(string environmentsFolder, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var warnings = new List<string>();
        try
        {
            var environments = EnvironmentFile.ReadFolder(environmentsFolder, warnings);
            foreach (var warning in warnings) error.WriteLine($"warning: {warning}");
            return environments;
        }
        catch (ValkeyConfigurationException e)
        {
            foreach (var warning in warnings) error.WriteLine($"warning: {warning}");
            error.WriteLine($"error: {e.Message}");
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is ValkeyConfigurationException))
        {
            foreach (var warning in warnings) error.WriteLine($"warning: {warning}");
            foreach (var inner in e.InnerExceptions) error.WriteLine($"error: {inner.Message}");
        }
        error.WriteLine("Nothing was written: fix the problems above and run again.");
        return null;
    }

    /// <summary>
    /// The last line of defence against expression injection: every stack must hold no Terraform
    /// expression but references to its own resources. A hit is a bug (an input that was not
    /// escaped), so nothing is written.
    /// </summary>
    private static void AuditExpressions(string staging, IReadOnlyList<EnvironmentConfig> environments)
    {
        foreach (var environment in environments)
        {
            var file = Path.Combine(staging, OutputDirectory.StacksFolder, environment.Name, OutputDirectory.StackFile);
            var found = InterpolationAudit.Find(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!);
            if (found.Count > 0)
            {
                throw new InvalidOperationException(
                    $"stack {environment.Name} holds Terraform expressions that no input may produce (a bug; nothing was written): {string.Join("; ", found)}");
            }
        }
    }
}
