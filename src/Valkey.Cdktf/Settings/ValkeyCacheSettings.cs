using System.Linq.Expressions;
using System.Reflection;

namespace Valkey.Cdktf.Settings;

/// <summary>
/// Every setting: the properties of <see cref="ValkeyCacheProps"/> marked <see cref="SettingAttribute"/>, in the order they
/// are declared, which is the README's. From them: the environment reader (<c>variables</c>), the rules' field names
/// (<see cref="NameOf{T}"/>), and in the tools the README's tables and the way back from a Terraform attribute to its setting.
/// </summary>
internal static class ValkeyCacheSettings
{
    /// <summary>Every setting, in declaration (README) order.</summary>
    public static IReadOnlyList<Setting> All { get; } =
    [
        .. typeof(ValkeyCacheProps).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => p.MetadataToken)
            .Select(Setting.Of)
            .OfType<Setting>(),
    ];

    private static readonly Dictionary<string, Setting> ByName = All.ToDictionary(s => s.Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, Setting> ByProperty = All.ToDictionary(s => s.Property.Name, StringComparer.Ordinal);

    /// <summary>The setting named <paramref name="name"/> (snake_case); null when none is.</summary>
    public static Setting? Named(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The setting of the property <paramref name="property"/> names (<c>p =&gt; p.NodeType</c>).</summary>
    /// <exception cref="ArgumentException">The expression is not a setting's property.</exception>
    public static Setting Of<T>(Expression<Func<ValkeyCacheProps, T>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var body = property.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : property.Body;
        return body is MemberExpression { Member: PropertyInfo p } && ByProperty.TryGetValue(p.Name, out var setting)
            ? setting
            : throw new ArgumentException($"{property} is not a setting of {nameof(ValkeyCacheProps)}", nameof(property));
    }

    /// <summary>The name in environment files of the setting <paramref name="property"/> names.</summary>
    public static string NameOf<T>(Expression<Func<ValkeyCacheProps, T>> property) => Of(property).Name;
}
