namespace Valkey.Cdktf.Tools.Deploy;

/// <summary>The deploy cycle of one environment: its steps in order (it stops at the first that fails) and notes.</summary>
internal sealed record DeployOutcome(string Stack, IReadOnlyList<DeployStep> Steps, IReadOnlyList<string> Notes)
{
    /// <summary>The exit code the cycle earns: the worst of its steps'.</summary>
    public ExitCode Code => Steps.Count == 0 ? ExitCode.Ok : Steps.Max(s => s.Code);

    /// <summary>The step that failed; null when every step passed.</summary>
    public DeployStep? Failure => Steps.FirstOrDefault(s => !s.Passed);

    /// <summary>What the plan before the first deploy does to each resource; empty when it did not get there.</summary>
    public IReadOnlyList<Changes.ResourceChange> FirstPlan { get; init; } = [];

    /// <summary>The outputs after the first deploy, as the CDKTF CLI wrote them (<c>--outputs-file</c>); empty when it did not get there.</summary>
    public IReadOnlyDictionary<string, string> Outputs { get; init; } = new Dictionary<string, string>();
}
