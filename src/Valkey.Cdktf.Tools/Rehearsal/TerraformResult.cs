namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>What one terraform command did.</summary>
internal sealed record TerraformResult(int ExitCode, string Stdout, string Stderr)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Terraform's diagnostics, for a report: stderr, else stdout.</summary>
    public string Diagnostics => (Stderr.Trim().Length > 0 ? Stderr : Stdout).Trim();
}
