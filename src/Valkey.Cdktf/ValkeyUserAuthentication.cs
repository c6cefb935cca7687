namespace Valkey.Cdktf;

/// <summary>How a <see cref="ValkeyUser"/> proves who it is.</summary>
public enum ValkeyUserAuthentication
{
    /// <summary>
    /// IAM: the client signs a short-lived token with its IAM role (an ECS task role allowed <c>elasticache:Connect</c>); no
    /// password exists, so none is in Terraform's state. ElastiCache requires the user id to equal the user name
    /// (ElastiCache User Guide, Authenticating with IAM).
    /// </summary>
    Iam,

    /// <summary>
    /// Passwords from Secrets Manager. On CDKTF (hashicorp/aws 6.25.0) one or two (two during a rotation), read by a data
    /// source at plan time: they end up in Terraform's state. On CDK Terrain (6.66.0) one, read by an ephemeral resource into
    /// the write-only <c>passwords_wo</c>: in neither plan nor state.
    /// </summary>
    Password,
}
