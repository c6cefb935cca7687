
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
        foreach (var environment in environments)
        {
            _ = new ValkeyStack(app, environment);
        }
        return app;
    }
}
