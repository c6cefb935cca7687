using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Valkey.Cdktf.App.Terraform;

/// <summary>
/// Checks a synthesized stack (<c>cdk.tf.json</c>) for Terraform expressions that the stack did
/// not put there on purpose. The only expressions our stacks write are references to a resource
/// or data source of the same stack (<c>${aws_security_group.valkey.id}</c>, also inside a
/// template such as the connection URL), and a secondary's read of its primary's output through its own
/// <c>terraform_remote_state</c> (with the workspace it runs in); anything else that Terraform would evaluate (a function
/// call, a directive), in any value or key outside the literal <c>terraform</c> block and
/// CDKTF's <c>//</c> metadata, came from input that was not escaped.
/// </summary>
internal static partial class InterpolationAudit
{
    [GeneratedRegex(@"^\$\{(data\.|ephemeral\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)\.[a-z_][a-z0-9_]*(\[[0-9]+\])?(\.[a-z_][a-z0-9_]*)*\}$")]
    private static partial Regex Reference();

    /// <summary>Every expression in <paramref name="stack"/> that is not a reference to one of its own resources or data sources.</summary>
    public static IReadOnlyList<UnexpectedInterpolation> Find(JsonNode stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var found = new List<UnexpectedInterpolation>();
        foreach (var (key, value) in stack.AsObject())
        {
            if (key is "terraform" or "//") continue;
            Walk(value, key, stack, found);
        }
        return found;
    }

    private static void Walk(JsonNode? node, string path, JsonNode stack, List<UnexpectedInterpolation> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "//") continue;
                    foreach (var sequence in TerraformLiteral.Sequences(key)) found.Add(new($"{path} (key {key})", sequence));
                    Walk(value, $"{path}.{key}", stack, found);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]", stack, found);
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                if (IsTokenPrecondition(path, text, stack)) break;
                // CDKTF's remote state reads the other stack's state in the workspace this one runs in: that expression, exactly.
                if (RemoteStateWorkspacePath().IsMatch(path) && text == "${terraform.workspace}") break;
                foreach (var sequence in TerraformLiteral.Sequences(text).Where(q => !IsOwnReference(q, stack))) found.Add(new(path, sequence));
                break;
        }
    }

    [GeneratedRegex(@"^resource\.aws_elasticache_replication_group\.[A-Za-z0-9_-]+\.lifecycle\.precondition\[\d+\]\.condition$")]
    private static partial Regex TokenPreconditionPath();

    /// <summary>The one expression the stacks write beside references: the AUTH token's format check, exactly, on its own data source.</summary>
    private static bool IsTokenPrecondition(string path, string text, JsonNode stack) =>
        TokenPreconditionPath().IsMatch(path)
        && stack["data"]?["aws_secretsmanager_secret_version"]?.AsObject().Any(d => text == Identifiers.AuthTokenCondition($"data.aws_secretsmanager_secret_version.{d.Key}")) == true;

    // A cross-stack reference as CDKTF writes it (a secondary's global datastore id, from its primary's stack): an output of
    // the other stack's, read through this stack's own terraform_remote_state (CDKTF's output names hold hyphens).
    [GeneratedRegex(@"^\$\{data\.terraform_remote_state\.([A-Za-z0-9_-]+)\.outputs\.[A-Za-z0-9_-]+\}$")]
    private static partial Regex RemoteStateOutput();

    [GeneratedRegex(@"^data\.terraform_remote_state\.[A-Za-z0-9_-]+\.workspace$")]
    private static partial Regex RemoteStateWorkspacePath();

    private static bool IsOwnReference(string text, JsonNode stack)
    {
        if (RemoteStateOutput().Match(text) is { Success: true } remote) return stack["data"]?["terraform_remote_state"]?[remote.Groups[1].Value] is not null;
        var m = Reference().Match(text);
        if (!m.Success) return false;
        // A data source, an ephemeral resource (CDK Terrain's write-only token) or a resource of the stack's own.
        var block = m.Groups[1].Success ? m.Groups[1].Value.TrimEnd('.') : "resource";
        return stack[block]?[m.Groups[2].Value]?[m.Groups[3].Value] is not null;
    }
}
