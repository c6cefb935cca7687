namespace Valkey.Cdktf.Tools.Deploy;

/// <summary>One step of a deploy cycle: what was done, what came of it, how long it took.</summary>
/// <param name="Name">The step, in words (<c>deploy (cdktf deploy hml --auto-approve)</c>).</param>
/// <param name="Code">Ok when it went as a safe deploy must; else the exit code it earns.</param>
/// <param name="Result">The outcome, in a few words (<c>17 created</c>, <c>refused by prevent_destroy</c>).</param>
/// <param name="Seconds">Wall-clock time of the step.</param>
/// <param name="Detail">Why it failed: Terraform's or the CLI's diagnostics; null when it passed.</param>
internal sealed record DeployStep(string Name, ExitCode Code, string Result, double Seconds, string? Detail = null)
{
    public bool Passed => Code == ExitCode.Ok;
}
