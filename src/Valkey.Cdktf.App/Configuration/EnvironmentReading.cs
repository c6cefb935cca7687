namespace Valkey.Cdktf.App.Configuration;

/// <summary>What reading environment files gave: the configurations of the good files, the problems of the others, and warnings.</summary>
/// <param name="Environments">The files without problems, in name order.</param>
/// <param name="Problems">Each file with problems; empty when every file is good.</param>
/// <param name="Warnings">What was ignored, and why.</param>
internal sealed record EnvironmentReading(IReadOnlyList<EnvironmentConfig> Environments, IReadOnlyList<FileProblems> Problems, IReadOnlyList<string> Warnings)
{
    /// <summary>Whether every file was good.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>The one environment read; for callers that read one file they know to be good (tests, fixtures).</summary>
    /// <exception cref="ValkeyConfigurationException">The file has problems.</exception>
    public EnvironmentConfig Single() =>
        Problems.Count > 0 ? throw new ValkeyConfigurationException(Problems[0].Source, Problems[0].Problems) : Environments.Single();
}
