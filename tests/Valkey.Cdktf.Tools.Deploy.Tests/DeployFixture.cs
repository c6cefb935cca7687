using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Deploy.Tests;

/// <summary>
/// The deploy rehearsals the tests assert on, each run once, all at the same time (most of a cycle
/// is the provider waiting on a replication group, about 30 s, which costs no CPU): the shipped hml
/// and prod environments, and the migrations from the module root kept as a fixture
/// (tests/Fixtures/module-root) by moved blocks, by imports, and with a port unlike the root's.
/// Each run has its own emulator, provider process and scratch folder. Needs python3 with moto,
/// terraform and a provider (./build.sh test and .ci/run name the machine's mirror): without them
/// every test fails with the reason, never a skip.
/// </summary>
public sealed class DeployFixture : IDisposable
{
    private readonly object _synthLock = new();
    private readonly TempDir _environments = new();
    private readonly Dictionary<string, Task<DeployRun>> _runs;

    public DeployFixture()
    {
        _runs = new Dictionary<string, Task<DeployRun>>(StringComparer.Ordinal)
        {
            ["shipped"] = Start(RepoPaths.Environments, null),
            ["moved"] = Start(Adopting("moved", new JsonObject { ["moved_from_module"] = new JsonObject() }), ModuleRoot),
            ["import"] = Start(Adopting("import", new JsonObject { ["import"] = new JsonObject { ["security_group_id"] = "sg-0123456789abcdef0" } }), ModuleRoot),
            ["port"] = Start(Adopting("port", new JsonObject { ["moved_from_module"] = new JsonObject() }, port: 6380), ModuleRoot),
            // A root with the resources in its root module, adopted by imports; a root calling the module with count, by moved blocks.
            ["plain-import"] = Start(Adopting("plain-import", new JsonObject { ["import"] = new JsonObject { ["security_group_id"] = "sg-0123456789abcdef0" } }), Fixture("plain-root")),
            ["indexed-moved"] = Start(Adopting("indexed-moved", new JsonObject { ["moved_from_module"] = new JsonObject { ["module"] = "valkey[0]" } }), Fixture("indexed-root")),
            // hml turning TLS on in two deploys, then a token with ROTATE and SET; and TLS on in one deploy.
            // hml turning TLS on in two deploys, a token with ROTATE and SET, then the move from the token to users in the three
            // steps the pinned provider needs: users beside the token, the group attached out of band, the token dropped.
            ["tls"] = Start(RepoPaths.Environments, null, TlsThenUsers()),
            // hml with a replica more, a node type AWS changes in the maintenance window, then a project name that would replace
            // the security group the cache uses (refused before the apply).
            ["scale"] = Start(RepoPaths.Environments, null, Versions("scale",
                ("replicas-3", v => v["num_cache_nodes"] = 3),
                ("node-small", v => v["node_type"] = "cache.t3.small"),
                ("project-renamed", v => v["project_name"] = "outro-projeto"))),
            ["tls-direct"] = Start(RepoPaths.Environments, null, Versions("tls-direct", ("tls-direct", v => v["transit_encryption_enabled"] = true))),
            // Every example of examples/, deployed as a user would.
            ["examples"] = Start(RepoPaths.Examples, null),
            // The global datastore pair, one app: the primary deployed first, then the secondary beside it.
            ["global"] = Start(RepoPaths.GlobalDatastoreExample, null),
            // The parameters example on Valkey 7.2, then a parameter changed, then the engine's major upgrade to 8.0.
            ["parameters"] = Start(Folder("parameters", Example("parameters", v => v["engine_version"] = "7.2")), null,
                Versions("parameters", Example("parameters", v => v["engine_version"] = "7.2"),
                    ("parameter-changed", v => v["parameters"]!["maxmemory-policy"] = "allkeys-lfu"),
                    ("engine-major-upgrade", v => v["engine_version"] = "8.0")), only: "parameters"),
            // The cluster mode example with 2 shards, resharded online to 3, then back to 2.
            ["reshard"] = Start(Folder("cluster-mode", Example("cluster-mode", v => v["num_node_groups"] = 2)), null,
                Versions("reshard", Example("cluster-mode", v => v["num_node_groups"] = 2),
                    ("three-shards", v => v["num_node_groups"] = 3),
                    ("two-shards", v => v["num_node_groups"] = 2)), only: "cluster-mode"),
        };
    }

    /// <summary>The module root the migrations adopt: a reconstruction of the module, for tests.</summary>
    public static string ModuleRoot => Fixture("module-root");

    /// <summary>A folder of tests/Fixtures.</summary>
    public static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "Fixtures", name);

    /// <summary>A run's result; its exception, if it threw, is thrown here, in the test that asks.</summary>
    internal DeployRun Run(string name) => _runs[name].GetAwaiter().GetResult();

    /// <summary>The cycle of <paramref name="stack"/> in run <paramref name="name"/>; fails with the run's problem when it could not start.</summary>
    internal DeployOutcome Outcome(string name, string stack)
    {
        var run = Run(name);
        Assert.True(run.Problem is null, $"the deploy rehearsal could not start: {run.Problem}");
        return run.Outcomes.Single(o => o.Stack == stack);
    }

    /// <summary>Serializes synthesis in this process: every class of the collection that synthesizes takes it.</summary>
    internal object SynthLock => _synthLock;

    // A thread of its own for each run (they block on processes for minutes): the thread pool would hand them out slowly.
    private Task<DeployRun> Start(string environmentsFolder, string? from, IReadOnlyList<string>? then = null, string only = "hml") => Task.Factory.StartNew(() =>
    {
        var environments = SynthCommand.ReadOrReport(environmentsFolder, TextWriter.Null)
            ?? throw new InvalidOperationException($"{environmentsFolder} does not read");
        if (then is not null) environments = [.. environments.Where(e => e.Name == only)];
        return DeployCommand.Execute(environments, environmentsFolder, from, _synthLock, then: then);
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The rollout of the "tls" run: TLS on, a token, then users in three steps, one of them an out-of-band AWS CLI command.</summary>
    private List<string> TlsThenUsers()
    {
        var hml = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Environments, "hml.json")))!.AsObject();
        var steps = Versions("tls", hml,
            ("tls-preferred", v => { v["transit_encryption_enabled"] = true; v["transit_encryption_mode"] = "preferred"; }),
            ("tls-required", v => v["transit_encryption_mode"] = "required"),
            ("token-rotate", v => v["auth_token_secret_id"] = "valkey/hml/auth-token"),
            ("token-set", v => v["auth_token_update_strategy"] = "SET"),
            ("users-beside-token", v => v["users"] = new JsonArray(new JsonObject { ["user_name"] = "orders-api" })));
        steps.Add(TokenToUsersCommand);
        steps.AddRange(Versions("tls", hml, ("users", v => { v.Remove("auth_token_secret_id"); v.Remove("auth_token_update_strategy"); })));
        return steps;
    }

    /// <summary>The out-of-band step of the move from a token to users, as APPLY-AUTH-DELETE's fix writes it for hml.</summary>
    public const string TokenToUsersCommand =
        "aws elasticache modify-replication-group --replication-group-id pbet-hml-valkey --user-group-ids-to-add pbet-hml-valkey-users --auth-token-update-strategy DELETE --apply-immediately";

    /// <summary>Later versions of the shipped hml.json, each the one before with one more change, as --then files.</summary>
    private List<string> Versions(string name, params (string File, Action<JsonObject> Change)[] changes) =>
        Versions(name, JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Environments, "hml.json")))!.AsObject(), changes);

    /// <summary>Later versions of <paramref name="environment"/>, each the one before with one more change, as --then files.</summary>
    private List<string> Versions(string name, JsonObject environment, params (string File, Action<JsonObject> Change)[] changes)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_environments.Path, "then-" + name)).FullName;
        var files = new List<string>();
        foreach (var (file, change) in changes)
        {
            change(environment["variables"]!.AsObject());
            var path = Path.Combine(folder, $"{file}.json");
            File.WriteAllText(path, environment.ToJsonString());
            files.Add(path);
        }
        return files;
    }

    /// <summary>The example environment examples/<paramref name="name"/>.json with <paramref name="change"/> made to its variables.</summary>
    private static JsonObject Example(string name, Action<JsonObject> change)
    {
        var environment = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Examples, $"{name}.json")))!.AsObject();
        change(environment["variables"]!.AsObject());
        return environment;
    }

    /// <summary>A folder holding <paramref name="name"/>.json with <paramref name="environment"/>.</summary>
    private string Folder(string name, JsonObject environment)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_environments.Path, name)).FullName;
        File.WriteAllText(Path.Combine(folder, $"{name}.json"), environment.ToJsonString());
        return folder;
    }

    /// <summary>
    /// A folder holding hml.json: the module root's adopting environment (the shipped hml with the
    /// root's names matched; tests/Fixtures/module-root/environments) with <paramref name="adoption"/>.
    /// </summary>
    private string Adopting(string name, JsonObject adoption, int? port = null)
    {
        var environment = JsonNode.Parse(File.ReadAllText(Path.Combine(ModuleRoot, "environments", "hml.json")))!.AsObject();
        if (port is { } p) environment["variables"]!["port"] = p;
        environment["adoption"] = adoption;
        var folder = Directory.CreateDirectory(Path.Combine(_environments.Path, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "hml.json"), environment.ToJsonString());
        return folder;
    }

    public void Dispose()
    {
        try { Task.WaitAll([.. _runs.Values], TimeSpan.FromMinutes(10)); }
        catch (AggregateException) { /* reported by the tests that asked */ }
        _environments.Dispose();
    }
}

[CollectionDefinition("deploy")]
public sealed class DeployCollection : ICollectionFixture<DeployFixture>;
