using System.Text.Json;
using System.Text.RegularExpressions;
using Valkey.Cdktf.Constructs;
using Valkey.Cdktf.Validation;

namespace Valkey.Cdktf.Configuration;

/// <summary>
/// Reads <c>environments/&lt;name&gt;.json</c> strictly. The file's shape:
/// <code>
/// {
///   "aws_region": "us-east-1",              // required
///   "backend": { "s3": { … } },             // optional; omitted: local state file
///   "variables": { "prefix": "pbet", … },   // required: the module's variables, snake_case
///   "adoption": { "import": { … } },        // optional: import or moved blocks for existing resources
///   "acknowledged_replacements": [ … ]      // optional: replacements the guard lets through
/// }
/// </code>
/// Every problem in a file is reported in one <see cref="ValkeyConfigurationException"/>
/// naming the file, the key path, the value received and what is expected.
/// </summary>
public static partial class EnvironmentFile
{
    /// <summary>The folder of environment files, relative to the repository root.</summary>
    public const string DefaultFolder = "environments";

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")] private static partial Regex StackName();
    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")] private static partial Regex S3Bucket();

    /// <summary>
    /// Reads every <c>*.json</c> in <paramref name="folder"/>, in name order; all files' problems in
    /// one exception. Anything else in the folder is ignored with a line in <paramref name="warnings"/>.
    /// </summary>
    public static IReadOnlyList<EnvironmentConfig> ReadFolder(string folder, ICollection<string>? warnings = null)
    {
        if (!Directory.Exists(folder))
        {
            throw new ValkeyConfigurationException(folder,
                [new("(folder)", ConfigurationProblem.Missing, "a folder of environment files, one <env>.json per stack")]);
        }
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var other in Directory.GetFileSystemEntries(folder).Except(files, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            warnings?.Add($"{other}: ignored: only *.json files in {folder} are environments (rename it to <env>.json to make it one, or move it out)");
        }
        if (files.Count == 0)
        {
            throw new ValkeyConfigurationException(folder, [new("(folder)", "no *.json file", "at least one environment file, such as hml.json")]);
        }
        var configs = new List<EnvironmentConfig>();
        var failures = new List<ValkeyConfigurationException>();
        foreach (var file in files)
        {
            try
            {
                configs.Add(Read(file));
            }
            catch (ValkeyConfigurationException e)
            {
                failures.Add(e);
            }
        }
        failures.AddRange(SharedNames(configs, files));
        if (failures.Count == 1) throw failures[0];
        if (failures.Count > 1) throw new AggregateException("Several environment files have problems.", failures);
        return configs;
    }

    /// <summary>
    /// Two environments in one region that would make the same AWS name would fight over one
    /// resource (the second apply fails, or worse, adopts the first one's cache): an error naming both files.
    /// </summary>
    private static IEnumerable<ValkeyConfigurationException> SharedNames(IReadOnlyList<EnvironmentConfig> configs, IReadOnlyList<string> files)
    {
        string FileOf(EnvironmentConfig c) => files.First(f => Path.GetFileNameWithoutExtension(f) == c.Name);
        var kinds = new (string Field, Func<ValkeyNames, string> Name, string What)[]
        {
            ("replication_group_id", n => n.ReplicationGroupId, "replication group id"),
            ("subnet_group_name", n => n.SubnetGroupName, "subnet group name"),
            ("security_group_name", n => n.SecurityGroupName, "security group name"),
        };
        var byFile = new Dictionary<string, List<ConfigurationProblem>>(StringComparer.Ordinal);
        for (var i = 0; i < configs.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (configs[i].AwsRegion != configs[j].AwsRegion) continue;
                var (a, b) = (ValkeyNames.For(configs[j].Cache), ValkeyNames.For(configs[i].Cache));
                foreach (var (field, name, what) in kinds.Where(k => string.Equals(k.Name(a), k.Name(b), StringComparison.OrdinalIgnoreCase)))
                {
                    var file = FileOf(configs[i]);
                    if (!byFile.TryGetValue(file, out var list)) byFile[file] = list = [];
                    list.Add(new($"variables.{field}", ValkeyCacheRules.Show(name(b)),
                        $"a {what} no other environment in {configs[i].AwsRegion} uses; {FileOf(configs[j])} makes the same one " +
                        $"(set {field} or change prefix/environment in one of them)"));
                }
            }
        }
        return byFile.Select(p => new ValkeyConfigurationException(p.Key, p.Value));
    }

    /// <summary>Reads one environment file; its name (without <c>.json</c>) is the stack's name.</summary>
    public static EnvironmentConfig Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new ValkeyConfigurationException(path, [new("(file)", "unreadable", $"a readable file ({e.Message})")]);
        }
        return Parse(Path.GetFileNameWithoutExtension(path), text, path);
    }

    /// <summary>Parses an environment file's text; <paramref name="source"/> names it in messages.</summary>
    public static EnvironmentConfig Parse(string name, string json, string source)
    {
        JsonDocument document;
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new ValkeyConfigurationException(source,
                [new("(file)", "an empty file", "a JSON object { \"aws_region\": …, \"variables\": { … } } (see environments/hml.json)")]);
        }
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            throw new ValkeyConfigurationException(source,
                [IsComment(json, e)
                    ? new(JsonObjectReader.Position(e), "a comment", "JSON without comments: JSON has no comments; delete it (a note can go in a tag, such as \"Note\")")
                    : new(JsonObjectReader.Position(e), "malformed JSON", $"valid JSON ({Explain(e.Message)})")]);
        }
        using (document)
        {
            var problems = new List<ConfigurationProblem>();
            if (!StackName().IsMatch(name))
            {
                problems.Add(new("(file name)", ValkeyCacheRules.Show(name),
                    "a stack name of lower-case letters, digits, - and _ (the file's name is the stack's name)"));
            }
            var config = ReadRoot(name, document.RootElement, problems);
            if (problems.Count > 0 || config is null) throw new ValkeyConfigurationException(source, problems);
            return config;
        }
    }

    private static EnvironmentConfig? ReadRoot(string name, JsonElement root, List<ConfigurationProblem> problems)
    {
        var file = JsonObjectReader.Open(root, "", problems);
        if (file is null) return null;
        var region = file.String("aws_region", required: true);
        if (region is not null && !AwsRegions.IsKnown(region))
        {
            var nearest = JsonObjectReader.Nearest(region, AwsRegions.Known);
            problems.Add(new("aws_region", ValkeyCacheRules.Show(region),
                nearest is null ? "an AWS region the provider knows, such as us-east-1 or sa-east-1" : $"an AWS region the provider knows; did you mean `{nearest}`?"));
        }
        var backend = file.Has("backend") ? ReadBackend(file.Object("backend"), problems) : LocalStateBackend.Default(name);
        var variables = file.Object("variables", required: true);
        var (import, moved) = file.Has("adoption") ? ReadAdoption(file.Object("adoption"), problems) : (null, null);
        var acknowledged = ReadAcknowledgements(file.ObjectList("acknowledged_replacements"), problems);
        file.RejectUnknownKeys();
        if (variables is null) return null;
        var cache = ReadVariables(variables, out var complete);
        // The value rules run even when keys are missing or mistyped (with stand-ins for
        // those), so one run reports every problem in the file.
        problems.AddRange(ValkeyCacheRules.Check(cache).Select(p => p.Under("variables")));
        return region is null || backend is null || !complete
            ? null
            : new EnvironmentConfig(name, region, backend, cache) { Import = import, MovedFromModule = moved, AcknowledgedReplacements = acknowledged };
    }

    private static StateBackend? ReadBackend(JsonObjectReader? backend, List<ConfigurationProblem> problems)
    {
        if (backend is null) return null;
        StateBackend? result = null;
        var kinds = 0;
        if (backend.Object("local") is { } local)
        {
            kinds++;
            var path = local.String("path", required: true);
            local.RejectUnknownKeys();
            if (path is not null && (path.Length == 0 || ValkeyCacheRules.HasTokenMarker(path)))
            {
                problems.Add(new("backend.local.path", ValkeyCacheRules.Show(path), $"a state file path, without \"{ValkeyCacheRules.TokenMarker}\""));
                path = null;
            }
            if (path is not null) result = new LocalStateBackend(path);
        }
        if (backend.Object("s3") is { } s3)
        {
            kinds++;
            var bucket = s3.String("bucket", required: true);
            var key = s3.String("key", required: true);
            var region = s3.String("region", required: true);
            var encrypt = s3.Boolean("encrypt");
            var lockfile = s3.Boolean("use_lockfile");
            var table = s3.String("dynamodb_table");
            s3.RejectUnknownKeys();
            if (bucket is not null && !S3Bucket().IsMatch(bucket))
            {
                problems.Add(new("backend.s3.bucket", ValkeyCacheRules.Show(bucket), "an S3 bucket name: 3 to 63 lower-case letters, digits, dots and hyphens"));
            }
            if (region is not null && !AwsRegions.IsKnown(region))
            {
                problems.Add(new("backend.s3.region", ValkeyCacheRules.Show(region), "the state bucket's AWS region, such as us-east-1"));
            }
            foreach (var (field, value) in new[] { ("key", key), ("dynamodb_table", table) })
            {
                if (value is not null && ValkeyCacheRules.HasTokenMarker(value))
                {
                    problems.Add(new($"backend.s3.{field}", ValkeyCacheRules.Show(value), $"text without \"{ValkeyCacheRules.TokenMarker}\", which CDK for Terraform reserves for its own values"));
                }
            }
            if (bucket is not null && key is not null && region is not null)
            {
                result = new S3StateBackend(bucket, key, region) { Encrypt = encrypt ?? true, UseLockfile = lockfile, DynamodbTable = table };
            }
        }
        backend.RejectUnknownKeys();
        if (kinds != 1)
        {
            problems.Add(new("backend", kinds == 0 ? "{}" : "both local and s3", "exactly one of \"local\" or \"s3\""));
            return null;
        }
        return result;
    }

    private static (ImportAdoption?, ModuleMove?) ReadAdoption(JsonObjectReader? adoption, List<ConfigurationProblem> problems)
    {
        if (adoption is null) return (null, null);
        ImportAdoption? import = null;
        ModuleMove? moved = null;
        if (adoption.Object("import") is { } i)
        {
            var sg = i.String("security_group_id", required: true);
            i.RejectUnknownKeys();
            if (sg is not null && !ValkeyCacheRules.IsSecurityGroupId(sg))
            {
                problems.Add(new("adoption.import.security_group_id", ValkeyCacheRules.Show(sg), "the existing security group's id: sg- followed by lower-case hex digits"));
            }
            else if (sg is not null) import = new ImportAdoption(sg);
        }
        if (adoption.Object("moved_from_module") is { } m)
        {
            var names = new[] { "module", "replication_group", "subnet_group", "security_group" }
                .Select(key => (Key: key, Value: m.String(key) ?? (key == "module" ? ModuleMove.DefaultModule : ModuleMove.DefaultResource)))
                .ToList();
            m.RejectUnknownKeys();
            foreach (var (key, value) in names.Where(n => !ValkeyCacheRules.IsTerraformName(n.Value)))
            {
                problems.Add(new($"adoption.moved_from_module.{key}", ValkeyCacheRules.Show(value), "a Terraform name: a letter or _ first, then letters, digits, _ and -"));
            }
            moved = new ModuleMove(names[0].Value, names[1].Value, names[2].Value, names[3].Value);
        }
        adoption.RejectUnknownKeys();
        if (import is not null && moved is not null)
        {
            problems.Add(new("adoption", "both import and moved_from_module",
                "one of them: import for a stack with a new state, moved_from_module for a stack that takes over the module's state"));
        }
        return (import, moved);
    }

    private static IReadOnlyList<AcknowledgedReplacement> ReadAcknowledgements(IReadOnlyList<JsonObjectReader>? items, List<ConfigurationProblem> problems)
    {
        var list = new List<AcknowledgedReplacement>();
        var skipped = 0;
        foreach (var item in items ?? [])
        {
            var resource = item.String("resource", required: true);
            var attribute = item.String("attribute", required: true);
            var to = item.AnyJson("to", required: attribute != AcknowledgedReplacement.Removal);
            var reason = item.String("reason", required: true);
            if (reason is not null && string.IsNullOrWhiteSpace(reason))
            {
                problems.Add(new($"acknowledged_replacements[{list.Count + skipped}].reason", ValkeyCacheRules.Show(reason),
                    "why losing this resource's data is acceptable: a reason is required, and shown in the guard's report"));
                reason = null;
            }
            item.RejectUnknownKeys();
            if (resource is not null && attribute is not null && reason is not null)
            {
                list.Add(new AcknowledgedReplacement(resource, attribute, to, reason));
            }
            else skipped++;
        }
        return list;
    }

    private static ValkeyCacheProps ReadVariables(JsonObjectReader v, out bool complete)
    {
        var prefix = v.String("prefix", required: true);
        var projectName = v.String("project_name", required: true);
        var vpcId = v.String("vpc_id", required: true);
        var subnets = v.StringList("private_subnet_ids", required: true);
        var ecsSecurityGroupId = v.String("ecs_security_group_id", required: true);
        var environment = v.String("environment", required: true);
        var nodeType = v.String("node_type");
        var numCacheNodes = v.Integer("num_cache_nodes");
        var engineVersion = v.String("engine_version");
        var port = v.Integer("port");
        var parameterGroupName = v.String("parameter_group_name");
        var atRest = v.Boolean("at_rest_encryption_enabled");
        var transit = v.Boolean("transit_encryption_enabled");
        var maintenanceWindow = v.String("maintenance_window");
        var snapshotRetentionLimit = v.Integer("snapshot_retention_limit");
        var snapshotWindow = v.String("snapshot_window");
        var tags = v.StringMap("tags");
        var replicationGroupId = v.String("replication_group_id");
        var replicationGroupDescription = v.String("replication_group_description");
        var subnetGroupName = v.String("subnet_group_name");
        var subnetGroupDescription = v.String("subnet_group_description");
        var securityGroupName = v.String("security_group_name");
        var securityGroupDescription = v.String("security_group_description");
        var preventDestroy = v.Boolean("prevent_destroy");
        var finalSnapshotIdentifier = v.String("final_snapshot_identifier");
        var snapshotName = v.String("snapshot_name");
        v.RejectUnknownKeys();
        complete = prefix is not null && projectName is not null && vpcId is not null && subnets is not null
            && ecsSecurityGroupId is not null && environment is not null;
        // Stand-ins for missing required values are valid, so they add no problem of their own.
        var props = new ValkeyCacheProps
        {
            Prefix = prefix ?? "x",
            ProjectName = projectName ?? "x",
            VpcId = vpcId ?? "vpc-0",
            PrivateSubnetIds = subnets ?? ["subnet-0", "subnet-1"],
            EcsSecurityGroupId = ecsSecurityGroupId ?? "sg-0",
            Environment = environment ?? "x",
            MaintenanceWindow = maintenanceWindow,
            SnapshotRetentionLimit = snapshotRetentionLimit,
            SnapshotWindow = snapshotWindow,
            ReplicationGroupId = replicationGroupId,
            ReplicationGroupDescription = replicationGroupDescription,
            SubnetGroupName = subnetGroupName,
            SubnetGroupDescription = subnetGroupDescription,
            SecurityGroupName = securityGroupName,
            SecurityGroupDescription = securityGroupDescription,
            FinalSnapshotIdentifier = finalSnapshotIdentifier,
            SnapshotName = snapshotName,
        };
        return props with
        {
            NodeType = nodeType ?? props.NodeType,
            NumCacheNodes = numCacheNodes ?? props.NumCacheNodes,
            EngineVersion = engineVersion ?? props.EngineVersion,
            Port = port ?? props.Port,
            ParameterGroupName = parameterGroupName ?? props.ParameterGroupName,
            AtRestEncryptionEnabled = atRest ?? props.AtRestEncryptionEnabled,
            TransitEncryptionEnabled = transit ?? props.TransitEncryptionEnabled,
            Tags = tags ?? props.Tags,
            PreventDestroy = preventDestroy ?? props.PreventDestroy,
        };
    }

    /// <summary>Whether the parser stopped at a <c>//</c> or <c>/*</c> comment.</summary>
    private static bool IsComment(string json, JsonException e)
    {
        if (e.LineNumber is not { } line || e.BytePositionInLine is not { } column) return false;
        var lines = json.Split('\n');
        if (line >= lines.Length) return false;
        var bytes = System.Text.Encoding.UTF8.GetBytes(lines[line]);
        var at = (int)Math.Min(column, bytes.Length);
        var rest = System.Text.Encoding.UTF8.GetString(bytes, at, bytes.Length - at).TrimStart();
        return rest.StartsWith("//", StringComparison.Ordinal) || rest.StartsWith("/*", StringComparison.Ordinal);
    }

    /// <summary>System.Text.Json's message without its advice to change reader options and its 0-based position.</summary>
    private static string Explain(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = end > 0 ? message[..end] : message;
        text = text.Replace(" Change the reader options.", "", StringComparison.Ordinal);
        return text.Trim().TrimEnd('.');
    }
}
