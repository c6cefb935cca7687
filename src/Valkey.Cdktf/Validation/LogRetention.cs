namespace Valkey.Cdktf.Validation;

/// <summary>
/// The retention periods CloudWatch Logs accepts, in days. Source: Amazon CloudWatch Logs API
/// Reference, PutRetentionPolicy, retentionInDays (read 2026-11-26).
/// </summary>
internal static class LogRetention
{
    public static readonly IReadOnlyList<int> Days = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
}
