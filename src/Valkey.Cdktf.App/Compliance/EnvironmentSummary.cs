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

    /// <summary>Whether the cache is a serverless cache: no nodes, priced by use.</summary>
    public bool Serverless { get; init; }

    /// <summary>What the cache is made of, for the summary's table: <c>cache.t3.micro × 2</c>, or <c>serverless</c>.</summary>
    public string Capacity => Serverless ? "serverless" : $"{NodeType} × {Nodes.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The compliance counts in a line; rules that do not apply only when there are any.</summary>
    public string ComplianceCounts =>
        $"{Compliance.Passed} passed, {Compliance.Failed} failed, {Compliance.Waived} waived" + (Compliance.NotApplicable > 0 ? $", {Compliance.NotApplicable} n/a" : "");

    /// <summary>
    /// Why a serverless cache's cost is unknown: it is billed by use, per GB-hour of data stored and per million ECPUs (AWS
    /// Database Blog, Unlock on-demand, cost-optimized performance with Amazon ElastiCache Serverless), and the price table has
    /// no Valkey serverless price: AWS's pricing page cannot be reached from here, and the figures third parties quote for
    /// Valkey disagree with each other.
    /// </summary>
    public const string ServerlessCostUnknown =
        "a serverless cache is billed by use (GB-hours of data stored, millions of ECPUs), and the price table has no Valkey serverless price";

    public static EnvironmentSummary Of(EnvironmentConfig environment, JsonNode stack, ComplianceReport compliance)
    {
        var view = new StackView(stack, environment.Cache);
        var secrets = stack["data"]?["aws_secretsmanager_secret_version"] is JsonObject { Count: > 0 };
        if (view.IsServerless)
        {
            // Encrypted in transit always (ElastiCache User Guide, ElastiCache in-transit encryption (TLS)); at rest as
            // CreateServerlessCache allows, with its KmsKeyId or an AWS-owned key, there being no switch to turn it off.
            return new EnvironmentSummary(environment.Name, "serverless", 0, MultiAz: false, AtRest: true, InTransit: true, view.Authentication,
                view.Alarms.Count, Logs: false, compliance, MonthlyCost: null, ServerlessCostUnknown)
            {
                Serverless = true,
                SecretsInState = secrets,
            };
        }
        var rg = view.ReplicationGroup;
        var nodeType = StackView.Text(rg["node_type"]) ?? "?";
        // Every node costs a node-hour: num_cache_clusters, or in cluster mode shards × (replicas + 1).
        var shards = StackView.Int(rg["num_node_groups"], 0);
        var nodes = shards > 0 ? shards * (StackView.Int(rg["replicas_per_node_group"], 0) + 1) : StackView.Int(rg["num_cache_clusters"], 1);
        var month = PriceTable.Month(environment.AwsRegion, nodeType);
        var auth = view.Authentication;
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
        ["kind"] = Serverless ? "serverless" : "replication group",
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
