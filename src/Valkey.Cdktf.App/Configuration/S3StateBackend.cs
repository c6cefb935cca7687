namespace Valkey.Cdktf.App.Configuration;

/// <summary>State in S3, encrypted, with state locking.</summary>
/// <param name="Bucket">The state bucket.</param>
/// <param name="Key">The state object's key, such as <c>valkey/prod/terraform.tfstate</c>.</param>
/// <param name="Region">The bucket's region.</param>
internal sealed record S3StateBackend(string Bucket, string Key, string Region) : StateBackend
{
    /// <summary>Server-side encryption of the state object. Omitted: true.</summary>
    public bool Encrypt { get; init; } = true;

    /// <summary>
    /// S3-native state locking (a lock object beside the state; Terraform 1.10 or newer).
    /// Omitted: true, unless <see cref="DynamodbTable"/> is set.
    /// </summary>
    public bool? UseLockfile { get; init; }

    /// <summary>A DynamoDB table for state locking, for teams on the older locking. Omitted: none.</summary>
    public string? DynamodbTable { get; init; }

    /// <summary>Whether S3-native locking is on, after its default.</summary>
    public bool LockfileEnabled => UseLockfile ?? DynamodbTable is null;
}
