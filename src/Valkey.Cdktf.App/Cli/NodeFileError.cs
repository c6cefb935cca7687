using System.Text.RegularExpressions;

namespace Valkey.Cdktf.App.Cli;

/// <summary>
/// A file-system error raised in the jsii runtime's Node.js process (CDKTF writes the synthesis
/// from there) and passed to .NET as a plain exception whose message is Node's:
/// <c>EROFS: read-only file system, mkdir '/path'</c>, <c>Error: ENOSPC: no space left on device, write</c>.
/// </summary>
internal static partial class NodeFileError
{
    [GeneratedRegex(@"\b(E(?:ROFS|NOSPC|ACCES|PERM|NOTDIR|ISDIR|EXIST|MFILE|NFILE|DQUOT|IO|NOENT|BUSY|NAMETOOLONG)): ([^,\r\n]+)(?:, \w+(?: '([^']*)')?)?")]
    private static partial Regex Pattern();

    /// <summary>The cause in words and the path (when Node names one) of a Node file error; null for any other exception.</summary>
    public static (string Cause, string? Path)? Parse(Exception e)
    {
        var m = Pattern().Match(e.Message);
        if (!m.Success) return null;
        return ($"{char.ToUpperInvariant(m.Groups[2].Value[0])}{m.Groups[2].Value[1..]} ({m.Groups[1].Value})", m.Groups[3].Success ? m.Groups[3].Value : null);
    }
}
