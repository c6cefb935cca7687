namespace Valkey.Cdktf.App.Cli;

/// <summary>The guard's command line, parsed: <c>guard [--against PATH] [--env NAME] [--new NAME]… [--removed NAME=REASON]…</c>.</summary>
/// <param name="Against">The baseline; null for the default.</param>
/// <param name="Only">One environment; null for all.</param>
/// <param name="New">Environments declared new.</param>
/// <param name="Removed">Environments whose removal is acknowledged, with the reason.</param>
internal sealed record GuardArguments(string? Against, string? Only, IReadOnlySet<string> New, IReadOnlyDictionary<string, string> Removed)
{
    public const string Usage = "usage: guard [--against PATH] [--env NAME] [--new NAME]... [--removed NAME=REASON]...";

    /// <summary>The arguments after <c>guard</c>; or an error in plain words.</summary>
    public static (GuardArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? against = null, only = null;
        var fresh = new HashSet<string>(StringComparer.Ordinal);
        var removed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option is not ("--against" or "--env" or "--new" or "--removed")) return (null, $"unexpected argument '{option}'; {Usage}");
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal)) return (null, $"{option} needs a value; {Usage}");
            var value = args[++i];
            switch (option)
            {
                case "--against": against = value; break;
                case "--env": only = value; break;
                case "--new": fresh.Add(value); break;
                default:
                    var eq = value.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0 || string.IsNullOrWhiteSpace(value[(eq + 1)..]))
                    {
                        return (null, $"--removed {value}: expected NAME=REASON, with the reason the environment's resources may go unmanaged");
                    }
                    removed[value[..eq]] = value[(eq + 1)..].Trim();
                    break;
            }
        }
        return (new GuardArguments(against, only, fresh, removed), null);
    }
}
