namespace Valkey.Cdktf.App.Configuration;

/// <summary>
/// <c>global_datastore</c>: the environment's part in an ElastiCache global datastore — the primary, which makes it, or a
/// secondary in another region, which names the primary's environment file. See docs/environments.md#global-datastore.
/// </summary>
internal abstract record GlobalDatastoreMembership
{
    /// <summary>The <c>role</c> values, as written in files.</summary>
    public static readonly IReadOnlyList<string> Roles = ["primary", "secondary"];
}

/// <summary><c>{ "role": "primary", "id_suffix": …, "description": … }</c>: this environment's replication group is the datastore's primary.</summary>
/// <param name="IdSuffix">The datastore's name, after AWS's region prefix.</param>
/// <param name="Description">The datastore's description; null: the default of <see cref="ValkeyGlobalDatastoreProps.Description"/>.</param>
internal sealed record GlobalDatastorePrimary(string IdSuffix, string? Description) : GlobalDatastoreMembership;

/// <summary><c>{ "role": "secondary", "primary": "prod" }</c>: this environment's replication group joins the datastore of the named environment.</summary>
/// <param name="PrimaryEnvironment">The primary's environment: its file's name without <c>.json</c>, in the same folder.</param>
internal sealed record GlobalDatastoreSecondary(string PrimaryEnvironment) : GlobalDatastoreMembership;
