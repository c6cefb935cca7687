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

    /// <summary>Passwords, read from Secrets Manager at plan time (one or two, for rotation); they end up in Terraform's state.</summary>
    Password,
}
