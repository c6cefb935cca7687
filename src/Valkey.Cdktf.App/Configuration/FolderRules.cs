namespace Valkey.Cdktf.App.Configuration;

/// <summary>
/// The rules across the environment files of one folder, as one table: each takes every good file (its path and
/// configuration) and returns the problems it finds, each against the file it belongs to.
/// </summary>
internal static class FolderRules
{
    /// <summary>One file of the folder that read without problems.</summary>
    internal sealed record ReadFile(string Path, EnvironmentConfig Config);

    /// <summary>A rule over the folder.</summary>
    internal delegate IEnumerable<(string File, ConfigurationProblem Problem)> Rule(IReadOnlyList<ReadFile> files);

    /// <summary>Every rule across files, in the order problems are reported.</summary>
    public static IReadOnlyList<Rule> Table { get; } = [SharedNames];

    /// <summary>Every problem across <paramref name="files"/>, grouped by file, in file order.</summary>
    public static IReadOnlyList<FileProblems> Check(IReadOnlyList<ReadFile> files) =>
        [.. Table.SelectMany(rule => rule(files))
            .GroupBy(p => p.File, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FileProblems(g.Key, [.. g.Select(p => p.Problem)]))];

    /// <summary>
    /// Two environments in one region that would make the same AWS name would fight over one resource (the
    /// second apply fails, or worse, adopts the first one's cache): an error on the later file, naming both.
    /// </summary>
    private static IEnumerable<(string, ConfigurationProblem)> SharedNames(IReadOnlyList<ReadFile> files)
    {
        var kinds = new (string Field, Func<ValkeyNames, string> Name, string What)[]
        {
            ("replication_group_id", n => n.ReplicationGroupId, "replication group id"),
            ("subnet_group_name", n => n.SubnetGroupName, "subnet group name"),
            ("security_group_name", n => n.SecurityGroupName, "security group name"),
        };
        for (var i = 0; i < files.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (earlier, later) = (files[j], files[i]);
                if (earlier.Config.AwsRegion != later.Config.AwsRegion) continue;
                var (a, b) = (ValkeyNames.For(earlier.Config.Cache), ValkeyNames.For(later.Config.Cache));
                foreach (var (field, name, what) in kinds.Where(k => string.Equals(k.Name(a), k.Name(b), StringComparison.OrdinalIgnoreCase)))
                {
                    yield return (later.Path, ConfigurationProblem.For($"variables.{field}", name(b),
                        $"a {what} no other environment in {later.Config.AwsRegion} uses; {earlier.Path} makes the same one " +
                        $"(set {field} or change prefix/environment in one of them)"));
                }
            }
        }
    }
}
