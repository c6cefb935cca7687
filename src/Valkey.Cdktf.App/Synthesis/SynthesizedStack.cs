using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Synthesis;

/// <summary>One environment's synthesized stack: where it was written and its Terraform JSON, parsed.</summary>
/// <param name="Environment">The environment it was made from.</param>
/// <param name="Folder">Its folder, <c>{outdir}/stacks/{name}</c>.</param>
/// <param name="Json">Its <c>cdk.tf.json</c>.</param>
internal sealed record SynthesizedStack(EnvironmentConfig Environment, string Folder, JsonNode Json);
