using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>Only the ECS tasks' security group gets in, on the Valkey port; no CIDR ingress.</summary>
internal sealed class EcsOnlyIngress : ComplianceRule
{
    public override string Id => "VKC-INGRESS";

    public override string Title => "Ingress only from the ECS tasks' security group, on the Valkey port; no CIDR ingress.";

    public override IReadOnlyList<string> Controls => ["module documentation: Segurança, Network Security"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.EcsSecurityGroupId);

    // The module documentation, its control, has no address: the AWS page behind the rule.
    public override string HelpUri => "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/elasticache-vpc-accessing.html";

    public override string? Check(StackView stack)
    {
        // A serverless cache's two ports, its endpoint's and its reader endpoint's (ServerlessPorts); a replication group's one.
        var (from, to) = stack.IsServerless ? (ServerlessPorts.Endpoint, ServerlessPorts.ReaderEndpoint) : (StackView.Int(stack.ReplicationGroup["port"], -1), StackView.Int(stack.ReplicationGroup["port"], -1));
        foreach (var rule in stack.SecurityGroup["ingress"]?.AsArray() ?? [])
        {
            if ((rule?["cidr_blocks"]?.AsArray().Count ?? 0) + (rule?["ipv6_cidr_blocks"]?.AsArray().Count ?? 0) + (rule?["prefix_list_ids"]?.AsArray().Count ?? 0) > 0)
            {
                return "an ingress rule admits address ranges (CIDR or prefix lists)";
            }
            if (StackView.Int(rule?["from_port"]) != from || StackView.Int(rule?["to_port"]) != to)
            {
                return from == to ? $"an ingress rule opens other ports than {from}" : $"an ingress rule opens other ports than {from} to {to}";
            }
            if ((rule?["security_groups"]?.AsArray().Count ?? 0) != 1 || TerraformValue.IsTrue(rule?["self"])) return "an ingress rule admits other sources than the ECS tasks' security group";
        }
        return null;
    }
}
