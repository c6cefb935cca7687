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

    /// <summary>The Terraform attributes it writes, directly or through a name it makes.</summary>
    public IReadOnlyList<TerraformAttribute> Writes { get; init; } = [];

    /// <summary>What changing it on a deployed stack does.</summary>
    public ChangeEffect OnChange { get; init; } = ChangeEffect.InPlace;

    /// <summary>The JSON kind of its value.</summary>
    public abstract SettingKind Kind { get; }

    /// <summary>Its value in <paramref name="props"/>, boxed; null when unset.</summary>
    public abstract object? ValueIn(ValkeyCacheProps props);

    /// <summary><paramref name="props"/> with this setting's value from <paramref name="source"/>, or unchanged when the source has none.</summary>
    public abstract ValkeyCacheProps ReadFrom(ISettingSource source, ValkeyCacheProps props);
}
