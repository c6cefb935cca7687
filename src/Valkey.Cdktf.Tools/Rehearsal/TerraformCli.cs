using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>
/// The <c>terraform</c> on PATH, run offline-safe: no checkpoint calls, no prompts, none of the
/// user's AWS credentials, Terraform variables or CLI arguments from the environment, and a CLI
/// configuration of the rehearsal's own.
/// </summary>
internal sealed class TerraformCli
{
    /// <summary>Oldest Terraform that has everything the stacks use (removed blocks, import blocks).</summary>
    public static readonly Version Minimum = new(1, 7);

    private readonly IReadOnlyDictionary<string, string?> _environment;

    private TerraformCli(string executable, Version version, IReadOnlyDictionary<string, string?> environment)
    {
        Executable = executable;
        Version = version;
        _environment = environment;
    }

    public string Executable { get; }

    public Version Version { get; }

    /// <summary>The terraform on PATH, at least <see cref="Minimum"/>; or why not.</summary>
    public static (TerraformCli? Cli, string? Problem) Find(string cliConfig, string? reattach)
    {
        var executable = (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "terraform.exe" : "terraform"))
            .FirstOrDefault(File.Exists);
        if (executable is null) return (null, $"no terraform on PATH: install Terraform {Minimum} or newer");
        var environment = BuildEnvironment(cliConfig, reattach);
        var probe = new TerraformCli(executable, new Version(0, 0), environment).Run(["version", "-json"], System.IO.Path.GetTempPath());
        var text = probe.ExitCode == 0 ? JsonNode.Parse(probe.Stdout)?["terraform_version"]?.GetValue<string>() : null;
        if (text is null || !Version.TryParse(text.Split('-')[0], out var version))
        {
            return (null, $"{executable} version -json did not say its version: {probe.Stderr.Trim()}");
        }
        if (version < Minimum) return (null, $"{executable} is Terraform {version}; the rehearsal needs {Minimum} or newer");
        return (new TerraformCli(executable, version, environment), null);
    }

    /// <summary>The same terraform, talking to the provider server at <paramref name="reattach"/>.</summary>
    public TerraformCli WithProvider(string reattach) => new(Executable, Version, BuildEnvironment(_environment["TF_CLI_CONFIG_FILE"]!, reattach));

    /// <summary>What every terraform command gets in its environment (null: removed), for a program that runs terraform itself (the CDKTF CLI).</summary>
    public IReadOnlyDictionary<string, string?> Environment => _environment;

    private static Dictionary<string, string?> BuildEnvironment(string cliConfig, string? reattach)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in System.Environment.GetEnvironmentVariables().Keys.OfType<string>())
        {
            if (key.StartsWith("AWS_", StringComparison.Ordinal) || key.StartsWith("TF_", StringComparison.Ordinal)) environment[key] = null;
        }
        environment["CHECKPOINT_DISABLE"] = "1";
        environment["TF_IN_AUTOMATION"] = "1";
        environment["TF_INPUT"] = "0";
        environment["TF_CLI_CONFIG_FILE"] = cliConfig;
        environment["TF_REATTACH_PROVIDERS"] = reattach;
        return environment;
    }

    /// <summary>Runs terraform with <paramref name="args"/> in <paramref name="folder"/>.</summary>
    public TerraformResult Run(IReadOnlyList<string> args, string folder, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var result = ChildProcess.Run(Executable, args, folder, _environment.Concat(extra ?? new Dictionary<string, string?>()));
        return new TerraformResult(result.ExitCode, result.Stdout, result.Stderr);
    }
}
