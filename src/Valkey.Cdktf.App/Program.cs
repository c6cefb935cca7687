using Valkey.Cdktf.Configuration;
using Valkey.Cdktf.Synthesis;

// The CDKTF app cdktf.json runs: one stack per file in environments/ (or the folder named by
// VALKEY_ENVIRONMENTS), written to CDKTF_OUTDIR as the CDKTF CLI sets it (else cdktf.out).
static string Setting(string name, string fallback) =>
    Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;

return SynthCommand.Run(
    Setting("VALKEY_ENVIRONMENTS", EnvironmentFile.DefaultFolder),
    Setting("CDKTF_OUTDIR", "cdktf.out"),
    Console.Error);
