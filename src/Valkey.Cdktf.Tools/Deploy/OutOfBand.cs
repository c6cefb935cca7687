namespace Valkey.Cdktf.Tools.Deploy;

/// <summary>
/// A step of a rollout made outside Terraform, as a fix may ask (the move from an AUTH token to users with the pinned
/// provider): an AWS CLI command line, given to <c>rehearse --deploy --then</c> in place of a file.
/// </summary>
internal static class OutOfBand
{
    /// <summary>Whether a <c>--then</c> value is an AWS CLI command (<c>aws elasticache …</c>) rather than a file.</summary>
    public static bool IsCommand(string then) => (then ?? throw new ArgumentNullException(nameof(then))).StartsWith("aws ", StringComparison.Ordinal);

    /// <summary>Why a command cannot be rehearsed; null when it can: only ElastiCache's calls, as the emulator serves them.</summary>
    public static string? Refusal(string command)
    {
        var words = (command ?? throw new ArgumentNullException(nameof(command))).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && words[1] == "elasticache"
            ? null
            : $"--then {command}: an out-of-band step is an AWS CLI command of ElastiCache, such as aws elasticache modify-replication-group --replication-group-id ID …";
    }
}
