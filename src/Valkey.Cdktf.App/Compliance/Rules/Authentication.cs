namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>
/// Clients authenticate over TLS: an AUTH token, RBAC user groups, or the stack's users. IAM users count as authentication with
/// no stored secret at all (no token or password in Secrets Manager or in Terraform's state).
/// </summary>
internal sealed class Authentication : ComplianceRule
{
    public override string Id => "VKC-AUTH";

    public override string Title => "Clients authenticate over TLS: an AUTH token, RBAC user groups, or users (IAM users need no stored secret).";

    public override IReadOnlyList<string> Controls => ["checkov CKV_AWS_31"];

    public override string? Check(StackView stack) =>
        !StackView.IsTrue(stack.ReplicationGroup["transit_encryption_enabled"]) ? "no TLS, so no authentication"
            : stack.Authentication == "none" ? "none of auth_token_secret_id, user_group_ids or users is set" : null;
}
