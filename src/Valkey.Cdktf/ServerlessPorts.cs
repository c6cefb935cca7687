namespace Valkey.Cdktf;

/// <summary>
/// The ports of a serverless cache, which it chooses itself (CreateServerlessCache has no port): 6379 for its endpoint, 6380
/// for its reader endpoint, where a connection reads from replicas. Source: the ServerlessCache shape's Endpoint and
/// ReaderEndpoint (ElastiCache API Reference, https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_ServerlessCache.html)
/// give each its port; 6379 is AWS's Valkey port (ElastiCache User Guide, Setting up: grant access, which AWS CDK's
/// ServerlessCache cites for it); that the reader endpoint's is 6380 this project could not read on an AWS page here. The
/// stack's outputs take both from the resource, so only the security group's rule rests on these numbers.
/// </summary>
internal static class ServerlessPorts
{
    /// <summary>The endpoint's port: reads and writes.</summary>
    public const int Endpoint = 6379;

    /// <summary>The reader endpoint's port: reads from replicas.</summary>
    public const int ReaderEndpoint = 6380;
}
