
namespace Valkey.Cdktf.App.Synthesis;

/// <summary>Builds the CDKTF app: one <see cref="ValkeyStack"/> per environment.</summary>
internal static class ValkeyApp
{
    /// <summary>
    /// An app with a stack for each environment, writing to <paramref name="outdir"/>
    /// (omitted: <c>CDKTF_OUTDIR</c> as the CDKTF CLI sets it, else <c>cdktf.out</c>).
    /// With <paramref name="debug"/>, says whether the jsii type index is in use.
    /// </summary>
    public static CdkApp Build(IEnumerable<EnvironmentConfig> environments, string? outdir = null, TextWriter? debug = null)
    {
        ArgumentNullException.ThrowIfNull(environments);
        // Before any provider type crosses into the runtime (see JsiiTypeIndex).
        var notInstalled = JsiiTypeIndex.TryInstall(typeof(AwsProvider));
        debug?.WriteLine(notInstalled is null
            ? $"debug: jsii type index installed for {typeof(AwsProvider).Assembly.GetName().Name}"
            : $"debug: jsii type index NOT installed ({notInstalled}): the runtime scans every provider type, about 1 s slower");
        // No stack traces in the output: they would differ per machine and leak paths.
        var app = new CdkApp(new AppConfig { Outdir = outdir, StackTraces = false });
        // Primaries first: a secondary's replication group refers to its primary's global datastore, which must exist to be
        // referred to. The reference crosses stacks (CDKTF: an output in the primary's, a terraform_remote_state in the
        // secondary's) and makes the secondary's stack depend on the primary's, so cdktf deploy deploys the primary first.
        var stacks = environments.OrderBy(e => e.GlobalDatastore is GlobalDatastoreSecondary ? 1 : 0)
            .Select(e => new ValkeyStack(app, e))
            .ToDictionary(s => s.Environment.Name, StringComparer.Ordinal);
        foreach (var secondary in stacks.Values.Where(s => s.Environment.GlobalDatastore is GlobalDatastoreSecondary))
        {
            var primaryName = ((GlobalDatastoreSecondary)secondary.Environment.GlobalDatastore!).PrimaryEnvironment;
            var primary = stacks.GetValueOrDefault(primaryName)?.GlobalDatastore
                ?? throw new ValkeyConfigurationException(secondary.Node.Path, [ConfigurationProblem.For("global_datastore.primary", primaryName,
                    "an environment of this app whose global_datastore role is primary: a secondary is synthesized with its primary")]);
            primary.AddSecondary(secondary.Cache);
        }
        return app;
    }
}
