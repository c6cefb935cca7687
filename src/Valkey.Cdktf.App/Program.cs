using Valkey.Cdktf.Configuration;
using Valkey.Cdktf.Guard;
using Valkey.Cdktf.Synthesis;

// The CDKTF app cdktf.json runs: one stack per file in environments/ (or the folder named by
// VALKEY_ENVIRONMENTS), written to CDKTF_OUTDIR as the CDKTF CLI sets it (else cdktf.out).
// `guard [--against PATH] [--env NAME]` runs the replacement guard instead.
static string Setting(string name, string fallback) =>
    Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;

var environments = Setting("VALKEY_ENVIRONMENTS", EnvironmentFile.DefaultFolder);
if (args.Length == 0)
{
    return SynthCommand.Run(environments, Setting("CDKTF_OUTDIR", "cdktf.out"), Console.Error);
}
if (args[0] == "guard")
{
    string? against = null, only = null;
    for (var i = 1; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--against" when i + 1 < args.Length: against = args[++i]; break;
            case "--env" when i + 1 < args.Length: only = args[++i]; break;
            default:
                Console.Error.WriteLine($"error: guard: unexpected argument '{args[i]}'; usage: guard [--against PATH] [--env NAME]");
                return GuardCommand.UsageError;
        }
    }
    return GuardCommand.Run(environments, against ?? GuardCommand.DefaultBaseline, only, Console.Out, Console.Error);
}
Console.Error.WriteLine($"error: unknown command '{args[0]}'; run with no arguments to synthesize, or 'guard'");
return GuardCommand.UsageError;
