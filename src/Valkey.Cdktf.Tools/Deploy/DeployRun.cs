namespace Valkey.Cdktf.Tools.Deploy;

/// <summary>What a deploy rehearsal did: the tools it ran with and each environment's cycle; or why it could not start.</summary>
/// <param name="Outcomes">One cycle per environment, in the order given.</param>
/// <param name="Problem">Why nothing was rehearsed (no emulator, Terraform, provider or CLI); null when it ran.</param>
internal sealed record DeployRun(IReadOnlyList<DeployOutcome> Outcomes, string? Problem)
{
    /// <summary>The Terraform version; empty when it did not start.</summary>
    public string Terraform { get; init; } = "";

    /// <summary>The provider; null when it did not start.</summary>
    public Rehearsal.ProviderBinary? Provider { get; init; }

    /// <summary>moto's version; empty when it did not start.</summary>
    public string Moto { get; init; } = "";

    /// <summary>The emulator's port and process id (gone once the run returns; a test checks it).</summary>
    public int EmulatorPort { get; init; }

    /// <summary>The emulator's process id.</summary>
    public int EmulatorProcessId { get; init; }

    /// <summary>The run's exit code: 2 when it could not start, else the worst cycle's.</summary>
    public ExitCode Code => Problem is not null ? ExitCode.UsageError : Outcomes.Count == 0 ? ExitCode.Ok : Outcomes.Max(o => o.Code);
}
