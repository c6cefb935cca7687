namespace Valkey.Cdktf.App.Reports;

/// <summary>Where in an environment file a setting is written, for a report's location.</summary>
internal static class EnvironmentFileLines
{
    /// <summary>
    /// The line (from 1) of the first of <paramref name="keys"/> written in <paramref name="text"/> as a JSON key
    /// (<c>"port":</c>), else of <c>"variables"</c>, else 1: a setting left to its default is changed by adding it to
    /// <c>variables</c>.
    /// </summary>
    public static int LineOf(string text, IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(keys);
        var lines = text.Split('\n');
        foreach (var key in keys.Append("variables"))
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var at = lines[i].IndexOf($"\"{key}\"", StringComparison.Ordinal);
                if (at >= 0 && lines[i][(at + key.Length + 2)..].TrimStart().StartsWith(':')) return i + 1;
            }
        }
        return 1;
    }
}
