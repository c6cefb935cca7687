using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>The guard's verdict between two versions of the shipped hml.json, as a deploy of one after the other would see it.</summary>
internal static class GuardFixtures
{
    /// <summary>
    /// hml with <paramref name="before"/> made to its variables, synthesized as the accepted baseline, against hml with
    /// <paramref name="after"/>: the rows and the apply-time findings of that change.
    /// </summary>
    public static GuardVerdict HmlVerdict(Action<JsonObject> before, Action<JsonObject> after)
    {
        using var work = new TempDir();
        EnvironmentConfig Read(Action<JsonObject> change)
        {
            var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Environments, "hml.json")))!.AsObject();
            change(file["variables"]!.AsObject());
            return EnvironmentFile.Parse("hml", file.ToJsonString(), "hml.json").Single();
        }
        var accepted = Synthesizer.Synthesize([Read(before)], Path.Combine(work.Path, "before"))[0].Json;
        var baseline = Path.Combine(work.Path, "accepted.cdk.tf.json");
        File.WriteAllText(baseline, accepted.ToJsonString());
        var environment = Read(after);
        var proposed = Synthesizer.Synthesize([environment], Path.Combine(work.Path, "after"))[0].Json;
        return GuardEvaluation.Evaluate(environment, baseline, accepted, proposed, ProviderSchema.Embedded());
    }
}
