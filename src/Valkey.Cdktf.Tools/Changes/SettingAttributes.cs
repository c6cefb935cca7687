using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>
/// Which Terraform attributes each setting writes, computed, never declared: a stack is synthesized with the setting's
/// example values one after the other (<see cref="SettingAttribute.Examples"/>, over <see cref="SettingAttribute.Base"/>)
/// and each step is compared with the one before it by the guard's own comparison (<see cref="SynthesisDiff"/>, which
/// resolves references, so a renamed subnet group shows on the replication group too). <c>./build.sh docs</c> writes the
/// result into <c>src/Valkey.Cdktf.Tools/Changes/setting-attributes.json</c> (<see cref="FileName"/>), which the tools
/// embed and a test keeps equal to a fresh computation. From it: what a change does (<see cref="SettingEffect"/>) and the
/// way back from an attribute to its setting (<see cref="WriterOf"/>).
/// </summary>
/// <param name="Steps">Each setting's steps, by name.</param>
internal sealed record SettingAttributes(IReadOnlyDictionary<string, IReadOnlyList<SettingStep>> Steps)
{
    /// <summary>The file's name in the repository, beside this class; also its embedded resource's name.</summary>
    public const string FileName = "setting-attributes.json";

    /// <summary>The path of the file from the repository's root.</summary>
    public const string RepositoryPath = "src/Valkey.Cdktf.Tools/Changes/" + FileName;

    /// <summary>
    /// The variables every computation starts from: the required settings, valid, and nothing else, so each setting's
    /// default is what the first step changes.
    /// </summary>
    internal const string BaseVariables = """
        {"prefix": "acme", "project_name": "Shop", "vpc_id": "vpc-0a1b2c3d", "private_subnet_ids": ["subnet-0a1b2c3d", "subnet-0b2c3d4e"],
         "ecs_security_group_id": "sg-0123456789abcdef0", "environment": "hml"}
        """;

    /// <summary>The region of the stacks synthesized for the computation.</summary>
    internal const string Region = "us-east-1";

    // Read once: the README's tables and the judge ask for it once a setting.
    private static readonly Lazy<SettingAttributes> EmbeddedFile = new(() =>
    {
        using var stream = typeof(SettingAttributes).Assembly.GetManifestResourceStream(FileName)
            ?? throw new InvalidOperationException($"embedded resource {FileName} is missing");
        return Parse(JsonNode.Parse(stream)!);
    });

    /// <summary>The file the tools embed (immutable, read once).</summary>
    public static SettingAttributes Embedded() => EmbeddedFile.Value;

    /// <summary>The steps of <paramref name="setting"/>; empty when it has none (a setting declared after the file was written).</summary>
    public IReadOnlyList<SettingStep> Of(Setting setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return Steps.TryGetValue(setting.Name, out var steps) ? steps : [];
    }

    /// <summary>
    /// The setting that writes <paramref name="attribute"/> (its top-level part) of a resource of <paramref name="type"/>:
    /// one that declares it (<see cref="SettingAttribute.Also"/>), else of those whose examples change it the one that
    /// changes the fewest attributes in all (the subnet group's name: <c>subnet_group_name</c>, not <c>prefix</c>, which
    /// renames everything), the first declared on a tie; null when no setting reaches it.
    /// </summary>
    public Setting? WriterOf(string type, string attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        var top = new TerraformAttribute(type, attribute.Split('.')[0]);
        var also = $"{top.Type}.{top.Attribute}";
        return ValkeyCacheSettings.All.FirstOrDefault(s => s.Also.Contains(also, StringComparer.Ordinal))
            ?? ValkeyCacheSettings.All
                .Select((s, i) => (Setting: s, Order: i, Changed: Of(s).SelectMany(step => step.Changes).Distinct().ToList()))
                .Where(c => c.Changed.Contains(top))
                .OrderBy(c => c.Changed.Count).ThenBy(c => c.Order)
                .Select(c => c.Setting).FirstOrDefault();
    }

    /// <summary>Computes the steps of every setting: one synthesis of every step, in a scratch folder removed after.</summary>
    /// <exception cref="InvalidOperationException">An example does not make a valid environment (with its problems).</exception>
    public static SettingAttributes Compute(ProviderSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var plans = new List<(Setting Setting, IReadOnlyList<string> Stacks)>();
        var environments = new List<EnvironmentConfig>();
        foreach (var setting in ValkeyCacheSettings.All)
        {
            if (setting.Examples.Count == 0) throw new InvalidOperationException($"{setting.Name}: no examples: its [Setting] declares none");
            var variables = Variables(setting.Base);
            var names = new List<string>();
            for (var i = 0; i <= setting.Examples.Count; i++)
            {
                if (i > 0) variables[setting.Name] = JsonNode.Parse(setting.Examples[i - 1]);
                var name = string.Create(CultureInfo.InvariantCulture, $"s{environments.Count:D3}");
                var source = i == 0 ? $"{setting.Name}, before its examples" : $"{setting.Name}, example {i}";
                environments.Add(Environment(name, variables, source, $" (the [Setting] of {setting.Property.Name}: its Examples and Base)"));
                names.Add(name);
            }
            plans.Add((setting, names));
        }
        var stacks = SynthesizeInScratch(environments).ToDictionary(s => s.Environment.Name, s => s.Json, StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyList<SettingStep>>(StringComparer.Ordinal);
        foreach (var (setting, names) in plans)
        {
            result[setting.Name] = [.. names.Zip(names.Skip(1)).Select(pair => Step(SynthesisDiff.Compare(stacks[pair.First], stacks[pair.Second], schema)))];
        }
        return new SettingAttributes(result);
    }

    /// <summary><see cref="BaseVariables"/> with <paramref name="extra"/> (a JSON object, or null) over them.</summary>
    internal static JsonObject Variables(string? extra)
    {
        var variables = JsonNode.Parse(BaseVariables)!.AsObject();
        if (extra is not null)
        {
            foreach (var (key, value) in JsonNode.Parse(extra)!.AsObject()) variables[key] = value?.DeepClone();
        }
        return variables;
    }

    /// <summary>
    /// The environment of a stack the tools synthesize for the documentation: <paramref name="variables"/> in
    /// <see cref="Region"/>, read as an environment file is; <paramref name="source"/> and <paramref name="hint"/> name it
    /// when it is not valid.
    /// </summary>
    /// <exception cref="InvalidOperationException">The variables break a rule (with every problem).</exception>
    internal static EnvironmentConfig Environment(string name, JsonObject variables, string source, string hint = "")
    {
        var file = new JsonObject { ["aws_region"] = Region, ["variables"] = variables.DeepClone() };
        var reading = EnvironmentFile.Parse(name, file.ToJsonString(), source);
        if (!reading.Succeeded)
        {
            throw new InvalidOperationException($"{source} is not a valid environment: " +
                string.Join("; ", reading.Problems.SelectMany(f => f.Problems).Select(p => $"{p.Field}: {p.Received}, expected {p.Expected}")) + hint);
        }
        return reading.Environments[0];
    }

    /// <summary>Synthesizes <paramref name="environments"/> in a scratch folder of their own, removed after.</summary>
    internal static IReadOnlyList<SynthesizedStack> SynthesizeInScratch(IReadOnlyList<EnvironmentConfig> environments)
    {
        var scratch = Directory.CreateTempSubdirectory("valkey-docs-");
        try
        {
            return Synthesizer.Synthesize(environments, scratch.FullName);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static SettingStep Step(ChangeSet changes)
    {
        var changed = new SortedSet<TerraformAttribute>(Comparer<TerraformAttribute>.Create((a, b) =>
            string.CompareOrdinal($"{a.Type}.{a.Attribute}", $"{b.Type}.{b.Attribute}")));
        var added = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in changes.Resources)
        {
            if (row.Before is null || row.After is null)
            {
                added.Add(row.Type);
                continue;
            }
            foreach (var key in row.Before.Select(p => p.Key).Union(row.After.Select(p => p.Key)))
            {
                if (!JsonNode.DeepEquals(row.Before[key], row.After[key]) || row.AfterUnknown.Contains(key)) changed.Add(new(row.Type, key));
            }
        }
        return new SettingStep([.. changed], [.. added]);
    }

    /// <summary>The file's text: one setting a line group, stable order, ending with a newline.</summary>
    public string ToJson()
    {
        var text = new StringBuilder("{\n");
        var first = true;
        foreach (var setting in ValkeyCacheSettings.All.Where(s => Steps.ContainsKey(s.Name)))
        {
            text.Append(first ? "" : ",\n");
            first = false;
            text.Append("  ").Append(JsonSerializer.Serialize(setting.Name)).Append(": [");
            text.Append(string.Join(",", Steps[setting.Name].Select(step =>
                "\n    {\"changes\": [" + string.Join(", ", step.Changes.Select(a => JsonSerializer.Serialize($"{a.Type}.{a.Attribute}"))) +
                "], \"adds\": [" + string.Join(", ", step.Adds.Select(t => JsonSerializer.Serialize(t))) + "]}")));
            text.Append("\n  ]");
        }
        return text.Append("\n}\n").ToString();
    }

    /// <summary>Reads the file's text.</summary>
    public static SettingAttributes Parse(JsonNode json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var steps = new Dictionary<string, IReadOnlyList<SettingStep>>(StringComparer.Ordinal);
        foreach (var (name, list) in json.AsObject())
        {
            steps[name] = [.. list!.AsArray().Select(step => new SettingStep(
                [.. step!["changes"]!.AsArray().Select(a => a!.GetValue<string>().Split('.', 2)).Select(p => new TerraformAttribute(p[0], p[1]))],
                [.. step["adds"]!.AsArray().Select(t => t!.GetValue<string>())]))];
        }
        return new SettingAttributes(steps);
    }
}

/// <summary>One step of a setting's examples: what changed from the stack before it.</summary>
/// <param name="Changes">The attributes whose value changed (top level), by resource type.</param>
/// <param name="Adds">The resource types a resource of which was added or removed.</param>
internal sealed record SettingStep(IReadOnlyList<TerraformAttribute> Changes, IReadOnlyList<string> Adds);
