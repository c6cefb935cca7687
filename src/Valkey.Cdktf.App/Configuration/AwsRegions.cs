namespace Valkey.Cdktf.App.Configuration;

/// <summary>
/// The AWS regions the AWS provider knows, by partition. Source: the partitions data of the AWS
/// SDK for Go v2 that the provider embeds, as read from the strings of the
/// <c>terraform-provider-aws</c> 5.100.0 binary, plus the two commercial regions opened in 2025
/// that the pinned 6.25.0 knows and 5.100.0 predates (<c>ap-east-2</c> Taipei,
/// <c>ap-southeast-6</c> New Zealand). A region AWS opens later goes here.
/// </summary>
internal static class AwsRegions
{
    public static readonly IReadOnlyList<string> Known =
    [
        // aws
        "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
        "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
        "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1",
        "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3",
        "il-central-1", "me-central-1", "me-south-1", "mx-central-1", "sa-east-1",
        "us-east-1", "us-east-2", "us-west-1", "us-west-2",
        // aws-cn
        "cn-north-1", "cn-northwest-1",
        // aws-us-gov
        "us-gov-east-1", "us-gov-west-1",
        // aws-iso, aws-iso-b, aws-iso-f
        "us-iso-east-1", "us-iso-west-1", "us-isob-east-1", "us-isof-east-1", "us-isof-south-1",
    ];

    public static bool IsKnown(string region) => Known.Contains(region, StringComparer.Ordinal);

    /// <summary>The partition of a known region, as ARNs name it (the same partitions data: aws-cn for cn-*, aws-us-gov for us-gov-*, …).</summary>
    public static string Partition(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return region switch
        {
            _ when region.StartsWith("cn-", StringComparison.Ordinal) => "aws-cn",
            _ when region.StartsWith("us-gov-", StringComparison.Ordinal) => "aws-us-gov",
            _ when region.StartsWith("us-isob-", StringComparison.Ordinal) => "aws-iso-b",
            _ when region.StartsWith("us-isof-", StringComparison.Ordinal) => "aws-iso-f",
            _ when region.StartsWith("us-iso-", StringComparison.Ordinal) => "aws-iso",
            _ => "aws",
        };
    }
}
