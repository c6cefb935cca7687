using System.Net;
using System.Xml.Linq;

namespace Valkey.Cdktf.Tools.Deploy.Tests;

/// <summary>
/// ElastiCache's Query API (form-encoded POST, XML answers) against a running emulator, as the AWS
/// SDK sends it: moto routes a request by the service in its Authorization header's credential
/// scope and does not check the signature.
/// </summary>
internal sealed class EmulatorApi(EmulatorServer emulator) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public sealed record Answer(HttpStatusCode Status, XDocument? Xml, string Body)
    {
        /// <summary>The first element named <paramref name="name"/> (any namespace), or null.</summary>
        public XElement? Find(string name) => Xml?.Descendants().FirstOrDefault(e => e.Name.LocalName == name);

        public string? Error => Find("Code")?.Value;

        /// <summary>Every element named <paramref name="name"/> (any namespace), in document order.</summary>
        public IEnumerable<XElement> FindAll(string name) => Xml?.Descendants().Where(e => e.Name.LocalName == name) ?? [];

        /// <summary>The value of the element named <paramref name="child"/> under the first one named <paramref name="parent"/>, or null.</summary>
        public string? ValueUnder(string parent, string child) => Find(parent)?.Elements().FirstOrDefault(e => e.Name.LocalName == child)?.Value;
    }

    /// <summary>The emulator itself, for its controls (the maintenance window).</summary>
    public EmulatorServer Server => emulator;

    /// <summary>Calls ElastiCache's <paramref name="action"/> with <paramref name="parameters"/>.</summary>
    public Answer ElastiCache(string action, params (string Key, string Value)[] parameters) => Call("elasticache", "2015-02-02", action, parameters);

    /// <summary>Calls ElastiCache's <paramref name="action"/> in <paramref name="region"/> (moto keeps each region apart).</summary>
    public Answer ElastiCacheIn(string region, string action, params (string Key, string Value)[] parameters) =>
        Call("elasticache", "2015-02-02", action, parameters, region);

    /// <summary>Calls EC2's <paramref name="action"/> with <paramref name="parameters"/>.</summary>
    public Answer Ec2(string action, params (string Key, string Value)[] parameters) => Call("ec2", "2016-11-15", action, parameters);

    private Answer Call(string service, string version, string action, (string Key, string Value)[] parameters, string region = "us-east-1")
    {
        var form = new List<KeyValuePair<string, string>> { new("Action", action), new("Version", version) };
        form.AddRange(parameters.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));
        using var request = new HttpRequestMessage(HttpMethod.Post, emulator.Endpoint) { Content = new FormUrlEncodedContent(form) };
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential={EmulatorOverride.AccessKey}/20260101/{region}/{service}/aws4_request, SignedHeaders=host, Signature=0");
        using var response = _http.Send(request);
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        XDocument? xml = null;
        try { xml = XDocument.Parse(body); }
        catch (System.Xml.XmlException) { /* an HTTP 500 page */ }
        return new Answer(response.StatusCode, xml, body);
    }

    /// <summary>A cluster-mode-disabled group of <paramref name="nodes"/> nodes, as the stacks create one.</summary>
    public Answer CreateGroup(string id, int nodes = 2) => ElastiCache("CreateReplicationGroup",
        ("ReplicationGroupId", id), ("ReplicationGroupDescription", "test"), ("Engine", "valkey"), ("EngineVersion", "8.0"),
        ("CacheNodeType", "cache.t3.micro"), ("NumCacheClusters", nodes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("CacheParameterGroupName", "default.valkey8"), ("SecurityGroupIds.SecurityGroupId.1", "sg-12345"),
        ("AtRestEncryptionEnabled", "true"), ("TransitEncryptionEnabled", "false"), ("Tags.Tag.1.Key", "Owner"), ("Tags.Tag.1.Value", "first"));

    public void Dispose() => _http.Dispose();
}
