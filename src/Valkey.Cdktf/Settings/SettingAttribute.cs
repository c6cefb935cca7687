namespace Valkey.Cdktf.Settings;

/// <summary>
/// Makes a property of <see cref="ValkeyCacheProps"/> a setting, with what its type, its initial value and its XML
/// documentation do not say: the README table it is listed in, and the example values the tools synthesize to find the
/// Terraform attributes it writes (<c>./build.sh docs</c> writes them into
/// <c>src/Valkey.Cdktf.Tools/Changes/setting-attributes.json</c>; a test keeps that file current).
/// </summary>
/// <param name="group">The README table.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class SettingAttribute(SettingGroup group) : Attribute
{
    /// <summary>The README table it is listed in.</summary>
    public SettingGroup Group { get; } = group;

    /// <summary>
    /// Values of the setting as JSON, applied one after the other to a synthesized stack: each step's differences are what
    /// a change of the setting writes (two values where some changes differ from others: 8.0 to 8.1, then to 7.2).
    /// </summary>
    public string[] Examples { get; init; } = [];

    /// <summary>
    /// Other variables, a JSON object, set before and after the examples (TLS for a token): what the setting needs to
    /// take effect. Default: none.
    /// </summary>
    public string? Base { get; init; }

    /// <summary>
    /// Attributes it answers for though no example changes them, <c>type.attribute</c> (the replication group's
    /// <c>engine</c>, which a state of another engine differs in). Default: none.
    /// </summary>
    public string[] Also { get; init; } = [];
}
