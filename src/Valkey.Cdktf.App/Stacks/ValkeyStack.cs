using Constructs;

namespace Valkey.Cdktf.App.Stacks;

/// <summary>
/// One environment's stack, named after its file: the <c>aws</c> provider in the
/// environment's region, the state backend, the <see cref="ValkeyCache"/> (construct id
/// <c>valkey</c>) and the module's five outputs under their exact names.
/// </summary>
internal sealed class ValkeyStack : TerraformStack
{
    /// <summary>The construct id of the cache, and so the Terraform name of its resources.</summary>
    public const string CacheId = "valkey";

    /// <summary>The construct id of a primary's <see cref="ValkeyGlobalDatastore"/>.</summary>
    public const string GlobalDatastoreId = "global_datastore";

    /// <summary>The output, with <c>global_datastore</c>, of the datastore's id.</summary>
    public const string GlobalDatastoreOutput = "global_replication_group_id";

    /// <summary>The module's outputs, in its order.</summary>
    public static readonly IReadOnlyList<string> OutputNames =
        ["valkey_endpoint", "valkey_port", "valkey_reader_endpoint", "replication_group_id", "security_group_id"];

    /// <summary>The output added beside the module's: the connection URL for the ECS services.</summary>
    public const string ConnectionUrlOutput = "valkey_connection_url";

    /// <summary>The output listing the users' names, with <c>users</c>.</summary>
    public const string UsersOutput = "valkey_users";

    /// <summary>The output with the IAM policy an ECS task role needs to connect as the IAM users, with IAM users.</summary>
    public const string IamPolicyOutput = "valkey_iam_connect_policy";

    /// <summary>Creates the stack for <paramref name="environment"/> in <paramref name="scope"/> (the app).</summary>
    public ValkeyStack(Construct scope, EnvironmentConfig environment)
        : base(scope, environment?.Name ?? throw new ArgumentNullException(nameof(environment)))
    {
        Environment = environment;
        // A configuration read from its file passed every rule then (EnvironmentConfig.IsChecked): checked once per synthesis.
        // Any other is checked here, the stack's settings and the cache's (by the cache).
        var isChecked = environment.IsChecked;
        var problems = isChecked ? [] : EnvironmentRules.Check(EnvironmentDraft.Of(environment));
        if (problems.Count > 0) throw new ValkeyConfigurationException(Node.Path, problems);
        _ = new AwsProvider(this, "aws", new AwsProviderConfig { Region = TerraformLiteral.Escape(environment.AwsRegion) });
        AddBackend(environment.Backend);
        Cache = new ValkeyCache(this, CacheId, environment.Cache, propsChecked: isChecked);

        var tls = environment.Cache.TransitEncryptionEnabled;
        string endpoint;
        string arn;
        if (Cache.ServerlessCache is { } serverless)
        {
            // A serverless cache: its endpoint (reads and writes, 6379) and reader endpoint (reads from replicas, 6380), each an
            // address and a port (ElastiCache API Reference, ServerlessCache: Endpoint, ReaderEndpoint); its name stands where the
            // replication group's id stood, so the module's five outputs keep their names and none is null.
            endpoint = serverless.Endpoint.Get(0).Address;
            var port = serverless.Endpoint.Get(0).Port;
            Output("valkey_endpoint", endpoint, "Endpoint address of the Valkey serverless cache (reads and writes, TLS).");
            Output("valkey_port", port, "Port of the serverless cache's endpoint (its reader endpoint's port differs: see the reader endpoint).");
            Output("valkey_reader_endpoint", serverless.ReaderEndpoint.Get(0).Address,
                "Reader endpoint address of the Valkey serverless cache: reads from replicas, on its own port (6380), not valkey_port.");
            Output("replication_group_id", serverless.Id, "Name of the ElastiCache serverless cache (a serverless cache has no replication group; its name is its id).");
            Output("security_group_id", Cache.SecurityGroup.Id, "ID of the security group of the serverless cache's endpoints.");
            Output("valkey_connection_url", CacheEndpoints.Url(tls, endpoint, Token.AsString(port)),
                $"Connection URL of the serverless cache's endpoint ({CacheEndpoints.Scheme(tls)}://: a serverless cache always uses TLS).");
            arn = serverless.Arn;
        }
        else
        {
            var rg = Cache.ReplicationGroup!;
            // In cluster mode AWS gives neither a primary nor a reader endpoint, only the configuration endpoint, through which
            // cluster-aware clients find every shard and replica (ElastiCache User Guide, Finding connection endpoints). Both outputs
            // give it then: an output may never be null (CDKTF CLI 0.21's cdktf deploy exits 1 after a good apply on a null output).
            var clusterMode = Validation.CacheTopology.Of(environment.Cache).ClusterMode;
            endpoint = rg.GetStringAttribute(CacheEndpoints.Attribute(clusterMode));
            Output("valkey_endpoint", endpoint, clusterMode
                ? "Configuration endpoint address of the Valkey cluster (cluster mode: clients discover every shard through it)."
                : "Primary endpoint address of the Valkey replication group (reads and writes).");
            Output("valkey_port", rg.Port, "Port Valkey listens on.");
            Output("valkey_reader_endpoint", rg.GetStringAttribute(CacheEndpoints.ReaderAttribute(clusterMode)), clusterMode
                ? "Configuration endpoint address (cluster mode has no reader endpoint: cluster-aware clients read from replicas through it)."
                : "Reader endpoint address of the Valkey replication group (reads, spread over the replicas).");
            Output("replication_group_id", rg.Id, "ID of the ElastiCache replication group.");
            Output("security_group_id", Cache.SecurityGroup.Id, "ID of the security group of the Valkey nodes.");
            // Beside the module's five: what an ECS service puts in its environment to connect.
            Output("valkey_connection_url", CacheEndpoints.Url(tls, endpoint, Token.AsString(rg.Port)),
                $"Connection URL of the {(clusterMode ? "configuration" : "primary")} endpoint ({CacheEndpoints.Scheme(tls)}://: TLS {(tls ? "on" : "off")}).");
            arn = rg.Arn;
        }

        // The primary of a global datastore makes it (construct id global_datastore; its address is the cache's:
        // aws_elasticache_global_replication_group.valkey); a secondary joins it when the app adds it (ValkeyApp).
        if (environment.GlobalDatastore is GlobalDatastorePrimary global)
        {
            GlobalDatastore = new ValkeyGlobalDatastore(this, GlobalDatastoreId, new ValkeyGlobalDatastoreProps
            {
                Primary = Cache, IdSuffix = global.IdSuffix, Description = global.Description,
            });
            Output(GlobalDatastoreOutput, GlobalDatastore.GlobalReplicationGroupId,
                "ID of the global datastore this replication group is the primary of (AWS's region prefix and the id_suffix).");
        }
        else if (environment.GlobalDatastore is GlobalDatastoreSecondary)
        {
            Output(GlobalDatastoreOutput, Cache.ReplicationGroup!.GlobalReplicationGroupId,
                "ID of the global datastore this replication group is a secondary of (reads only: writes go to the primary's region).");
        }

        // With users: who they are, and what an ECS task role needs to connect as the IAM ones (ElastiCache User Guide,
        // Authenticating with IAM: elasticache:Connect on the replication group and on the user). Only when there are users,
        // so no output is ever null.
        if (Cache.Users.Count > 0)
        {
            Output(UsersOutput, Cache.Users.Select(u => u.UserName).ToArray(), "User names of the cache's users (role-based access control).");
        }
        var iam = Cache.Users.Zip(environment.Cache.Users).Where(u => u.Second.Authentication == ValkeyUserAuthentication.Iam).Select(u => u.First).ToList();
        if (iam.Count > 0)
        {
            // A document of the stack's own references, not jsonencode(): the only expressions a stack may hold are references
            // (Terraform/InterpolationAudit.cs). A serverless cache is connected to by its ARN as a replication group by its own
            // (ElastiCache User Guide, Authenticating with IAM: the cache's ARN, replicationgroup or serverlesscache).
            var policy = IamPolicyDocument.Allow("elasticache:Connect", [arn, .. iam.Select(u => u.Arn)]).ToJson();
            Output(IamPolicyOutput, policy,
                "IAM policy (JSON) that lets an ECS task role connect as the cache's IAM users: elasticache:Connect on the cache and on each user.");
        }

        // Written as overrides, not with CDKTF's ImportFrom/moveFromId: ImportFrom adds a validation
        // that runs `terraform version`, and moves from a module's addresses are not expressible there.
        if (environment.Import is { } import)
        {
            AddOverride("import", new object[]
            {
                Block("to", Addresses.ReplicationGroup, "id", TerraformLiteral.Escape(Cache.Names.ReplicationGroupId)),
                Block("to", Addresses.SubnetGroup, "id", TerraformLiteral.Escape(Cache.Names.SubnetGroupName)),
                Block("to", Addresses.SecurityGroup, "id", TerraformLiteral.Escape(import.SecurityGroupId)),
            });
        }
        if (environment.MovedFromModule is { } moved)
        {
            // From the module's addresses (an instance key kept: module.valkey[0]), or the root's own; a resource already at its
            // address in the root needs none (Terraform refuses a move to itself).
            var moves = new[]
                {
                    (From: moved.From(ResourceAddresses.ReplicationGroupType, moved.ReplicationGroup), To: Addresses.ReplicationGroup),
                    (From: moved.From(ResourceAddresses.SubnetGroupType, moved.SubnetGroup), To: Addresses.SubnetGroup),
                    (From: moved.From(ResourceAddresses.SecurityGroupType, moved.SecurityGroup), To: Addresses.SecurityGroup),
                }
                .Where(m => m.From != m.To).Select(m => (object)Block("from", m.From, "to", m.To)).ToArray();
            if (moves.Length > 0) AddOverride("moved", moves);
        }
    }

    /// <summary>The Terraform addresses of the cache's resources in this stack.</summary>
    public ResourceAddresses Addresses { get; } = new(CacheId);

    private static Dictionary<string, object> Block(string key1, string value1, string key2, string value2) =>
        new() { [key1] = value1, [key2] = value2 };

    /// <summary>The environment this stack was made from.</summary>
    public EnvironmentConfig Environment { get; }

    /// <summary>The cache.</summary>
    public ValkeyCache Cache { get; }

    /// <summary>The global datastore, when the environment is its primary; else null.</summary>
    public ValkeyGlobalDatastore? GlobalDatastore { get; }

    private void Output(string name, object value, string description) =>
        _ = new TerraformOutput(this, name, new TerraformOutputConfig { Value = value, Description = description, StaticId = true });

    private void AddBackend(StateBackend backend)
    {
        switch (backend)
        {
            case LocalStateBackend local:
                _ = new LocalBackend(this, new LocalBackendConfig { Path = local.Path });
                break;
            case S3StateBackend s3:
                _ = new S3Backend(this, new S3BackendConfig
                {
                    Bucket = s3.Bucket,
                    Key = s3.Key,
                    Region = s3.Region,
                    Encrypt = s3.Encrypt,
                    // CDK Terrain marks it obsolete for use_lockfile; Terraform's S3 backend still takes it (deprecated), and
                    // an environment that names a table keeps its locking until it moves to use_lockfile.
#pragma warning disable CS0618
                    DynamodbTable = s3.DynamodbTable,
#pragma warning restore CS0618
                });
                if (s3.LockfileEnabled)
                {
                    // S3-native locking (Terraform 1.10+); CDKTF 0.21's S3BackendConfig has no property for it.
                    AddOverride("terraform.backend.s3.use_lockfile", true);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(backend), backend, "unknown state backend");
        }
    }
}
