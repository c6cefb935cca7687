namespace Valkey.Cdktf.App.Synthesis;

/// <summary>A stack that may not be written: failing rules under enforcement, or waivers that do not fit.</summary>
internal sealed class ComplianceFailure(IReadOnlyList<string> lines) : Exception(string.Join(Environment.NewLine, lines))
{
    public IReadOnlyList<string> Lines { get; } = lines;
}
