namespace Valkey.Cdktf;

/// <summary>
/// Where clients connect, as the stacks' outputs say it: the primary and reader endpoints, or in cluster mode the
/// configuration endpoint for both (AWS gives a cluster-mode group neither a primary nor a reader endpoint: ElastiCache
/// User Guide, Finding connection endpoints), and the URL with <c>rediss://</c> when TLS is on. One statement for the
/// stack's outputs and for the deploy rehearsal's check of them.
/// </summary>
internal static class CacheEndpoints
{
    /// <summary>The replication group's attribute that holds the endpoint for reads and writes.</summary>
    public static string Attribute(bool clusterMode) => clusterMode ? "configuration_endpoint_address" : "primary_endpoint_address";

    /// <summary>The replication group's attribute that holds the endpoint for reads.</summary>
    public static string ReaderAttribute(bool clusterMode) => clusterMode ? "configuration_endpoint_address" : "reader_endpoint_address";

    /// <summary>The URL scheme: <c>rediss</c> with TLS, <c>redis</c> without.</summary>
    public static string Scheme(bool tls) => tls ? "rediss" : "redis";

    /// <summary>The connection URL of <paramref name="host"/> and <paramref name="port"/>.</summary>
    public static string Url(bool tls, string host, string port) => $"{Scheme(tls)}://{host}:{port}";
}
