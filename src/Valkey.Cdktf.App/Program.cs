using Valkey.Cdktf.Configuration;
using Valkey.Cdktf.Synthesis;
using Valkey.Cdktf.Validation;

// The CDKTF app cdktf.json runs: one stack per file in environments/ (or the folder named
// by VALKEY_ENVIRONMENTS). A user's mistake is answered with its problems and exit code 1,
// without a stack trace; anything else is a bug and keeps its trace.
var folder = Environment.GetEnvironmentVariable("VALKEY_ENVIRONMENTS") is { Length: > 0 } custom
    ? custom
    : EnvironmentFile.DefaultFolder;
try
{
    var environments = EnvironmentFile.ReadFolder(folder);
    ValkeyApp.Build(environments).Synth();
    return 0;
}
catch (ValkeyConfigurationException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
catch (AggregateException e) when (e.InnerExceptions.All(i => i is ValkeyConfigurationException))
{
    foreach (var inner in e.InnerExceptions) Console.Error.WriteLine($"error: {inner.Message}");
    return 1;
}
