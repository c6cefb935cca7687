using System.Text.Json;
using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Configuration;

/// <summary>
/// Reads <c>environments/&lt;name&gt;.json</c> strictly. The file's shape:
/// <code>
/// {
///   "aws_region": "us-east-1",              // required
///   "backend": { "s3": { … } },             // optional; omitted: local state file
///   "variables": { "prefix": "pbet", … },   // required: the module's variables, snake_case
///   "adoption": { "import": { … } },        // optional: import or moved blocks for existing resources
///   "acknowledged_replacements": [ … ],     // optional: replacements the guard lets through
///   "global_datastore": { "role": … }       // optional: primary or secondary of a global datastore
/// }
/// </code>
/// Every problem in a file is returned (<see cref="EnvironmentReading"/>), naming the file, the key path,
/// the value received and what is expected; nothing is thrown for a bad file.
/// </summary>
internal static class EnvironmentFile
{
    /// <summary>The folder of environment files, relative to the repository root.</summary>
    public const string DefaultFolder = "environments";


    /// <summary>
    /// Reads every <c>*.json</c> in <paramref name="folder"/>, in name order, then the rules across files
    /// (<see cref="FolderRules"/>) over the good ones. Anything else in the folder is ignored with a warning.
    /// </summary>
    public static EnvironmentReading ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new([], [new(folder, [new("(folder)", ConfigurationProblem.Missing, "a folder of environment files, one <env>.json per stack")])], []);
        }
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        var warnings = Directory.GetFileSystemEntries(folder).Except(files, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(other => $"{other}: ignored: only *.json files in {folder} are environments (rename it to <env>.json to make it one, or move it out)")
            .ToList();
        if (files.Count == 0)
        {
            return new([], [new(folder, [new("(folder)", "no *.json file", "at least one environment file, such as hml.json")])], warnings);
        }
        var readings = files.Select(Read).ToList();
        var good = files.Zip(readings).Where(r => r.Second.Succeeded)
            .Select(r => new FolderRules.ReadFile(r.First, r.Second.Environments[0])).ToList();
        var across = FolderRules.Check(good);
        var problems = readings.SelectMany(r => r.Problems).Concat(across).ToList();
        var failed = across.Select(p => p.Source).ToHashSet(StringComparer.Ordinal);
        return new([.. good.Where(f => !failed.Contains(f.Path)).Select(f => f.Config)], problems, warnings);
    }

    /// <summary>Reads one environment file; its name (without <c>.json</c>) is the stack's name.</summary>
    public static EnvironmentReading Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            return Failed(path, [new("(file)", "unreadable", $"a readable file ({e.Message})")]);
        }
        return Parse(Path.GetFileNameWithoutExtension(path), text, path);
    }

    /// <summary>Parses an environment file's text; <paramref name="source"/> names it in messages.</summary>
    public static EnvironmentReading Parse(string name, string json, string source)
    {
        JsonDocument document;
        if (string.IsNullOrWhiteSpace(json))
        {
            return Failed(source, [new("(file)", "an empty file", "a JSON object { \"aws_region\": …, \"variables\": { … } } (see environments/hml.json)")]);
        }
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            return Failed(source,
                [IsComment(json, e)
                    ? new(JsonObjectReader.Position(e), "a comment", "JSON without comments: JSON has no comments; delete it (a note can go in a tag, such as \"Note\")")
                    : new(JsonObjectReader.Position(e), "malformed JSON", $"valid JSON ({Explain(e.Message)})")]);
        }
        using (document)
        {
            var problems = new List<ConfigurationProblem>();
            var config = ReadRoot(name, document.RootElement, problems);
            if (problems.Count > 0) return Failed(source, problems);
            return config is null
                ? Failed(source, [new("(file)", "incomplete", "an environment file with aws_region and variables")])
                : new EnvironmentReading([config with { Checked = config }], [], []);
        }
    }

    private static EnvironmentReading Failed(string source, IReadOnlyList<ConfigurationProblem> problems) => new([], [new(source, problems)], []);

    /// <summary>
    /// Reads the file's shape (keys and JSON types) into a draft and then runs the rule tables, which skip
    /// whatever the reading already reported, so one run reports every problem once.
    /// </summary>
    private static EnvironmentConfig? ReadRoot(string name, JsonElement root, List<ConfigurationProblem> problems)
    {
        var file = JsonObjectReader.Open(root, "", problems);
        if (file is null) return null;
        var region = file.String("aws_region");
        var (backend, kinds) = file.Has("backend") ? ReadBackend(file.Object("backend")) : (LocalStateBackend.Default(name), null);
        var variables = file.Object("variables", required: true);
        var (import, moved) = file.Has("adoption") ? ReadAdoption(file.Object("adoption")) : (null, null);
        var acknowledged = ReadAcknowledgements(file.ObjectList("acknowledged_replacements"));
        var compliance = file.Has("compliance") ? ReadCompliance(file.Object("compliance")) : Compliance.ComplianceSettings.Default;
        var global = file.Has("global_datastore") ? ReadGlobalDatastore(file.Object("global_datastore")) : null;
        file.RejectUnknownKeys();
        var cache = variables is null ? null : ReadVariables(variables);
        if (cache is not null && cache.Serverless is null && (import is not null || moved is not null) && !variables!.Has("apply_immediately"))
        {
            // The deploy that adopts the module's resources adds log delivery, which AWS accepts only
            // immediately (see ApplyRules/Rules/LogDeliveryNeedsApplyImmediately): so while adopting, immediately.
            cache = cache with { ApplyImmediately = true };
        }
        var reported = problems.Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
        var draft = new EnvironmentDraft(name)
        {
            AwsRegion = region, Backend = backend, BackendKinds = kinds, Cache = cache,
            Import = import, MovedFromModule = moved, AcknowledgedReplacements = acknowledged, Compliance = compliance,
            GlobalDatastore = global,
        };
        problems.AddRange(EnvironmentRules.Check(draft, reported));
        if (cache is not null)
        {
            var underVariables = reported.Where(f => f.StartsWith("variables.", StringComparison.Ordinal)).Select(f => f["variables.".Length..]).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(ValkeyCacheRules.Check(cache, underVariables).Select(p => p.Under("variables")));
        }
        return draft.ToConfig();
    }

    /// <summary>The backend the file's <c>backend</c> describes (null when it cannot be read), and the kinds it names.</summary>
    private static (StateBackend? Backend, IReadOnlyList<string> Kinds) ReadBackend(JsonObjectReader? backend)
    {
        if (backend is null) return (null, ["(not an object)"]);
        StateBackend? result = null;
        var kinds = new List<string>();
        if (backend.Object("local") is { } local)
        {
            kinds.Add("local");
            var path = local.String("path", required: true);
            local.RejectUnknownKeys();
            if (path is not null) result = new LocalStateBackend(path);
        }
        if (backend.Object("s3") is { } s3)
        {
            kinds.Add("s3");
            var bucket = s3.String("bucket", required: true);
            var key = s3.String("key", required: true);
            var region = s3.String("region", required: true);
            var encrypt = s3.Boolean("encrypt");
            var lockfile = s3.Boolean("use_lockfile");
            var table = s3.String("dynamodb_table");
            s3.RejectUnknownKeys();
            if (bucket is not null && key is not null && region is not null)
            {
                result = new S3StateBackend(bucket, key, region) { Encrypt = encrypt ?? true, UseLockfile = lockfile, DynamodbTable = table };
            }
        }
        backend.RejectUnknownKeys();
        return (kinds.Count == 1 ? result : null, kinds);
    }

    private static (ImportAdoption?, ModuleMove?) ReadAdoption(JsonObjectReader? adoption)
    {
        if (adoption is null) return (null, null);
        ImportAdoption? import = null;
        ModuleMove? moved = null;
        if (adoption.Object("import") is { } i)
        {
            var sg = i.String("security_group_id", required: true);
            i.RejectUnknownKeys();
            if (sg is not null) import = new ImportAdoption(sg);
        }
        if (adoption.Object("moved_from_module") is { } m)
        {
            var names = new[] { "module", "replication_group", "subnet_group", "security_group" }
                .Select(key => m.String(key) ?? (key == "module" ? ModuleMove.DefaultModule : ModuleMove.DefaultResource))
                .ToList();
            m.RejectUnknownKeys();
            moved = new ModuleMove(names[0], names[1], names[2], names[3]);
        }
        if (adoption.Object("moved_from_root") is { } r)
        {
            var names = new[] { "replication_group", "subnet_group", "security_group" }.Select(key => r.String(key) ?? ModuleMove.DefaultResource).ToList();
            r.RejectUnknownKeys();
            if (moved is not null)
            {
                adoption.Problem("moved_from_root", "beside moved_from_module",
                    "one of them: the state holds the cache in a module (moved_from_module) or in the root module (moved_from_root)");
            }
            else moved = new ModuleMove(null, names[0], names[1], names[2]);
        }
        adoption.RejectUnknownKeys();
        return (import, moved);
    }

    /// <summary><c>global_datastore</c>: its role, and the keys of that role (a key of the other role is an unknown key).</summary>
    private static GlobalDatastoreMembership? ReadGlobalDatastore(JsonObjectReader? global)
    {
        if (global is null) return null;
        var role = global.String("role", required: true);
        GlobalDatastoreMembership? membership = null;
        switch (role)
        {
            case null:
                break;
            case "primary":
                var suffix = global.String("id_suffix", required: true);
                var description = global.String("description");
                if (suffix is not null) membership = new GlobalDatastorePrimary(suffix, description);
                break;
            case "secondary":
                var primary = global.String("primary", required: true);
                if (primary is not null) membership = new GlobalDatastoreSecondary(primary);
                break;
            default:
                // The other keys are not judged without a role to judge them by.
                foreach (var key in new[] { "id_suffix", "description", "primary" }) _ = global.Has(key);
                global.Problem("role", ConfigurationProblem.Show(role),
                    "\"primary\" (this environment makes the datastore) or \"secondary\" (it joins the datastore of the environment named by primary)");
                break;
        }
        global.RejectUnknownKeys();
        return membership;
    }

    private static IReadOnlyList<AcknowledgedReplacement> ReadAcknowledgements(IReadOnlyList<JsonObjectReader>? items)
    {
        var list = new List<AcknowledgedReplacement>();
        foreach (var item in items ?? [])
        {
            var resource = item.String("resource", required: true);
            var attribute = item.String("attribute", required: true);
            var to = item.AnyJson("to", required: attribute != AcknowledgedReplacement.Removal);
            var reason = item.String("reason", required: true);
            item.RejectUnknownKeys();
            // Kept even when incomplete, so a problem's index is the entry's index in the file.
            list.Add(new AcknowledgedReplacement(resource ?? "", attribute ?? "", to, reason!));
        }
        return list;
    }

    private static Compliance.ComplianceSettings ReadCompliance(JsonObjectReader? compliance)
    {
        if (compliance is null) return Compliance.ComplianceSettings.Default;
        var enforce = compliance.Boolean("enforce");
        var waivers = new List<Compliance.ComplianceWaiver>();
        foreach (var item in compliance.ObjectList("waivers") ?? [])
        {
            var rule = item.String("rule", required: true);
            var reason = item.String("reason", required: true);
            item.RejectUnknownKeys();
            waivers.Add(new Compliance.ComplianceWaiver(rule ?? "", reason!));
        }
        compliance.RejectUnknownKeys();
        return new Compliance.ComplianceSettings(enforce ?? false, waivers);
    }

    /// <summary>
    /// Stand-ins for the required settings a file lacks. The reader reports each absent one (and a value of the
    /// wrong JSON kind) itself, and the rules skip every field already reported, so no rule ever reads these.
    /// </summary>
    private static readonly ValkeyCacheProps Blank = new()
    {
        Prefix = "", ProjectName = "", VpcId = "", PrivateSubnetIds = [], EcsSecurityGroupId = "", Environment = "",
    };

    /// <summary>The variables, one declaration each (<see cref="ValkeyCacheSettings"/>); absent ones keep the props' defaults.</summary>
    private static ValkeyCacheProps ReadVariables(JsonObjectReader v)
    {
        var props = ValkeyCacheSettings.All.Aggregate(Blank, (props, setting) => setting.ReadFrom(v, props));
        // A setting a serverless cache has no use for, written at its default value: the rules see only values.
        foreach (var problem in ValkeyCacheRules.GivenWithServerless(props, v.Has)) v.Problem(problem.Field, problem.Received, problem.Expected);
        v.RejectUnknownKeys();
        return props;
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
