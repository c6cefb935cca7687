namespace Valkey.Cdktf.App.Compliance;

/// <summary>An environment's written decision not to meet one rule, with the reason.</summary>
internal sealed record ComplianceWaiver(string Rule, string Reason);
