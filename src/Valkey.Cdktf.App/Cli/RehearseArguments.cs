namespace Valkey.Cdktf.App.Cli;

/// <summary>The rehearsal's command line, parsed: <c>rehearse [--env NAME] [--state FILE]</c>.</summary>
internal sealed record RehearseArguments(string? Only, string? State)
{
    public const string Usage = "usage: rehearse [--env NAME] [--state FILE]";

    public static (RehearseArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? only = null, state = null;
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option is not ("--env" or "--state")) return (null, $"unexpected argument '{option}'; {Usage}");
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal)) return (null, $"{option} needs a value; {Usage}");
            if (option == "--env") only = args[++i];
            else state = args[++i];
        }
        return (new RehearseArguments(only, state), null);
    }
}
