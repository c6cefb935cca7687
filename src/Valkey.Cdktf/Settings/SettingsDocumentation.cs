using System.Text;

namespace Valkey.Cdktf.Settings;

/// <summary>
/// The README's variable tables, generated from <see cref="ValkeyCacheSettings"/>: one table per
/// <see cref="SettingGroup"/>, between the markers <see cref="Begin"/> and <see cref="End"/>.
/// <c>./build.sh docs</c> writes them; a test keeps the README equal to them. The "a change" column is given by the
/// caller, which derives it from the provider's schema the judge uses: this library states no replacement fact.
/// </summary>
internal static class SettingsDocumentation
{
    /// <summary>The line before a generated table; <c>{0}</c> is the group.</summary>
    public const string Begin = "<!-- settings: {0} (generated from src/Valkey.Cdktf/Settings/ValkeyCacheSettings.cs by ./build.sh docs; do not edit) -->";

    /// <summary>The line after a generated table.</summary>
    public const string End = "<!-- end of settings -->";

    /// <summary>
    /// The table of <paramref name="group"/>'s settings, in Markdown, one line each, ending with a newline;
    /// <paramref name="change"/> says what a change of a setting does.
    /// </summary>
    public static string Table(SettingGroup group, Func<Setting, string> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var text = new StringBuilder();
        text.Append("| variable | type | default | a change | |\n|---|---|---|---|---|\n");
        foreach (var s in ValkeyCacheSettings.All.Where(s => s.Group == group))
        {
            text.Append($"| `{s.Name}` | {TypeOf(s.Kind)} | {(s.Required ? "required" : s.Default)} | {change(s)} | {s.Documentation} |\n");
        }
        return text.ToString();
    }

    /// <summary><paramref name="readme"/> with every generated table rewritten; unchanged text stays byte for byte.</summary>
    /// <exception cref="FormatException">A group's markers are missing or out of order.</exception>
    public static string Rewrite(string readme, Func<Setting, string> change)
    {
        ArgumentNullException.ThrowIfNull(readme);
        ArgumentNullException.ThrowIfNull(change);
        foreach (var group in Enum.GetValues<SettingGroup>())
        {
            var begin = string.Format(System.Globalization.CultureInfo.InvariantCulture, Begin, group) + "\n";
            var start = readme.IndexOf(begin, StringComparison.Ordinal);
            var end = start < 0 ? -1 : readme.IndexOf(End, start, StringComparison.Ordinal);
            if (start < 0 || end < 0)
            {
                throw new FormatException($"the README has no generated table for {group}: a line \"{begin.TrimEnd()}\" followed later by \"{End}\"");
            }
            var from = start + begin.Length;
            readme = readme[..from] + Table(group, change) + readme[end..];
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
        _ => "map(string)",
    };
}
