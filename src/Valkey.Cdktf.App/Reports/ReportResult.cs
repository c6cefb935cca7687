namespace Valkey.Cdktf.App.Reports;

/// <summary>
/// One result of a rule for one stack: SARIF's <c>result</c> (§3.27), a JUnit test case. Its location is the environment
/// file, at the line of the setting to change (<see cref="EnvironmentFileLines"/>).
/// </summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Level">How it counts.</param>
/// <param name="Message">What was found, in a sentence.</param>
/// <param name="Stack">The stack (the environment's name).</param>
/// <param name="File">The environment file, relative to the folder the report's paths are relative to, with <c>/</c>.</param>
/// <param name="Line">The line of the setting in that file, from 1.</param>
internal sealed record ReportResult(string RuleId, ReportLevel Level, string Message, string Stack, string File, int Line)
{
    /// <summary>Passed (JUnit only: SARIF lists what was found).</summary>
    public bool Passed { get; init; }

    /// <summary>Why it does not count: a waiver's reason, an acknowledgement's; null when it counts.</summary>
    public string? Suppression { get; init; }

    /// <summary>
    /// What makes it the same result in the next run, whatever lines move: the rule, the stack and what it is about
    /// (a setting, a resource), never the message's figures or the line.
    /// </summary>
    public string Identity { get; init; } = "";
}
