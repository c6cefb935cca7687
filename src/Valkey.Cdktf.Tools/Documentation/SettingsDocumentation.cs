using System.Globalization;
using System.Text;
using System.Text.Json;
using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.Tools.Documentation;

/// <summary>
/// The README's variable tables, generated from the settings' one declaration, the props (<see cref="ValkeyCacheSettings"/>):
/// name, type and group from the property and its <see cref="SettingAttribute"/>, the default from a new props' value
/// (with its <c>value</c> documentation where the construct computes it), the documentation from its XML documentation
/// (<see cref="XmlDocumentation"/>). One table per <see cref="SettingGroup"/>, between the markers <see cref="Begin"/> and
/// <see cref="End"/>. <c>./build.sh docs</c> writes them; a test keeps the README equal to them. The "a change" column is
/// given by the caller, which derives it from the provider's schema the judge uses.
/// </summary>
internal static class SettingsDocumentation
{
    /// <summary>The line before a generated table; <c>{0}</c> is the group.</summary>
    public const string Begin = "<!-- settings: {0} (generated from src/Valkey.Cdktf/ValkeyCacheProps.cs by ./build.sh docs; do not edit) -->";

    /// <summary>The line after a generated table.</summary>
    public const string End = "<!-- end of settings -->";

    /// <summary>
    /// The table of <paramref name="group"/>'s settings, in Markdown, one line each, ending with a newline;
    /// <paramref name="change"/> says what a change of a setting does.
    /// </summary>
    public static string Table(SettingGroup group, Func<Setting, string> change, XmlDocumentation documentation)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(documentation);
        var text = new StringBuilder();
        text.Append("| variable | type | default | a change | |\n|---|---|---|---|---|\n");
        foreach (var s in ValkeyCacheSettings.All.Where(s => s.Group == group))
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{s.Name}` | {TypeOf(s.Kind)} | {Default(s, documentation)} | {change(s)} | {documentation.Summary(s.Property)} |\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// The default column: <c>required</c>; else the value a new props holds, as JSON, followed by its <c>value</c>
    /// documentation when there is one; else (a value the construct computes) the <c>value</c> documentation alone.
    /// </summary>
    /// <exception cref="FormatException">An optional setting without a value and without a <c>value</c> documentation.</exception>
    public static string Default(Setting setting, XmlDocumentation documentation)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(documentation);
        if (setting.Required) return "required";
        var value = setting.ValueIn(NewProps());
        var said = documentation.Value(setting.Property);
        if (value is null)
        {
            return said ?? throw new FormatException(
                $"{setting.Property.Name}: no default: a nullable setting documents what its absence means in a <value> element");
        }
        var literal = $"`{JsonSerializer.Serialize(value)}`";
        return said is null ? literal : $"{literal}; {said}";
    }

    /// <summary>A props as a new one is, with every initial value: the defaults (required members unset).</summary>
    internal static ValkeyCacheProps NewProps() => (ValkeyCacheProps)Activator.CreateInstance(typeof(ValkeyCacheProps))!;

    /// <summary><paramref name="readme"/> with every generated table rewritten; unchanged text stays byte for byte.</summary>
    /// <exception cref="FormatException">A group's markers are missing or out of order.</exception>
    public static string Rewrite(string readme, Func<Setting, string> change, XmlDocumentation documentation)
    {
        ArgumentNullException.ThrowIfNull(readme);
        ArgumentNullException.ThrowIfNull(change);
        foreach (var group in Enum.GetValues<SettingGroup>())
        {
            var begin = string.Format(CultureInfo.InvariantCulture, Begin, group) + "\n";
            var start = readme.IndexOf(begin, StringComparison.Ordinal);
            var end = start < 0 ? -1 : readme.IndexOf(End, start, StringComparison.Ordinal);
            if (start < 0 || end < 0)
            {
                throw new FormatException($"the README has no generated table for {group}: a line \"{begin.TrimEnd()}\" followed later by \"{End}\"");
            }
            var from = start + begin.Length;
            readme = readme[..from] + Table(group, change, documentation) + readme[end..];
        }
        return readme;
    }

    private static string TypeOf(SettingKind kind) => kind switch
    {
        SettingKind.String => "string",
        SettingKind.Integer or SettingKind.Number => "number",
        SettingKind.Boolean => "bool",
        SettingKind.StringList => "list(string)",
        SettingKind.UserList => "list(object)",
        SettingKind.Serverless => "object",
        _ => "map(string)",
    };
}
