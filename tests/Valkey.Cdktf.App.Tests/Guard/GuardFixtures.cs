using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>A change between two syntheses and the judge's word on it, with the questions the tests ask of them.</summary>
internal sealed record Judged(ChangeSet Changes, Judgement Judgement)
{
    public bool Passed => !Judgement.Blocks;

    public IReadOnlyList<Finding> Findings => Judgement.Findings;

    public ResourceChange? Row(string address) => Changes.Resources.FirstOrDefault(r => r.Address == address);

    /// <summary>Whether <paramref name="address"/> is updated in place with <paramref name="attribute"/> among its changes.</summary>
    public bool Updates(string address, string attribute) => Row(address) is { IsUpdate: true } r && r.ChangedAttributes.Contains(attribute);

    /// <summary>The rules that stop the deploy.</summary>
    public IReadOnlyList<string> FailingRules => [.. Findings.Where(f => f.Blocks && f.RuleId is not null).Select(f => f.RuleId!)];

    /// <summary>The findings that stop the deploy for data lost, naming <paramref name="path"/>.</summary>
    public IEnumerable<Finding> Losses(string path) => Findings.Where(f => f.Kind == FindingKind.DataLost && f.Paths.Contains(path));

    public string Report()
    {
        using var output = new StringWriter();
        ChangeReport.Write(Changes, Judgement, output);
        return output.ToString();
    }
}

/// <summary>The judge's word between two versions of an environment, as a deploy of one after the other would see it.</summary>
internal static class GuardFixtures
{
    private static readonly ProviderSchema Schema = ProviderSchema.Embedded();

    /// <summary>The change from <paramref name="accepted"/> to <paramref name="proposed"/> of <paramref name="environment"/>, judged as the guard judges it.</summary>
    public static Judged Judge(EnvironmentConfig environment, JsonNode accepted, JsonNode proposed, string environmentFile = "environments/hml.json")
    {
        var changes = SynthesisDiff.Compare(accepted, proposed, Schema);
        var context = JudgeContext.For(environment, environmentFile, PinnedProvider.Of(proposed)) with
        {
            Protected = SynthesisDiff.ProtectedAddresses(proposed), Configuration = proposed,
        };
        return new Judged(changes, ChangeJudge.Judge(changes, context, Schema));
    }

    /// <summary>
    /// hml with <paramref name="before"/> made to its variables, synthesized as the accepted baseline, against hml with
    /// <paramref name="after"/>: the rows and the findings of that change.
    /// </summary>
    public static Judged HmlVerdict(Action<JsonObject> before, Action<JsonObject> after)
    {
        using var work = new TempDir();
        EnvironmentConfig Read(Action<JsonObject> change)
        {
            var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Environments, "hml.json")))!.AsObject();
            change(file["variables"]!.AsObject());
            return EnvironmentFile.Parse("hml", file.ToJsonString(), "hml.json").Single();
        }
        var accepted = Synthesizer.Synthesize([Read(before)], Path.Combine(work.Path, "before"))[0].Json;
        var environment = Read(after);
        var proposed = Synthesizer.Synthesize([environment], Path.Combine(work.Path, "after"))[0].Json;
        return Judge(environment, accepted, proposed);
    }
}
