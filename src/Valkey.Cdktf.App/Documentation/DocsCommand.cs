using Valkey.Cdktf.App.Changes;
using Valkey.Cdktf.App.Cli;
using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Documentation;

/// <summary>
/// <c>docs [--check]</c>: writes the README's generated tables (the variables, from the settings' declarations:
/// <see cref="SettingsDocumentation"/>; the apply rules, from their classes: <see cref="ApplyRulesDocumentation"/>), or
/// with <c>--check</c> only says whether they are current.
/// The README is replaced whole (a new file renamed over it), never half written.
/// </summary>
internal static class DocsCommand
{
    /// <summary>Runs the command on <paramref name="readme"/>.</summary>
    public static ExitCode Run(string readme, bool check, TextWriter output, TextWriter error)
    {
        var text = File.ReadAllText(readme);
        string generated;
        try
        {
            generated = Generate(text);
        }
        catch (FormatException e)
        {
            error.WriteLine($"error: {readme}: {e.Message}");
            return ExitCode.UsageError;
        }
        if (generated == text)
        {
            output.WriteLine($"{readme}: the generated tables are current");
            return ExitCode.Ok;
        }
        if (check)
        {
            error.WriteLine($"{readme}: the generated tables differ from the settings' declarations or the apply rules; run ./build.sh docs");
            return ExitCode.ConfigurationError;
        }
        WholeFile.Write(readme, generated);
        output.WriteLine($"{readme}: generated tables written");
        return ExitCode.Ok;
    }

    /// <summary>
    /// <paramref name="readme"/> with its generated tables: the variables ("a change" derived from the judge's schema) and
    /// the apply-time rules (from the rule classes).
    /// </summary>
    public static string Generate(string readme)
    {
        var schema = ProviderSchema.Embedded();
        return ApplyRulesDocumentation.Rewrite(SettingsDocumentation.Rewrite(readme, s => SettingEffect.Of(s, schema).Describe(schema)));
    }
}
