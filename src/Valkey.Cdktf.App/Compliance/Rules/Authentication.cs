namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>Clients authenticate (an AUTH token or RBAC user groups) over TLS.</summary>
internal sealed class Authentication : ComplianceRule
{
    public override string Id => "VKC-AUTH";

    public override string Title => "Clients authenticate (an AUTH token or RBAC user groups) over TLS.";

    public override IReadOnlyList<string> Controls => ["checkov CKV_AWS_31"];

    public override string? Check(StackView stack) =>
        !StackView.IsTrue(stack.ReplicationGroup["transit_encryption_enabled"]) ? "no TLS, so no authentication"
            : stack.ReplicationGroup["auth_token"] is null && stack.ReplicationGroup["user_group_ids"] is null ? "neither auth_token_secret_id nor user_group_ids is set" : null;
}
