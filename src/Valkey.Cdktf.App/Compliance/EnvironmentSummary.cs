using System.Globalization;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Compliance;

/// <summary>One environment in a line: nodes, Multi-AZ, encryption, auth, alarms, logs, compliance, estimated monthly cost.</summary>
internal sealed record EnvironmentSummary(string Stack, string NodeType, int Nodes, bool MultiAz, bool AtRest, bool InTransit, string Auth,
    int Alarms, bool Logs, ComplianceReport Compliance, decimal? MonthlyCost, string CostNote)
{
    /// <summary>
    /// Whether a secret can reach the Terraform state: a Secrets Manager data source's value is kept in state (the AUTH token
    /// and user passwords on CDKTF's hashicorp/aws 6.25.0); CDK Terrain's ephemeral ones, passed to write-only arguments, are not.
    /// </summary>
    public bool SecretsInState { get; init; }

    public static EnvironmentSummary Of(EnvironmentConfig environment, JsonNode stack, ComplianceReport compliance)
    {
        var view = new StackView(stack);
        var rg = view.ReplicationGroup;
        var nodeType = StackView.Text(rg["node_type"]) ?? "?";
        // Every node costs a node-hour: num_cache_clusters, or in cluster mode shards × (replicas + 1).
        var shards = StackView.Int(rg["num_node_groups"], 0);
        var nodes = shards > 0 ? shards * (StackView.Int(rg["replicas_per_node_group"], 0) + 1) : StackView.Int(rg["num_cache_clusters"], 1);
        var month = PriceTable.Month(environment.AwsRegion, nodeType);
        var auth = view.Authentication;
        var secrets = stack["data"]?["aws_secretsmanager_secret_version"] is JsonObject { Count: > 0 };
        return new EnvironmentSummary(environment.Name, nodeType, nodes, TerraformValue.IsTrue(rg["multi_az_enabled"]), TerraformValue.IsTrue(rg["at_rest_encryption_enabled"]),
            TerraformValue.IsTrue(rg["transit_encryption_enabled"]), auth, view.Alarms.Count, rg["log_delivery_configuration"] is JsonArray { Count: > 0 }, compliance,
            month is null ? null : Math.Round(nodes * month.Usd, 2),
            month is null ? $"no price for {nodeType} in {environment.AwsRegion} in the price table" : $"{nodes} × {month.Basis}")
        {
            SecretsInState = secrets,
        };
    }

    public string Cost => MonthlyCost is { } c ? "$" + c.ToString("0.00", CultureInfo.InvariantCulture) : "unknown";

    public JsonObject ToJson() => new()
    {
        ["node_type"] = NodeType,
        ["nodes"] = Nodes,
        ["multi_az"] = MultiAz,
        ["encryption_at_rest"] = AtRest,
        ["encryption_in_transit"] = InTransit,
        ["auth"] = Auth,
        ["alarms"] = Alarms,
        ["logs"] = Logs,
        ["secrets_in_state"] = SecretsInState,
        ["estimated_monthly_cost_usd"] = MonthlyCost,
        ["cost_basis"] = CostNote,
        ["price_source"] = PriceTable.Source,
        ["cost_not_counted"] = PriceTable.LeftOut,
    };
}
