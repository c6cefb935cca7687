using Valkey.Cdktf.Tools.Changes;

namespace Valkey.Cdktf.Tools.Documentation;

/// <summary>
/// <c>docs [--check]</c>: writes what is generated from declarations, or with <c>--check</c> only says whether it is
/// current. Under the repository root: the attributes each setting writes (<see cref="SettingAttributes"/>, computed by
/// synthesizing the settings' examples), the README's variable and output tables (<see cref="SettingsDocumentation"/>, <see cref="OutputsDocumentation"/>) and the guard
/// guide's table of apply-time rules (<see cref="ApplyRulesDocumentation"/>). Each file is replaced whole (a new file
/// renamed over it), never half written, and only when its text changes.
/// </summary>
internal static class DocsCommand
{
    /// <summary>The README, from the root.</summary>
    public const string ReadmePath = "README.md";

    /// <summary>The page with the apply-time rules' table, from the root.</summary>
    public const string RulesPagePath = "docs/guard.md";

    /// <summary>Runs the command under <paramref name="root"/>; <paramref name="computeAttributes"/> false keeps the attributes the tools embed.</summary>
    public static ExitCode Run(string root, bool check, bool computeAttributes, TextWriter output, TextWriter error)
    {
        var files = new List<(string Path, string Old, string New)>();
        var schema = ProviderSchema.Embedded();
        SettingAttributes attributes;
        try
        {
            attributes = computeAttributes ? Compute(schema) : SettingAttributes.Embedded();
            if (computeAttributes)
            {
                var path = Path.Combine(root, SettingAttributes.RepositoryPath);
                files.Add((path, File.Exists(path) ? File.ReadAllText(path) : "", attributes.ToJson()));
            }
            var readme = Path.Combine(root, ReadmePath);
            var text = File.ReadAllText(readme);
            files.Add((readme, text, GenerateReadme(text, schema, attributes)));
            var rules = Path.Combine(root, RulesPagePath);
            var page = File.ReadAllText(rules);
            files.Add((rules, page, ApplyRulesDocumentation.Rewrite(page)));
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException)
        {
            error.WriteLine($"error: docs: {e.Message}");
            return ExitCode.UsageError;
        }
        var stale = files.Where(f => f.Old != f.New).ToList();
        if (stale.Count == 0)
        {
            output.WriteLine($"the generated files are current: {string.Join(", ", files.Select(f => f.Path))}");
            return ExitCode.Ok;
        }
        if (check)
        {
            foreach (var f in stale) error.WriteLine($"{f.Path}: differs from what its declarations generate; run ./build.sh docs");
            return ExitCode.ConfigurationError;
        }
        foreach (var f in stale)
        {
            WholeFile.Write(f.Path, f.New);
            output.WriteLine($"{f.Path}: written");
        }
        return ExitCode.Ok;
    }

    /// <summary>The attributes each setting writes, computed (<see cref="SettingAttributes.Compute"/>).</summary>
    public static SettingAttributes Compute(ProviderSchema schema) => SettingAttributes.Compute(schema);

    /// <summary><paramref name="readme"/> with its variable tables ("a change" derived from the judge's schema and <paramref name="attributes"/>).</summary>
    public static string GenerateReadme(string readme, ProviderSchema schema, SettingAttributes attributes) =>
        OutputsDocumentation.Rewrite(
            SettingsDocumentation.Rewrite(readme, s => SettingEffect.Of(s, schema, attributes).Describe(schema), XmlDocumentation.OfLibrary()),
            OutputsDocumentation.Table());
}
