using System.Diagnostics;

namespace Valkey.Cdktf.Tests.Support;

/// <summary>Runs the app and the CDKTF CLI as a user would, capturing exit code and output.</summary>
internal static class Processes
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>The built app, copied beside the tests by the project reference.</summary>
    public static Result App(IDictionary<string, string> environment) =>
        Run("dotnet", [Path.Combine(AppContext.BaseDirectory, "Valkey.Cdktf.App.dll")], RepoPaths.Root, environment);

    /// <summary><c>npx cdktf synth</c> from the repository root, with the project's environment (scripts/env.sh).</summary>
    public static Result CdktfSynth(string outdir, IDictionary<string, string> environment) =>
        Run("bash", ["-c", "source scripts/env.sh && exec npx --no-install cdktf synth --output \"$0\"", outdir], RepoPaths.Root,
            new Dictionary<string, string>(environment) { ["CI"] = "true" });

    /// <summary>The project's Node (node_modules/.bin/node) running a script, from the repository root.</summary>
    public static Result Node(string script, params string[] options) =>
        Run(Path.Combine(RepoPaths.Root, "node_modules", ".bin", "node"), [.. options, "-e", script], RepoPaths.Root, new Dictionary<string, string> { ["NODE_OPTIONS"] = "" });

    private static Result Run(string file, string[] args, string workingDirectory, IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
