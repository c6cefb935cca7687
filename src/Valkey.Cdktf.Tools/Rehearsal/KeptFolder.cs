namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>
/// <c>VALKEY_REHEARSE_KEEP</c>: a folder to do a rehearsal's work in and leave behind, for a look at what Terraform was
/// given. Read before any work, so that a folder that cannot be used is said at once, not after minutes of planning.
/// </summary>
internal static class KeptFolder
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "VALKEY_REHEARSE_KEEP";

    /// <summary>
    /// The folder to keep, as a full path (null when the variable is unset or empty); or why it cannot be used: it exists
    /// (a rehearsal never writes into a folder it did not make), or its parent does not.
    /// </summary>
    public static (string? Path, string? Problem) Read()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } value) return (null, null);
        var path = Path.GetFullPath(value);
        if (Directory.Exists(path) || File.Exists(path))
        {
            return (null, $"{Variable}={value}: {path} exists; name a folder that does not, and the rehearsal makes it and leaves its work there");
        }
        var parent = Path.GetDirectoryName(path);
        if (parent is null || !Directory.Exists(parent))
        {
            return (null, $"{Variable}={value}: the folder it would go in, {parent ?? path}, does not exist");
        }
        return (path, null);
    }
}
