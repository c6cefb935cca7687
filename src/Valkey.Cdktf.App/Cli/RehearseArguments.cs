namespace Valkey.Cdktf.App.Cli;

/// <summary>The rehearsal's command line, parsed: <c>rehearse [--env NAME] [--state FILE]</c> or <c>rehearse --deploy [--env NAME] [--from DIR]</c>.</summary>
/// <param name="Only">One environment; null for all.</param>
/// <param name="State">A state to plan against (<c>terraform state pull</c>); null for none.</param>
/// <param name="Deploy">A deploy cycle against the AWS emulator instead of a plan.</param>
/// <param name="From">With <paramref name="Deploy"/>: an existing Terraform root whose resources the stack adopts; null for none.</param>
/// <param name="Then">With <paramref name="Deploy"/>: later versions of the environment's file, deployed in turn after the first deploy.</param>
internal sealed record RehearseArguments(string? Only, string? State, bool Deploy = false, string? From = null, IReadOnlyList<string>? Then = null)
{
    public const string Usage = "usage: rehearse [--env NAME] [--state FILE], or rehearse --deploy [--env NAME] [--from DIR] [--then FILE]...";

    public static (RehearseArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? only = null, state = null, from = null;
        var deploy = false;
        var then = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var option = args[i];
            if (option == "--deploy")
            {
                deploy = true;
                continue;
            }
            if (option is not ("--env" or "--state" or "--from" or "--then")) return (null, $"unexpected argument '{option}'; {Usage}");
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal)) return (null, $"{option} needs a value; {Usage}");
            var value = args[++i];
            switch (option)
            {
                case "--env": only = value; break;
                case "--state": state = value; break;
                case "--then": then.Add(value); break;
                default: from = value; break;
            }
        }
        if (deploy && state is not null) return (null, $"--state plans against a state; --deploy deploys into the emulator (adopt a state with --from DIR); {Usage}");
        if (!deploy && from is not null) return (null, $"--from DIR belongs to a deploy rehearsal: add --deploy; {Usage}");
        if (!deploy && then.Count > 0) return (null, $"--then FILE belongs to a deploy rehearsal: add --deploy; {Usage}");
        return (new RehearseArguments(only, state, deploy, from, then), null);
    }
}
