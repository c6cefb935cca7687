namespace Valkey.Cdktf;

/// <summary>
/// Thrown when inputs break one or more rules. <see cref="Problems"/> holds every problem
/// found, not just the first; the message lists them one a line.
/// </summary>
public sealed class ValkeyConfigurationException : Exception
{
    /// <summary>Creates the exception for <paramref name="source"/> (a file path, or the construct's path).</summary>
    public ValkeyConfigurationException(string source, IReadOnlyList<ConfigurationProblem> problems)
        : base(Describe(source, problems))
    {
        Origin = source;
        Problems = problems;
    }

    /// <summary>Where the inputs came from: an environment file's path or a construct's path.</summary>
    public string Origin { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ConfigurationProblem> Problems { get; }

    /// <summary>The message of problems of <paramref name="source"/>: their count, then one line each.</summary>
    internal static string Describe(string source, IReadOnlyList<ConfigurationProblem> problems)
    {
        var noun = problems.Count == 1 ? "problem" : "problems";
        var lines = problems.Select(p => $"  {source}: {p}");
        return $"{source}: {problems.Count} {noun}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
