namespace Valkey.Cdktf.App.Configuration;

/// <summary>
/// An environment file as read, before its rules: what the file lacks or got wrong is null here (and reported by the
/// reader), never a stand-in. The rules (<see cref="EnvironmentRules"/>) run on it; <see cref="ToConfig"/> makes the
/// <see cref="EnvironmentConfig"/> once nothing is missing.
/// </summary>
/// <param name="Name">The stack's name: the file's name without <c>.json</c>.</param>
internal sealed record EnvironmentDraft(string Name)
{
    /// <summary><c>aws_region</c>; null when absent or not a string.</summary>
    public string? AwsRegion { get; init; }

    /// <summary>The backend; null when the file's <c>backend</c> could not be read (see <see cref="BackendKinds"/>).</summary>
    public StateBackend? Backend { get; init; }

    /// <summary>The kinds the file's <c>backend</c> names (<c>local</c>, <c>s3</c>); null without a <c>backend</c> key (the default local state).</summary>
    public IReadOnlyList<string>? BackendKinds { get; init; }

    /// <summary><c>variables</c>; null when absent or not an object.</summary>
    public ValkeyCacheProps? Cache { get; init; }

    /// <summary><c>adoption.import</c>.</summary>
    public ImportAdoption? Import { get; init; }

    /// <summary><c>adoption.moved_from_module</c>.</summary>
    public ModuleMove? MovedFromModule { get; init; }

    /// <summary><c>acknowledged_replacements</c>.</summary>
    public IReadOnlyList<AcknowledgedReplacement> AcknowledgedReplacements { get; init; } = [];

    /// <summary><c>compliance</c>.</summary>
    public Compliance.ComplianceSettings Compliance { get; init; } = Valkey.Cdktf.App.Compliance.ComplianceSettings.Default;

    /// <summary><c>global_datastore</c>.</summary>
    public GlobalDatastoreMembership? GlobalDatastore { get; init; }

    /// <summary>The draft of a whole configuration (a stack built in code goes through the same rules).</summary>
    public static EnvironmentDraft Of(EnvironmentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new EnvironmentDraft(config.Name)
        {
            AwsRegion = config.AwsRegion, Backend = config.Backend, Cache = config.Cache, Import = config.Import, MovedFromModule = config.MovedFromModule,
            AcknowledgedReplacements = config.AcknowledgedReplacements, Compliance = config.Compliance, GlobalDatastore = config.GlobalDatastore,
        };
    }

    /// <summary>The configuration, when the file gave everything it needs; else null (the reader has reported what is missing).</summary>
    public EnvironmentConfig? ToConfig() => AwsRegion is { } region && Backend is { } backend && Cache is { } cache
        ? new EnvironmentConfig(Name, region, backend, cache)
        {
            Import = Import, MovedFromModule = MovedFromModule, AcknowledgedReplacements = AcknowledgedReplacements, Compliance = Compliance,
            GlobalDatastore = GlobalDatastore,
        }
        : null;
}
