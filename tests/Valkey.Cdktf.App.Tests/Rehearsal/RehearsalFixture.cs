using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Rehearsal;

/// <summary>
/// One rehearsal session (Terraform and one provider process) for a whole test class. Needs
/// terraform on PATH and a provider (./build.sh test and .ci/run name the machine's mirror);
/// without them every test fails with the reason: never a silent skip.
/// </summary>
public sealed class RehearsalFixture : IDisposable
{
    private readonly TempDir _scratch = new();
    private readonly RehearsalSession? _session;
    private readonly string? _problem;
    private int _folders;

    public RehearsalFixture() => (_session, _problem) = RehearsalSession.Start(_scratch.Path);

    internal RehearsalSession Session => _session ?? throw new InvalidOperationException($"no rehearsal: {_problem}");

    /// <summary>The shipped hml environment, to vary.</summary>
    internal static EnvironmentConfig Hml() => EnvironmentFile.Read(Path.Combine(RepoPaths.Environments, "hml.json"));

    /// <summary>A synthesized stack (cdk.tf.json) of <paramref name="environment"/>.</summary>
    internal static JsonObject Synth(EnvironmentConfig environment) => (JsonObject)StackFixtures.Synth(environment).Root.DeepClone();

    /// <summary>A fresh folder name, so tests never share one.</summary>
    internal string Folder(string name) => $"{name}-{Interlocked.Increment(ref _folders)}";

    /// <summary>Terraform's plan of <paramref name="stack"/> from an empty state.</summary>
    internal JsonNode Plan(JsonNode stack)
    {
        var folder = Session.Stack(Folder("plan"), stack);
        Assert.True(folder.Init().Succeeded, "terraform init failed");
        var plan = folder.Plan();
        Assert.True(plan.Succeeded, plan.Diagnostics);
        return folder.ShowPlan();
    }

    /// <summary>The state <paramref name="stack"/> has once applied (computed values stand-ins).</summary>
    internal JsonObject StateOf(JsonNode stack)
    {
        var (state, _, problem) = RehearseCommand.SettledState(Session, Folder("state"), stack, Plan(stack));
        Assert.True(state is not null, problem);
        return state!;
    }

    public void Dispose()
    {
        _session?.Dispose();
        _scratch.Dispose();
    }
}
