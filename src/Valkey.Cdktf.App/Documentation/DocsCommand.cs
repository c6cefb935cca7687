using Valkey.Cdktf.App.Changes;
using Valkey.Cdktf.App.Cli;
using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Documentation;

/// <summary>
/// <c>docs [--check]</c>: writes the README's generated variable tables from the settings' declarations
/// (<see cref="SettingsDocumentation"/>), or with <c>--check</c> only says whether they are current.
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
            output.WriteLine($"{readme}: the variable tables are current");
            return ExitCode.Ok;
        }
        if (check)
        {
            error.WriteLine($"{readme}: the variable tables differ from the settings' declarations; run ./build.sh docs");
            return ExitCode.ConfigurationError;
        }
        WholeFile.Write(readme, generated);
        output.WriteLine($"{readme}: variable tables written");
        return ExitCode.Ok;
    }

    /// <summary><paramref name="readme"/> with its variable tables generated, "a change" derived from the judge's schema.</summary>
    public static string Generate(string readme)
    {
        var schema = ProviderSchema.Embedded();
        return SettingsDocumentation.Rewrite(readme, s => SettingEffect.Of(s, schema).Describe(schema));
    }
}
