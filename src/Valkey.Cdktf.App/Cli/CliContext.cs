namespace Valkey.Cdktf.App.Cli;

/// <summary>What every command gets from the process it runs in; tests make their own.</summary>
/// <param name="EnvironmentsFolder">The environment files (<c>VALKEY_ENVIRONMENTS</c>, else <c>environments</c>).</param>
/// <param name="Output">Results: summaries, reports, tables.</param>
/// <param name="Error">Problems, warnings, notes and the one line of a failure.</param>
/// <param name="Terminal">Whether <paramref name="Output"/> is a terminal (colours, widths).</param>
/// <param name="Variable">Reads an environment variable; null when unset or empty.</param>
internal sealed record CliContext(string EnvironmentsFolder, TextWriter Output, TextWriter Error, bool Terminal, Func<string, string?> Variable)
{
    /// <summary>The context of this process: its console and environment variables.</summary>
    public static CliContext FromProcess(TextWriter error)
    {
        static string? Read(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
        return new CliContext(Read("VALKEY_ENVIRONMENTS") ?? Configuration.EnvironmentFile.DefaultFolder, Console.Out, error, !Console.IsOutputRedirected, Read);
    }
}
