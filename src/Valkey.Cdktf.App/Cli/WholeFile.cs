namespace Valkey.Cdktf.App.Cli;

/// <summary>Writes a file whole: a new file beside it, renamed over it, so a reader sees the old or the new, never half.</summary>
internal static class WholeFile
{
    public static void Write(string path, string text)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
