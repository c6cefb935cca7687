using Valkey.Cdktf.Validation;

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
    public static IReadOnlyList<Rule> Table { get; } = [SharedNames, GlobalDatastorePairs];

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

    /// <summary>
    /// A secondary and the primary it names (AWS's rules: Validation/GlobalDatastores.cs): the primary is in the folder and is
    /// one, in another region; a primary has at most two secondaries, each in a region of its own, and the China regions pair
    /// only with each other; each secondary has the primary's node type, engine version, shards and encryption. Each problem
    /// is the secondary's.
    /// </summary>
    private static IEnumerable<(string, ConfigurationProblem)> GlobalDatastorePairs(IReadOnlyList<ReadFile> files)
    {
        var byName = files.ToDictionary(f => f.Config.Name, StringComparer.Ordinal);
        var secondaries = files.Where(f => f.Config.GlobalDatastore is GlobalDatastoreSecondary).ToList();
        const string Field = "global_datastore.primary";
        foreach (var group in secondaries.GroupBy(f => ((GlobalDatastoreSecondary)f.Config.GlobalDatastore!).PrimaryEnvironment, StringComparer.Ordinal))
        {
            if (!byName.TryGetValue(group.Key, out var primary))
            {
                foreach (var s in group)
                {
                    yield return (s.Path, ConfigurationProblem.For(Field, group.Key,
                        $"the name of an environment file in this folder ({group.Key}.json is missing or has problems of its own) whose global_datastore role is primary"));
                }
                continue;
            }
            if (primary.Config.GlobalDatastore is not GlobalDatastorePrimary)
            {
                foreach (var s in group)
                {
                    yield return (s.Path, ConfigurationProblem.For(Field, group.Key,
                        $"an environment whose global_datastore role is primary; {primary.Path} is {(primary.Config.GlobalDatastore is null ? "in no global datastore" : "a secondary itself")}"));
                }
                continue;
            }
            var regions = new HashSet<string>(StringComparer.Ordinal) { primary.Config.AwsRegion };
            var count = 0;
            foreach (var s in group)
            {
                var region = s.Config.AwsRegion;
                if (region == primary.Config.AwsRegion)
                {
                    yield return (s.Path, ConfigurationProblem.For("aws_region", region,
                        $"a region other than the primary's ({primary.Path}): a global datastore replicates across regions"));
                }
                else if (!regions.Add(region))
                {
                    yield return (s.Path, ConfigurationProblem.For("aws_region", region,
                        $"a region no other secondary of {group.Key} is in: one secondary a region"));
                }
                else if (GlobalDatastores.ChinaRegions.Contains(region) != GlobalDatastores.ChinaRegions.Contains(primary.Config.AwsRegion))
                {
                    yield return (s.Path, ConfigurationProblem.For("aws_region", region,
                        "the China regions replicate only with each other (cn-north-1 and cn-northwest-1): a region on the primary's side"));
                }
                else if (++count > GlobalDatastores.MaxSecondaries)
                {
                    yield return (s.Path, ConfigurationProblem.For(Field, group.Key,
                        $"a primary with fewer secondaries: a primary replicates to up to {GlobalDatastores.MaxSecondaries} other regions"));
                }
                foreach (var problem in GlobalDatastores.SecondaryProblems(primary.Config.Cache, s.Config.Cache))
                {
                    yield return (s.Path, problem.Under("variables") with { Expected = $"{problem.Expected} ({primary.Path})" });
                }
            }
        }
    }
}
