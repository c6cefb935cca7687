namespace Valkey.Cdktf.App.Reports;

/// <summary>A file as a report names it: relative to the folder the command runs in (the repository's root, in CI), with <c>/</c>.</summary>
internal static class ReportPaths
{
    /// <summary><paramref name="path"/> relative to the current folder, with forward slashes.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path)).Replace('\\', '/');
}
