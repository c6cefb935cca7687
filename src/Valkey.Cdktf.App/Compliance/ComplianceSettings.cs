namespace Valkey.Cdktf.App.Compliance;

/// <summary>
/// <c>compliance</c> in an environment file: with <see cref="Enforce"/>, a failing rule without a
/// waiver is an error (exit 1, nothing written); without it, a warning.
/// </summary>
internal sealed record ComplianceSettings(bool Enforce, IReadOnlyList<ComplianceWaiver> Waivers)
{
    /// <summary>Omitted: warnings only, no waivers.</summary>
    public static readonly ComplianceSettings Default = new(false, []);
}
