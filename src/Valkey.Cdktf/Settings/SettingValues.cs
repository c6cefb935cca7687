using System.Reflection;
using System.Runtime.Serialization;

namespace Valkey.Cdktf.Settings;

/// <summary>The spelling of an enum setting's values in environment files and Terraform: each member's <see cref="EnumMemberAttribute"/>.</summary>
internal static class SettingValues
{
    /// <summary>The spelling of <paramref name="value"/> (<c>ROTATE</c>).</summary>
    public static string Of<T>(T value) where T : struct, Enum => Of(typeof(T), value);

    /// <summary>The spelling of <paramref name="value"/>, a member of <paramref name="type"/>.</summary>
    public static string Of(Type type, object value)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(value);
        var name = Enum.GetName(type, value) ?? throw new ArgumentException($"{value} is not a member of {type.Name}", nameof(value));
        return type.GetField(name)!.GetCustomAttribute<EnumMemberAttribute>()?.Value
            ?? throw new InvalidOperationException($"{type.Name}.{name} has no [EnumMember(Value = …)]: its spelling in environment files");
    }

    /// <summary>Every spelling of <paramref name="type"/>'s members, in declaration order.</summary>
    public static IReadOnlyList<string> All(Type type) => [.. Enum.GetValues(type).Cast<object>().Select(v => Of(type, v))];

    /// <summary>The member of <paramref name="type"/> spelt <paramref name="spelling"/> (exactly); null when none is.</summary>
    public static object? Parse(Type type, string spelling) => Enum.GetValues(type).Cast<object>().FirstOrDefault(v => Of(type, v) == spelling);

    /// <summary>"a, b or c": the values a message expects.</summary>
    public static string Expected(IReadOnlyList<string> values) =>
        values.Count <= 1 ? string.Join("", values) : $"{string.Join(", ", values.Take(values.Count - 1))} or {values[^1]}";
}
