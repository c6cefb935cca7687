using System.Reflection;
using System.Runtime.CompilerServices;

namespace Valkey.Cdktf.Settings;

/// <summary>
/// One setting: a property of <see cref="ValkeyCacheProps"/> marked <see cref="SettingAttribute"/>, read by reflection
/// (<see cref="ValkeyCacheSettings.All"/>). Its name, kind, whether it is required and its default all come from the
/// property; its documentation from the property's XML documentation (read by the tools).
/// </summary>
internal sealed record Setting
{
    private Setting(PropertyInfo property, SettingAttribute declaration)
    {
        Property = property;
        Name = SnakeCase(property.Name);
        Group = declaration.Group;
        Examples = declaration.Examples;
        Base = declaration.Base;
        Also = declaration.Also;
        Required = property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        EnumType = type.IsEnum ? type : null;
        Kind = KindOf(type);
    }

    /// <summary>The setting of <paramref name="property"/>; null when it is not marked as one.</summary>
    internal static Setting? Of(PropertyInfo property) =>
        property.GetCustomAttribute<SettingAttribute>() is { } declaration ? new Setting(property, declaration) : null;

    /// <summary>The name in environment files and messages: the property's, in snake_case (<c>node_type</c>).</summary>
    public string Name { get; }

    /// <summary>The property of <see cref="ValkeyCacheProps"/> it sets.</summary>
    public PropertyInfo Property { get; }

    /// <summary>The README table it is listed in.</summary>
    public SettingGroup Group { get; }

    /// <summary>Whether an environment file must give it: the property is <c>required</c>; such a setting has no default.</summary>
    public bool Required { get; }

    /// <summary>The JSON kind of its value, from the property's type.</summary>
    public SettingKind Kind { get; }

    /// <summary>The enum type of its values, for a setting of a fixed set of strings; null otherwise.</summary>
    public Type? EnumType { get; }

    /// <summary>The spellings an environment file may give (an enum's); empty when any value of its kind may be given.</summary>
    public IReadOnlyList<string> AllowedValues => EnumType is null ? [] : SettingValues.All(EnumType);

    /// <summary><see cref="SettingAttribute.Examples"/>.</summary>
    public IReadOnlyList<string> Examples { get; }

    /// <summary><see cref="SettingAttribute.Base"/>.</summary>
    public string? Base { get; }

    /// <summary><see cref="SettingAttribute.Also"/>.</summary>
    public IReadOnlyList<string> Also { get; }

    /// <summary>Its value in <paramref name="props"/>, boxed (an enum as its spelling); null when unset.</summary>
    public object? ValueIn(ValkeyCacheProps props)
    {
        var value = Property.GetValue(props);
        return value is not null && EnumType is not null ? SettingValues.Of(EnumType, value) : value;
    }

    /// <summary><paramref name="props"/> with this setting's value from <paramref name="source"/>, or unchanged when the source has none.</summary>
    public ValkeyCacheProps ReadFrom(ISettingSource source, ValkeyCacheProps props)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(props);
        object? value = Kind switch
        {
            SettingKind.String when EnumType is not null => source.OneOf(Name, Required, AllowedValues) is { } s ? SettingValues.Parse(EnumType, s) : null,
            SettingKind.String => source.String(Name, Required),
            SettingKind.Integer => source.Integer(Name, Required),
            SettingKind.Number => source.Number(Name, Required),
            SettingKind.Boolean => source.Boolean(Name, Required),
            SettingKind.StringList => source.StringList(Name, Required),
            SettingKind.UserList => source.Users(Name, Required),
            SettingKind.Serverless => source.Serverless(Name, Required),
            _ => source.StringMap(Name, Required),
        };
        if (value is null) return props;
        var copy = props with { };
        Property.SetValue(copy, value);
        return copy;
    }

    /// <summary><c>NodeType</c> → <c>node_type</c>.</summary>
    internal static string SnakeCase(string property) =>
        string.Concat(property.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    private static SettingKind KindOf(Type t)
    {
        if (t == typeof(string) || t.IsEnum) return SettingKind.String;
        if (t == typeof(int)) return SettingKind.Integer;
        if (t == typeof(double)) return SettingKind.Number;
        if (t == typeof(bool)) return SettingKind.Boolean;
        if (t == typeof(IReadOnlyList<string>)) return SettingKind.StringList;
        if (t == typeof(IReadOnlyDictionary<string, string>)) return SettingKind.StringMap;
        if (t == typeof(IReadOnlyList<ValkeyUser>)) return SettingKind.UserList;
        if (t == typeof(ValkeyServerless)) return SettingKind.Serverless;
        throw new ArgumentException($"a setting of type {t} has no JSON kind", nameof(t));
    }
}
