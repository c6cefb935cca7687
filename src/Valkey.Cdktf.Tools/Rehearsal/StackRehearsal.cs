using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>
/// One stack in a scratch folder, with override files that keep it offline and its state local:
/// a local backend, the provider version the rehearsal runs, and a provider block with fake
/// static credentials and the skip flags (credential validation, account id, metadata API).
/// The synthesis itself is never changed; <c>cdktf.out</c> is never touched.
/// </summary>
internal sealed class StackRehearsal
{
    public const string OverrideFile = "zz_rehearsal_override.tf.json";
    // Indented, as cdktf writes it: Terraform's diagnostics quote the line at fault.
    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly RehearsalSession _session;

    public StackRehearsal(RehearsalSession session, string folder, JsonNode stack)
        : this(session, folder)
    {
        File.WriteAllText(Path.Combine(Folder, "cdk.tf.json"), stack.ToJsonString(Indented));
        var overrides = Override(session.Provider.Version);
        if (RemoteStates(stack) is { } remote)
        {
            overrides["data"] = new JsonObject { ["terraform_remote_state"] = remote };
            // A state without outputs: Terraform reads a missing file as "Unable to find remote state".
            foreach (var (name, _) in remote)
            {
                File.WriteAllText(Path.Combine(Folder, RemoteStateFile(name)),
                    """{"version": 4, "serial": 1, "lineage": "rehearsal-stand-in", "outputs": {}, "resources": []}""");
            }
        }
        File.WriteAllText(Path.Combine(Folder, OverrideFile), overrides.ToJsonString());
    }

    private StackRehearsal(RehearsalSession session, string folder)
    {
        _session = session;
        Folder = Directory.CreateDirectory(folder).FullName;
    }

    /// <summary>A folder that already holds its configuration and overrides (the deploy rehearsal's stacks and module roots).</summary>
    public static StackRehearsal Existing(RehearsalSession session, string folder) => new(session, folder);

    public string Folder { get; }

    public string StateFile => Path.Combine(Folder, "terraform.tfstate");

    private static JsonObject Override(Version provider) => new()
    {
        ["terraform"] = new JsonObject
        {
            ["backend"] = new JsonObject { ["local"] = new JsonObject { ["path"] = "terraform.tfstate" } },
            ["required_providers"] = new JsonObject { ["aws"] = new JsonObject { ["source"] = "hashicorp/aws", ["version"] = provider.ToString() } },
        },
        ["provider"] = new JsonObject
        {
            ["aws"] = new JsonObject
            {
                ["access_key"] = "AKIAREHEARSALNOTREAL",
                ["secret_key"] = "rehearsal-offline-not-a-secret",
                ["skip_credentials_validation"] = true,
                ["skip_requesting_account_id"] = true,
                ["skip_metadata_api_check"] = true,
            },
        },
    };

    /// <summary>
    /// What a stack rehearsed alone reads of another stack's state (CDKTF's cross-stack reference: a global datastore's id in a
    /// secondary's stack): a state without outputs in the rehearsal's folder, and this stand-in for each output the stack
    /// reads (<c>defaults</c> of terraform_remote_state).
    /// </summary>
    public const string StandIn = "rehearsal-stand-in";

    private static string RemoteStateFile(string name) => $"not-rehearsed-{name}.tfstate";

    // The remote states the stack reads, each pointed at its stand-in; null when it reads none.
    private static JsonObject? RemoteStates(JsonNode stack)
    {
        if (stack["data"]?["terraform_remote_state"] is not JsonObject remote || remote.Count == 0) return null;
        var text = stack.ToJsonString();
        var result = new JsonObject();
        foreach (var (name, _) in remote)
        {
            var prefix = $"data.terraform_remote_state.{name}.outputs.";
            var defaults = new JsonObject();
            for (var at = text.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(prefix, at + 1, StringComparison.Ordinal))
            {
                var start = at + prefix.Length;
                var end = start;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-')) end++;
                defaults[text[start..end]] = StandIn;
            }
            result[name] = new JsonObject
            {
                ["backend"] = "local",
                ["config"] = new JsonObject { ["path"] = RemoteStateFile(name) },
                ["defaults"] = defaults,
            };
        }
        return result;
    }

    /// <summary>Adds an override file (a lifecycle change, say) beside the others; returns its path.</summary>
    public string AddOverride(string name, JsonNode content)
    {
        var path = Path.Combine(Folder, $"zz_{name}_override.tf.json");
        File.WriteAllText(path, content.ToJsonString());
        return path;
    }

    public TerraformResult Init() => Run("init", "-input=false", "-no-color");

    public TerraformResult Validate() => Run("validate", "-no-color");

    /// <summary>Plans into <c>plan.bin</c>: offline without refreshing (no AWS reads) or locking; <paramref name="live"/>: refreshed and locked, against the emulator.</summary>
    public TerraformResult Plan(bool live = false, bool destroy = false) =>
        Run([.. PlanOptions(live), .. destroy ? ["-destroy"] : Array.Empty<string>(), "-out=plan.bin"]);

    /// <summary>Plans; exit code 0 no changes, 2 changes (<c>-detailed-exitcode</c>). See <see cref="Plan"/> for <paramref name="live"/>.</summary>
    public TerraformResult PlanDetailed(bool live = false) => Run([.. PlanOptions(live), "-detailed-exitcode"]);

    private static string[] PlanOptions(bool live) =>
        live ? ["plan", "-input=false", "-no-color", "-lock-timeout=0s"] : ["plan", "-refresh=false", "-input=false", "-lock=false", "-no-color"];

    /// <summary>Any terraform command in this folder.</summary>
    public TerraformResult Run(params string[] args) => _session.Terraform.Run(args, Folder);

    /// <summary>The last plan, as <c>terraform show -json</c> gives it.</summary>
    public JsonNode ShowPlan()
    {
        var result = Run("show", "-json", "plan.bin");
        if (!result.Succeeded) throw new InvalidOperationException($"terraform show -json failed: {result.Diagnostics}");
        return JsonNode.Parse(result.Stdout)!;
    }

    public void WriteState(JsonNode state) => File.WriteAllText(StateFile, state.ToJsonString());
}
