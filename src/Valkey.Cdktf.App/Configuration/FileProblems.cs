namespace Valkey.Cdktf.App.Configuration;

/// <summary>Every problem of one environment file (or of the folder, with <c>(folder)</c> fields).</summary>
/// <param name="Source">The file's or folder's path, as messages name it.</param>
/// <param name="Problems">The problems, in the order they were found.</param>
internal sealed record FileProblems(string Source, IReadOnlyList<ConfigurationProblem> Problems)
{
    /// <summary>The problems as the app prints them: the source and their count, then one line each.</summary>
    public override string ToString() => ValkeyConfigurationException.Describe(Source, Problems);
}
