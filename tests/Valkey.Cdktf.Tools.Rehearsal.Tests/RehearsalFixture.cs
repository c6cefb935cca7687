using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Rehearsal.Tests;

/// <summary>
/// One rehearsal session (Terraform and one provider process) for the rehearsal tests, which
/// runs every scenario once, two at a time (the stacks are synthesized first: the jsii runtime
/// is single-threaded), so each test only asserts on its outcome. Needs terraform on PATH and a
/// provider (./build.sh test and .ci/run name the machine's mirror); without them every test
/// fails with the reason: never a silent skip.
/// </summary>
public sealed class RehearsalFixture : IDisposable
{
    private readonly TempDir _scratch = new();
    private readonly RehearsalSession? _session;
    private readonly string? _problem;
    private readonly Dictionary<string, Lazy<object>> _results = new(StringComparer.Ordinal);
    private int _folders;

    public RehearsalFixture()
    {
        (_session, _problem) = RehearsalSession.Start(_scratch.Path);
        if (_session is null) return;
        var hml = Hml();
        var stacks = new Dictionary<string, JsonObject>(StringComparer.Ordinal)
        {
            ["hml"] = Accepted("hml"),
            ["prod"] = Accepted("prod"),
            ["base"] = Accepted("hml"),
            ["moved"] = Synth(hml with { MovedFromModule = new ModuleMove("valkey", "this", "this", "this") }),
            ["moved-root"] = Synth(hml with { MovedFromModule = new ModuleMove(null, "cache", "cache", "cache") }),
            ["moved-indexed"] = Synth(hml with { MovedFromModule = new ModuleMove("valkey[\"hml\"]", "this", "this", "this") }),
            ["legacy"] = Synth(hml with { Cache = hml.Cache with { ReplicationGroupId = "legacy-cache" } }),
            ["import"] = Synth(hml with { Import = new ImportAdoption("sg-0123456789abcdef0") }),
            ["port"] = Synth(hml with { Cache = hml.Cache with { Port = 6380 } }),
            ["port-unprotected"] = Synth(hml with { Cache = hml.Cache with { Port = 6380, PreventDestroy = false } }),
            ["access"] = Synth(hml with { Cache = hml.Cache with { TransitEncryptionEnabled = true, AuthTokenSecretId = "valkey/hml/auth-token" } }),
            ["rbac"] = Synth(hml with { Cache = hml.Cache with { TransitEncryptionEnabled = true, UserGroupIds = ["valkey-apps"] } }),
            ["before-production"] = Synth(hml with { Cache = hml.Cache with { AlarmsEnabled = false, LogDeliveryEnabled = false } }),
            ["immediately"] = Synth(hml with { Cache = hml.Cache with { ApplyImmediately = true } }),
            ["tls-direct"] = Synth(hml with { Cache = hml.Cache with { TransitEncryptionEnabled = true } }),
            ["tls-preferred"] = Synth(hml with { Cache = hml.Cache with { TransitEncryptionEnabled = true, TransitEncryptionMode = TransitEncryptionMode.Preferred } }),
            ["tls-required"] = Synth(hml with { Cache = hml.Cache with { TransitEncryptionEnabled = true, TransitEncryptionMode = TransitEncryptionMode.Required } }),
            ["downgrade"] = Synth(hml with { Cache = hml.Cache with { EngineVersion = "7.2", ParameterGroupName = "default.valkey7" } }),
            ["elsewhere"] = Synth(hml with { AwsRegion = "eu-west-1" }),
            ["renamed-all"] = Synth(hml with { Cache = hml.Cache with { Prefix = "pbx" } }),
            ["iam-users"] = Synth(EnvironmentFile.Read(Path.Combine(RepoPaths.Examples, "iam-users.json")).Single()),
            ["global-primary"] = AcceptedIn(Path.Combine(RepoPaths.AcceptedExamples, RepoPaths.GlobalDatastoreFolder), "primary"),
            ["global-secondary"] = AcceptedIn(Path.Combine(RepoPaths.AcceptedExamples, RepoPaths.GlobalDatastoreFolder), "secondary"),
            ["tagged"] = Synth(hml with { Cache = hml.Cache with { ReplicationGroupDescription = "${timestamp()}", SubnetGroupDescription = "%{ if true }x%{ endif }" } }),
        };
        Variants = GuardAgreement.Variants(hml).Select(v => (v.Variable, Synth(v.Environment))).ToList();
        Stacks = stacks;

        // First the scenarios that need no state, and the states the others need; then those others.
        var first = new Dictionary<string, Func<object>>
        {
            ["outcome:hml"] = () => Evaluate(Folder("hml"), stacks["hml"], null),
            ["outcome:prod"] = () => Evaluate(Folder("prod"), stacks["prod"], null),
            ["outcome:iam-users"] = () => Evaluate(Folder("iam-users"), stacks["iam-users"], null),
            // The global datastore pair, each stack planned alone and settled (the secondary reads a stand-in for its primary's output).
            ["outcome:global-primary"] = () => Evaluate(Folder("global-primary"), stacks["global-primary"], null),
            ["outcome:global-secondary"] = () => Evaluate(Folder("global-secondary"), stacks["global-secondary"], null),
            ["outcome:import"] = () => Evaluate(Folder("import"), stacks["import"], null, steadyState: false),
            ["plan:tagged"] = () => Plan(stacks["tagged"]),
            ["state:legacy"] = () => StateOf(stacks["legacy"]),
            ["state:before-production"] = () => StateOf(stacks["before-production"]),
            ["state:tls-preferred"] = () => StateOf(stacks["tls-preferred"]),
            ["validate:access"] = () => Validate(stacks["access"]),
            ["validate:rbac"] = () => Validate(stacks["rbac"]),
            // The move to CDK Terrain (docs/cdk-terrain.md): CDKTF's accepted stacks applied, whatever this build's toolchain.
            ["state:cdktf-hml"] = () => StateOf(AcceptedIn(RepoPaths.AcceptedCdktf, "hml")),
            ["state:cdktf-prod"] = () => StateOf(AcceptedIn(RepoPaths.AcceptedCdktf, "prod")),
        };
        Run(first);
        // The accepted hml synthesis is hml's (the snapshot tests say so): its steady-state check made the state.
        _results["state:base"] = new Lazy<object>(() => Outcome("hml").State ?? throw new InvalidOperationException("no steady state of hml"));
        var second = new Dictionary<string, Func<object>>
        {
            ["outcome:moved"] = () => WithState(ModuleShaped((JsonObject)Result("state:base")), state =>
                Evaluate(Folder("moved"), stacks["moved"], state, steadyState: false, validate: false)),
            ["outcome:renamed"] = () => WithState(ModuleShaped((JsonObject)Result("state:legacy")), state =>
                Evaluate(Folder("renamed"), stacks["moved"], state, steadyState: false, validate: false)),
            ["outcome:port"] = () => WithState((JsonObject)Result("state:base"), state =>
                Evaluate(Folder("port"), stacks["port"], state, steadyState: false, validate: false)),
            ["outcome:port-unprotected"] = () => WithState((JsonObject)Result("state:base"), state =>
                Evaluate(Folder("port-unprotected"), stacks["port-unprotected"], state, steadyState: false, validate: false)),
            ["outcome:upgrade"] = () => WithState((JsonObject)Result("state:before-production"), state =>
                Evaluate(Folder("upgrade"), stacks["hml"], state, steadyState: false, validate: false)),
            ["outcome:upgrade-immediately"] = () => WithState((JsonObject)Result("state:before-production"), state =>
                Evaluate(Folder("upgrade-immediately"), stacks["immediately"], state, steadyState: false, validate: false)),
            ["outcome:tls-direct"] = () => FromBase(stacks["tls-direct"], "tls-direct"),
            ["outcome:tls-preferred"] = () => FromBase(stacks["tls-preferred"], "tls-preferred"),
            ["outcome:tls-required"] = () => WithState((JsonObject)Result("state:tls-preferred"), state =>
                Evaluate(Folder("tls-required"), stacks["tls-required"], state, steadyState: false, validate: false)),
            ["outcome:downgrade"] = () => FromBase(stacks["downgrade"], "downgrade"),
            ["outcome:elsewhere"] = () => WithState(InRegion((JsonObject)Result("state:base"), "us-east-1"), state =>
                Evaluate(Folder("elsewhere"), stacks["elsewhere"], state, steadyState: false, validate: false)),
            ["outcome:renamed-all"] = () => FromBase(stacks["renamed-all"], "renamed-all"),
            ["outcome:moved-root"] = () => WithState(RootShaped((JsonObject)Result("state:base")), state =>
                Evaluate(Folder("moved-root"), stacks["moved-root"], state, steadyState: false, validate: false)),
            ["outcome:moved-indexed"] = () => WithState(Shaped((JsonObject)Result("state:base"), "module.valkey[\"hml\"]", "this"), state =>
                Evaluate(Folder("moved-indexed"), stacks["moved-indexed"], state, steadyState: false, validate: false)),
            ["outcome:root-without-adoption"] = () => WithState(RootShaped((JsonObject)Result("state:base")), state =>
                Evaluate(Folder("root-without-adoption"), stacks["hml"], state, steadyState: false, validate: false)),
            ["outcome:indexed-without-adoption"] = () => WithState(Shaped((JsonObject)Result("state:base"), "module.valkey[0]", "this"), state =>
                Evaluate(Folder("indexed-without-adoption"), stacks["hml"], state, steadyState: false, validate: false)),
            ["outcome:module-without-adoption"] = () => WithState(ModuleShaped((JsonObject)Result("state:base")), state =>
                Evaluate(Folder("module-without-adoption"), stacks["hml"], state, steadyState: false, validate: false)),
            ["plan:variants"] = () => GuardAgreement.PlanAll(this, stacks["base"], (JsonObject)Result("state:base"), Variants),
            // ... and CDK Terrain's accepted stacks planned against those states, as `rehearse --state` does.
            ["outcome:to-cdktn-hml"] = () => WithState((JsonObject)Result("state:cdktf-hml"), state =>
                Evaluate(Folder("to-cdktn-hml"), AcceptedIn(RepoPaths.AcceptedCdktn, "hml"), state, steadyState: false, validate: false)),
            ["outcome:to-cdktn-prod"] = () => WithState((JsonObject)Result("state:cdktf-prod"), state =>
                StackEvaluation.Evaluate(Session, Shipped("prod") with { Name = "to-cdktn-prod" }, "environments/prod.json",
                    AcceptedIn(RepoPaths.AcceptedCdktn, "prod"), state, steadyState: false, validate: false)),
        };
        Run(second);
    }

    /// <summary>The rehearsal of <paramref name="stack"/> against hml's steady state (the accepted hml, applied).</summary>
    private StackOutcome FromBase(JsonObject stack, string name) => WithState((JsonObject)Result("state:base"), state =>
        Evaluate(Folder(name), stack, state, steadyState: false, validate: false));

    /// <summary>A stack's rehearsal as hml's under the name <paramref name="name"/> (no acknowledgements).</summary>
    private StackOutcome Evaluate(string name, JsonObject stack, string? state, bool steadyState = true, bool validate = true) =>
        StackEvaluation.Evaluate(Session, Hml() with { Name = name }, $"environments/{name}.json", stack, state, steadyState, validate);

    internal RehearsalSession Session => _session ?? throw new InvalidOperationException($"no rehearsal: {_problem}");

    internal IReadOnlyDictionary<string, JsonObject> Stacks { get; } = new Dictionary<string, JsonObject>();

    /// <summary>For the guard's agreement with the provider: each variable of hml changed alone, synthesized.</summary>
    internal IReadOnlyList<(string Variable, JsonObject Stack)> Variants { get; } = [];

    /// <summary>A scenario's result: an exception thrown while running it is thrown here, in the test that asks.</summary>
    internal object Result(string key)
    {
        if (_session is null) throw new InvalidOperationException($"no rehearsal: {_problem}");
        return _results[key].Value;
    }

    internal StackOutcome Outcome(string scenario) => (StackOutcome)Result($"outcome:{scenario}");

    private void Run(Dictionary<string, Func<object>> scenarios)
    {
        foreach (var (key, run) in scenarios) _results[key] = new Lazy<object>(run, LazyThreadSafetyMode.ExecutionAndPublication);
        Parallel.ForEach(scenarios.Keys, new ParallelOptions { MaxDegreeOfParallelism = 2 }, key =>
        {
            try { _ = _results[key].Value; }
            catch (Exception) { /* rethrown by Result(key), in its test */ }
        });
    }

    /// <summary>The shipped hml environment, to vary.</summary>
    internal static EnvironmentConfig Hml() => Shipped("hml");

    private static EnvironmentConfig Shipped(string name) => EnvironmentFile.Read(Path.Combine(RepoPaths.Environments, $"{name}.json")).Single();

    private static JsonObject Accepted(string name) => AcceptedIn(RepoPaths.Accepted, name);

    private static JsonObject AcceptedIn(string folder, string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(folder, $"{name}.cdk.tf.json")))!.AsObject();

    /// <summary>A synthesized stack (cdk.tf.json) of <paramref name="environment"/>.</summary>
    internal static JsonObject Synth(EnvironmentConfig environment) => (JsonObject)StackFixtures.Synth(environment).Root.DeepClone();

    /// <summary>A fresh folder name, so scenarios never share one.</summary>
    internal string Folder(string name) => $"{name}-{Interlocked.Increment(ref _folders)}";

    /// <summary>Terraform's plan of <paramref name="stack"/> from <paramref name="state"/> (none: empty).</summary>
    internal JsonNode Plan(JsonNode stack, JsonObject? state = null)
    {
        var folder = Session.Stack(Folder("plan"), stack);
        if (!folder.Init().Succeeded) throw new InvalidOperationException("terraform init failed");
        if (state is not null) folder.WriteState(state);
        var plan = folder.Plan();
        if (!plan.Succeeded) throw new InvalidOperationException(plan.Diagnostics);
        return folder.ShowPlan();
    }

    /// <summary>terraform init and validate of <paramref name="stack"/>: what can be checked offline of a stack that reads AWS at plan time.</summary>
    internal TerraformResult Validate(JsonNode stack)
    {
        var folder = Session.Stack(Folder("validate"), stack);
        if (!folder.Init().Succeeded) throw new InvalidOperationException("terraform init failed");
        return folder.Validate();
    }

    /// <summary>The state <paramref name="stack"/> has once applied (computed values stand-ins).</summary>
    internal JsonObject StateOf(JsonNode stack)
    {
        var (state, _, problem) = StackEvaluation.SettledState(Session, Folder("state"), stack, Plan(stack));
        return state ?? throw new InvalidOperationException(problem);
    }

    /// <summary>Runs <paramref name="use"/> with <paramref name="state"/> in a file, and checks the file was not written.</summary>
    private static StackOutcome WithState(JsonObject state, Func<string, StackOutcome> use)
    {
        var path = Path.Combine(Path.GetTempPath(), $"valkey-state-{Guid.NewGuid():N}.json");
        var text = state.ToJsonString();
        File.WriteAllText(path, text);
        try
        {
            var outcome = use(path);
            if (File.ReadAllText(path) != text) throw new InvalidOperationException($"the rehearsal wrote {path}");
            return outcome;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The state with the ARNs AWS gives in <paramref name="region"/> (a state made offline has stand-ins).</summary>
    private static JsonObject InRegion(JsonObject state, string region)
    {
        var copy = state.DeepClone().AsObject();
        foreach (var attributes in copy["resources"]!.AsArray().SelectMany(r => r!["instances"]!.AsArray()).Select(i => i!["attributes"]!.AsObject()))
        {
            if (attributes.ContainsKey("arn")) attributes["arn"] = $"arn:aws:elasticache:{region}:123456789012:rehearsal";
        }
        return copy;
    }

    /// <summary>The state as the module wrote it: its three resources only, in module.valkey, named this.</summary>
    private static JsonObject ModuleShaped(JsonObject state) => Shaped(state, "module.valkey", "this");

    /// <summary>The state with the cache's three resources in the root module, named <paramref name="name"/>.</summary>
    private static JsonObject RootShaped(JsonObject state, string name = "cache") => Shaped(state, null, name);

    /// <summary>The state with the cache's three resources in <paramref name="module"/> (null: the root module), named <paramref name="name"/>.</summary>
    private static JsonObject Shaped(JsonObject state, string? module, string name)
    {
        var copy = state.DeepClone().AsObject();
        var core = new[] { ResourceAddresses.ReplicationGroupType, ResourceAddresses.SubnetGroupType, ResourceAddresses.SecurityGroupType };
        var resources = new JsonArray();
        foreach (var resource in copy["resources"]!.AsArray().Where(r => core.Contains(r!["type"]!.GetValue<string>()) && r!["name"]!.GetValue<string>() == "valkey"))
        {
            var moved = resource!.DeepClone().AsObject();
            if (module is not null) moved.Insert(0, "module", module);
            moved["name"] = name;
            resources.Add(moved);
        }
        copy["resources"] = resources;
        copy["outputs"] = new JsonObject();
        return copy;
    }

    public void Dispose()
    {
        _session?.Dispose();
        _scratch.Dispose();
    }
}
