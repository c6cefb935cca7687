namespace Valkey.Cdktf.App.Configuration;

/// <summary>One environment: what <c>environments/&lt;name&gt;.json</c> holds, typed.</summary>
/// <param name="Name">The stack's name: the file's name without <c>.json</c> (<c>cdktf deploy hml</c>).</param>
/// <param name="AwsRegion">The region of the stack's <c>aws</c> provider.</param>
/// <param name="Backend">Where the stack's state lives.</param>
/// <param name="Cache">The module's variables.</param>
internal sealed record EnvironmentConfig(string Name, string AwsRegion, StateBackend Backend, ValkeyCacheProps Cache)
{
    /// <summary><c>adoption.import</c>: import blocks for existing resources. Omitted: none.</summary>
    public ImportAdoption? Import { get; init; }

    /// <summary><c>adoption.moved_from_module</c>: moved blocks from the module's addresses. Omitted: none.</summary>
    public ModuleMove? MovedFromModule { get; init; }

    /// <summary><c>compliance</c>: whether failing compliance rules stop the synthesis, and the waivers. Omitted: warnings, no waivers.</summary>
    public Compliance.ComplianceSettings Compliance { get; init; } = Valkey.Cdktf.App.Compliance.ComplianceSettings.Default;

    /// <summary>
    /// This configuration as it passed every rule when its file was read (<see cref="EnvironmentFile.Parse"/>); null when
    /// made otherwise. The stack and the cache do not check again what is unchanged since (<see cref="IsChecked"/>): each
    /// rule runs once per synthesis.
    /// </summary>
    public EnvironmentConfig? Checked { get; init; }

    /// <summary>Whether it is the configuration its file's rules passed, unchanged (a copy changed by <c>with</c> is checked again).</summary>
    public bool IsChecked => Checked is { } passed && passed == this with { Checked = null };

    /// <summary><c>global_datastore</c>: primary or secondary of a global datastore. Omitted: neither.</summary>
    public GlobalDatastoreMembership? GlobalDatastore { get; init; }

    /// <summary><c>acknowledged_replacements</c>: replacements the guard lets through. Omitted: none.</summary>
    public IReadOnlyList<AcknowledgedReplacement> AcknowledgedReplacements { get; init; } = [];
}
