namespace Valkey.Cdktf.Settings;

/// <summary>A setting whose value has the C# type <typeparamref name="T"/>; its kind follows from the type.</summary>
/// <typeparam name="T">The property's type.</typeparam>
internal sealed record Setting<T> : Setting
{
    /// <summary>Reads the property.</summary>
    public required Func<ValkeyCacheProps, T> Get { get; init; }

    /// <summary>A copy of the props with the property set.</summary>
    public required Func<ValkeyCacheProps, T, ValkeyCacheProps> With { get; init; }

    /// <inheritdoc />
    public override SettingKind Kind { get; } = KindOf(typeof(T));

    /// <inheritdoc />
    public override object? ValueIn(ValkeyCacheProps props) => Get(props);

    /// <inheritdoc />
    public override ValkeyCacheProps ReadFrom(ISettingSource source, ValkeyCacheProps props)
    {
        ArgumentNullException.ThrowIfNull(source);
        object? value = Kind switch
        {
            SettingKind.String => source.String(Name, Required),
            SettingKind.Integer => source.Integer(Name, Required),
            SettingKind.Number => source.Number(Name, Required),
            SettingKind.Boolean => source.Boolean(Name, Required),
            SettingKind.StringList => source.StringList(Name, Required),
            SettingKind.UserList => source.Users(Name, Required),
            _ => source.StringMap(Name, Required),
        };
        return value is null ? props : With(props, (T)value);
    }

    private static SettingKind KindOf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return SettingKind.String;
        if (t == typeof(int)) return SettingKind.Integer;
        if (t == typeof(double)) return SettingKind.Number;
        if (t == typeof(bool)) return SettingKind.Boolean;
        if (t == typeof(IReadOnlyList<string>)) return SettingKind.StringList;
        if (t == typeof(IReadOnlyDictionary<string, string>)) return SettingKind.StringMap;
        if (t == typeof(IReadOnlyList<ValkeyUser>)) return SettingKind.UserList;
        throw new ArgumentException($"a setting of type {type} has no JSON kind", nameof(type));
    }
}
