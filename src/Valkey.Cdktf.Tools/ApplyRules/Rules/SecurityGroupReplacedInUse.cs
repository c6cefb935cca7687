using Valkey.Cdktf.Tools.Changes;

namespace Valkey.Cdktf.Tools.ApplyRules.Rules;

/// <summary>
/// The cache's security group is not replaced while the cache stays. The provider replaces <c>aws_security_group</c> when
/// its name, description or VPC changes (ForceNew in internal/service/ec2/vpc_security_group.go), destroying the old group
/// first; the cache's network interfaces still use it, so EC2 answers <c>DependencyViolation</c> and the provider retries
/// until its delete timeout (hashicorp/terraform#3341, hashicorp/terraform-provider-aws#1671; the provider's
/// aws_security_group documentation, "Recreating a Security Group"). <c>create_before_destroy</c> alone cannot help: the new
/// group keeps the name, which EC2 keeps unique in a VPC (<c>InvalidGroup.Duplicate</c>). So the stack keeps the group.
/// </summary>
internal sealed class SecurityGroupReplacedInUse : ApplyRule
{
    public override string Id => "APPLY-SG-IN-USE";

    public override string Title => "the cache's security group is kept while the cache stays";

    public override string Explanation =>
        "a new `project_name`, `vpc_id`, group name or description replaces the security group, and Terraform deletes the old group first while the cache's network interfaces use it: EC2 answers `DependencyViolation` until the provider's timeout (and `create_before_destroy` alone collides on the name). Refused before apply, with the setting that keeps the group as it is (`security_group_name`, `security_group_description`)";

    public override string Source =>
        "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DeleteSecurityGroup.html (DependencyViolation); " +
        "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group#recreating-a-security-group; " +
        "hashicorp/terraform#3341; hashicorp/terraform-provider-aws#1671";

    public override bool Applies(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Cache.Changes && !input.Cache.Replaced;
    }

    public override RuleFinding? Check(RuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var group = input.Changes.Resources.FirstOrDefault(r => r.Type == ResourceAddresses.SecurityGroupType && r.IsReplace);
        if (group is null) return null;
        var paths = group.ReplacePaths.Count > 0 ? group.ReplacePaths : ["name"];
        var fixes = paths.Select(path => ResourceChange.TopLevel(path) switch
        {
            "vpc_id" => "a cache does not move to another VPC in place (its subnet group and network interfaces are in this one): keep vpc_id, " +
                "and for the new VPC create a new environment and move the clients to it",
            "description" => $"keep the group's description: set \"security_group_description\": {Quote(group.Before?["description"])} in the environment's variables " +
                "(the description is made from project_name, so a new project_name alone changes it)",
            "name" => $"keep the group's name: set \"security_group_name\": {Quote(group.Before?["name"])} in the environment's variables",
            var other => $"keep {other} of {group.Address} as it is",
        }).Distinct(StringComparer.Ordinal);
        return Finding(
            $"{group.Address} would be replaced (forced by {string.Join(", ", paths)}) while the cache keeps using it: Terraform deletes the old group first, " +
            "EC2 refuses while the cache's network interfaces are in it (DependencyViolation), and the apply hangs until the provider's delete timeout",
            string.Join("; ", fixes)) with { Subject = group.Address, Paths = paths };
    }

    private static string Quote(System.Text.Json.Nodes.JsonNode? value) => value?.ToJsonString(ChangeReport.Relaxed) ?? "\"\"";
}
