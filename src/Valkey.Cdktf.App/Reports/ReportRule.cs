namespace Valkey.Cdktf.App.Reports;

/// <summary>A rule a report's results refer to: SARIF's <c>reportingDescriptor</c> (§3.49), JUnit's test case name.</summary>
/// <param name="Id">The stable id (<c>VKC-MULTI-AZ</c>, <c>APPLY-SG-IN-USE</c>).</param>
/// <param name="ShortDescription">What it asks, in a line.</param>
/// <param name="FullDescription">Why, and what it stands for.</param>
/// <param name="HelpUri">An absolute address that explains it (AWS's documentation, most often).</param>
internal sealed record ReportRule(string Id, string ShortDescription, string FullDescription, string HelpUri);
