using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>
/// What every stack of one rehearsal shares: a scratch folder, Terraform, one provider
/// process, and the provider's schema. Nothing of it reaches AWS: each stack gets fake static
/// credentials and the provider's skip flags (<see cref="StackRehearsal"/>).
/// </summary>
internal sealed class RehearsalSession : IDisposable
{
    /// <summary>The hashicorp/aws version the stacks pin (the C# bindings were generated for it).</summary>
    public static readonly Version PinnedProvider = Changes.PinnedProvider.Version;

    private readonly ProviderServer _server;
    private readonly Lazy<ProviderSchemaInfo> _schema;

    private RehearsalSession(string scratch, TerraformCli terraform, ProviderBinary provider, ProviderServer server)
    {
        Scratch = scratch;
        Terraform = terraform;
        Provider = provider;
        _server = server;
        _schema = new Lazy<ProviderSchemaInfo>(ReadSchema, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Scratch { get; }

    public TerraformCli Terraform { get; }

    public ProviderBinary Provider { get; }

    /// <summary>Schema versions and attribute types of the provider's resources.</summary>
    public ProviderSchemaInfo Schema => _schema.Value;

    /// <summary>Terraform and a running provider, in <paramref name="scratch"/>; or why not.</summary>
    /// <param name="scratch">The session's folder.</param>
    /// <param name="providerEnvironment">
    /// Variables for the provider process (see <see cref="ProviderServer.Start"/>), made once the provider is found
    /// (the deploy rehearsal starts its emulator there, fitted to the provider's version); null from it: no session.
    /// </param>
    public static (RehearsalSession? Session, string? Problem) Start(string scratch, Func<ProviderBinary, IReadOnlyDictionary<string, string>?>? providerEnvironment = null)
    {
        Directory.CreateDirectory(scratch);
        var cliConfig = Path.Combine(scratch, "terraform.rc");
        File.WriteAllText(cliConfig, "# The rehearsal's own CLI configuration: providers come from TF_REATTACH_PROVIDERS.\n");
        var (terraform, problem) = TerraformCli.Find(cliConfig, reattach: null);
        if (terraform is null) return (null, problem);
        var (binary, missing) = ProviderLocator.Find(PinnedProvider, terraform, scratch);
        if (binary is null) return (null, missing);
        var environment = providerEnvironment is null ? null : providerEnvironment(binary);
        if (providerEnvironment is not null && environment is null) return (null, "the provider's environment could not be prepared");
        var (server, failed) = ProviderServer.Start(binary, environment);
        if (server is null) return (null, failed);
        return (new RehearsalSession(scratch, terraform.WithProvider(server.Reattach), binary, server), null);
    }

    /// <summary>A folder for one stack's rehearsal, holding <paramref name="stack"/> (a cdk.tf.json document) and the overrides.</summary>
    public StackRehearsal Stack(string name, JsonNode stack) => new(this, Path.Combine(Scratch, "stacks", name), stack);

    private ProviderSchemaInfo ReadSchema()
    {
        var folder = Stack("provider-schema", JsonNode.Parse("""{"provider": {"aws": [{"region": "us-east-1"}]}}""")!);
        folder.Init();
        var result = Terraform.Run(["providers", "schema", "-json"], folder.Folder);
        if (!result.Succeeded) throw new InvalidOperationException($"terraform providers schema -json failed: {result.Diagnostics}");
        return ProviderSchemaInfo.Read(result.Stdout, ["aws_elasticache_replication_group", "aws_elasticache_subnet_group", "aws_security_group", "aws_cloudwatch_metric_alarm", "aws_cloudwatch_log_group", "aws_elasticache_parameter_group", "aws_elasticache_user", "aws_elasticache_user_group", "aws_elasticache_serverless_cache", "aws_elasticache_global_replication_group"]);
    }

    public void Dispose() => _server.Dispose();
}
