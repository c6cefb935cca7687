using Valkey.Cdktf.Configuration;
using Valkey.Cdktf.Validation;

namespace Valkey.Cdktf.Synthesis;

/// <summary>
/// What the app does: read and check every environment file, and only then start the
/// CDKTF runtime and synthesize, all or nothing. A user's mistake is written to
/// <c>error</c> as a list of problems and gives exit code 1, with no stack trace; anything
/// else is a bug and is thrown with its trace.
/// </summary>
public static class SynthCommand
{
    /// <summary>Exit code for bad environment files.</summary>
    public const int ConfigurationError = 1;

    /// <summary>Synthesizes every environment in <paramref name="environmentsFolder"/> into <paramref name="outdir"/>.</summary>
    public static int Run(string environmentsFolder, string outdir, TextWriter error)
    {
        // Read and check first: the jsii runtime (a Node.js process) starts only for valid input.
        var environments = ReadOrReport(environmentsFolder, error);
        if (environments is null) return ConfigurationError;
        OutputDirectory.Replace(outdir, staging => ValkeyApp.Build(environments, staging).Synth());
        return 0;
    }

    /// <summary>Every environment in the folder; or null, with every problem written to <paramref name="error"/>.</summary>
    public static IReadOnlyList<EnvironmentConfig>? ReadOrReport(string environmentsFolder, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return EnvironmentFile.ReadFolder(environmentsFolder);
        }
        catch (ValkeyConfigurationException e)
        {
            error.WriteLine($"error: {e.Message}");
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is ValkeyConfigurationException))
        {
            foreach (var inner in e.InnerExceptions) error.WriteLine($"error: {inner.Message}");
        }
        error.WriteLine("Nothing was written: fix the problems above and run again.");
        return null;
    }
}
