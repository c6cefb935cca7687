using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Synthesis;

/// <summary>The one way every command synthesizes: the CDKTF app into a folder, and each stack's JSON parsed back.</summary>
internal static class Synthesizer
{
    /// <summary>Synthesizes <paramref name="environments"/> into <paramref name="outdir"/>; the stacks in the same order.</summary>
    public static IReadOnlyList<SynthesizedStack> Synthesize(IReadOnlyList<EnvironmentConfig> environments, string outdir, TextWriter? debug = null)
    {
        ValkeyApp.Build(environments, outdir, debug).Synth();
        return [.. environments.Select(environment =>
        {
            var folder = Path.Combine(outdir, OutputDirectory.StacksFolder, environment.Name);
            return new SynthesizedStack(environment, folder, JsonNode.Parse(File.ReadAllText(Path.Combine(folder, OutputDirectory.StackFile)))!);
        })];
    }
}
