namespace Valkey.Cdktf.App.Reports;

/// <summary>How a <see cref="ReportResult"/> counts, as SARIF 2.1.0 names its levels (§3.27.10: error, warning, note).</summary>
internal enum ReportLevel
{
    /// <summary>The change must not be deployed, or the rule fails: <c>error</c>; a JUnit failure.</summary>
    Error,

    /// <summary>Deployable, but not all it says: <c>warning</c>; a passing JUnit case that says so.</summary>
    Warning,

    /// <summary>For the record: <c>note</c>; a passing JUnit case.</summary>
    Note,
}
