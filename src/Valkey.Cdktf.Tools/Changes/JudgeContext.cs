using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>What the judge knows beside the rows: whose change it is, what they acknowledged, and what Terraform and the state say.</summary>
/// <param name="Stack">The environment's (and stack's) name.</param>
/// <param name="EnvironmentFile">The environment file a fix is written in.</param>
/// <param name="Provider">The hashicorp/aws version that sends the change: the stacks' pin for a comparison of syntheses, the rehearsed one for a plan.</param>
internal sealed record JudgeContext(string Stack, string EnvironmentFile, Version Provider)
{
    private static readonly IReadOnlySet<string> Nothing = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The environment's <c>acknowledged_replacements</c>.</summary>
    public IReadOnlyList<AcknowledgedReplacement> Acknowledgements { get; init; } = [];

    /// <summary>The addresses with <c>prevent_destroy</c> on in the configuration being planned.</summary>
    public IReadOnlySet<string> Protected { get; init; } = Nothing;

    /// <summary>The addresses Terraform refused to plan for <c>prevent_destroy</c> (the rows then come from the plan made without the protection).</summary>
    public IReadOnlySet<string> RefusedByTerraform { get; init; } = Nothing;

    /// <summary>The configuration being planned (cdk.tf.json): its region, moved and import blocks.</summary>
    public JsonNode? Configuration { get; init; }

    /// <summary>The real state planned against (<c>rehearse --state</c>); null when there is none.</summary>
    public JsonObject? State { get; init; }

    /// <summary>A context for <paramref name="environment"/>: its name, file, acknowledgements and the provider.</summary>
    public static JudgeContext For(EnvironmentConfig environment, string environmentFile, Version provider)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new(environment.Name, environmentFile, provider) { Acknowledgements = environment.AcknowledgedReplacements };
    }
}
