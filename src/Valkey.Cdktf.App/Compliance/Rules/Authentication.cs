using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>
/// Clients authenticate over TLS: an AUTH token, RBAC user groups, or the stack's users. IAM users count as authentication with
/// no stored secret at all (no token or password in Secrets Manager or in Terraform's state). The control is AWS's own
/// (ElastiCache User Guide, Authentication and Authorization: AUTH, RBAC, IAM), not checkov's CKV_AWS_31, which asks for
/// auth_token alone and so fails the RBAC and IAM stacks this rule passes; CKV_AWS_31's ask is met by the token stacks.
/// </summary>
internal sealed class Authentication : ComplianceRule
{
    public override string Id => "VKC-AUTH";

    public override string Title => "Clients authenticate over TLS: an AUTH token, RBAC user groups, or users (IAM users need no stored secret).";

    public override IReadOnlyList<string> Controls => ["ElastiCache User Guide, Authentication and Authorization (AUTH, RBAC, IAM)"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.AuthTokenSecretId);

    public override string? Check(StackView stack) =>
        stack.IsServerless ? (stack.Authentication == "none" ? "neither user_group_ids nor users is set: a serverless cache without a user group lets every client in" : null)
        : !TerraformValue.IsTrue(stack.ReplicationGroup["transit_encryption_enabled"]) ? "no TLS, so no authentication"
            : stack.Authentication == "none" ? "none of auth_token_secret_id, user_group_ids or users is set" : null;
}
