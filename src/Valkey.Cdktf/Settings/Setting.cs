namespace Valkey.Cdktf.Settings;

/// <summary>
/// One setting of <see cref="ValkeyCacheProps"/>, declared once in <see cref="ValkeyCacheSettings"/>: everything
/// the environment reader, the README's variable tables and the guard's and rehearsal's way back from a
/// Terraform attribute to a setting need to know about it.
/// </summary>
internal abstract record Setting
{
    /// <summary>The name in environment files and messages, snake_case (<c>node_type</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The property of <see cref="ValkeyCacheProps"/> it sets (<c>NodeType</c>).</summary>
    public required string Property { get; init; }

    /// <summary>The README table it is listed in.</summary>
    public required SettingGroup Group { get; init; }

    /// <summary>Whether an environment file must give it. Required settings have no default.</summary>
    public bool Required { get; init; }

    /// <summary>The default, as the README shows it (Markdown), with its reason where it is not the module's own; empty when required.</summary>
    public string Default { get; init; } = "";

    /// <summary>What it does, its accepted values and its rules, as one line of Markdown.</summary>
    public required string Documentation { get; init; }

    /// <summary>The Terraform attributes it writes: <see cref="ValkeyCacheSettings.WriterOf"/> leads back from them to it.</summary>
    public IReadOnlyList<TerraformAttribute> Writes { get; init; } = [];

    /// <summary>
    /// The Terraform attributes it reaches through a default name it makes (<c>{prefix}-{environment}-valkey</c>, a
    /// description naming the project): what a change of it changes, though another setting is the attribute's writer.
    /// What a change does to each (in place, replaced) is the provider's schema's to say, not this declaration's.
    /// </summary>
    public IReadOnlyList<TerraformAttribute> Names { get; init; } = [];

    /// <summary>
    /// The Terraform attributes whose value follows from it but not one for one (a parameter group's family from the
    /// engine version: 8.0 to 8.1 keeps it): some changes of it change them.
    /// </summary>
    public IReadOnlyList<TerraformAttribute> Derived { get; init; } = [];

    /// <summary>The resource types it adds or removes (<c>alarms_enabled</c>, the alarms).</summary>
    public IReadOnlyList<string> Adds { get; init; } = [];

    /// <summary>The JSON kind of its value.</summary>
    public abstract SettingKind Kind { get; }

    /// <summary>Its value in <paramref name="props"/>, boxed; null when unset.</summary>
    public abstract object? ValueIn(ValkeyCacheProps props);

    /// <summary><paramref name="props"/> with this setting's value from <paramref name="source"/>, or unchanged when the source has none.</summary>
    public abstract ValkeyCacheProps ReadFrom(ISettingSource source, ValkeyCacheProps props);
}
