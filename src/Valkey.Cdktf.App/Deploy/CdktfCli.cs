namespace Valkey.Cdktf.App.Deploy;

/// <summary>
/// The CDKTF CLI of this project (<c>node_modules/.bin/cdktf</c>, pinned by package.json), run in a
/// scratch project as a user runs it: <c>cdktf deploy &lt;stack&gt; --auto-approve</c>. Its Terraform
/// is the rehearsal's (same CLI configuration, the one provider process, no AWS or TF variables of
/// the user's), its home a scratch folder (nothing written to the user's).
/// </summary>
internal sealed class CdktfCli
{
    private readonly string _executable;
    private readonly string _home;
    private readonly IReadOnlyDictionary<string, string?> _environment;

    private CdktfCli(string executable, string home, IReadOnlyDictionary<string, string?> environment)
    {
        _executable = executable;
        _home = home;
        _environment = environment;
    }

    /// <summary>The project's root: the folder above the app that holds cdktf.json and the CLI in node_modules.</summary>
    public string ProjectRoot => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(_executable)!, "..", ".."));

    /// <summary>
    /// The CLI of the project this app was built in, run with <paramref name="terraform"/>'s environment;
    /// or why it cannot be found.
    /// </summary>
    public static (CdktfCli? Cli, string? Problem) Find(Rehearsal.TerraformCli terraform, string scratch)
    {
        ArgumentNullException.ThrowIfNull(terraform);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var cli = Path.Combine(dir.FullName, "node_modules", ".bin", "cdktf");
            if (!File.Exists(Path.Combine(dir.FullName, "cdktf.json")) || !File.Exists(cli)) continue;
            var home = Directory.CreateDirectory(Path.Combine(scratch, "home")).FullName;
            var environment = new Dictionary<string, string?>(terraform.Environment, StringComparer.Ordinal)
            {
                ["HOME"] = home,
                ["CI"] = "true",                          // plain lines, no spinner, no prompts
                ["CHECKPOINT_DISABLE"] = "1",
                ["CDKTF_DISABLE_PLUGIN_CACHE_ENV"] = "1", // no plugin cache in the home folder
                ["NO_COLOR"] = "1",
                ["FORCE_COLOR"] = "0",
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
            };
            return (new CdktfCli(cli, home, environment), null);
        }
        return (null, $"the CDKTF CLI was not found in node_modules above {AppContext.BaseDirectory}: run ./build.sh setup in the project first");
    }

    /// <summary>The app command for a scratch project's cdktf.json: this build of the app.</summary>
    public static string AppCommand => $"dotnet \"{Path.Combine(AppContext.BaseDirectory, "Valkey.Cdktf.App.dll")}\"";

    /// <summary>Runs <c>cdktf <paramref name="args"/></c> in <paramref name="project"/>, the app reading <paramref name="environments"/>.</summary>
    public ChildProcess.Result Run(string project, string environments, IEnumerable<string> args)
    {
        var environment = new Dictionary<string, string?>(_environment, StringComparer.Ordinal) { ["VALKEY_ENVIRONMENTS"] = environments };
        // The .NET SDK wants a writable home for its first-run files; it gets the scratch one.
        environment["DOTNET_CLI_HOME"] = _home;
        return ChildProcess.Run(_executable, args, project, environment);
    }
}
