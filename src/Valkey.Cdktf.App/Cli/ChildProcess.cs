using System.Diagnostics;

namespace Valkey.Cdktf.App.Cli;

/// <summary>Runs a program to its end with its output captured; an environment entry with a null value is removed.</summary>
internal static class ChildProcess
{
    /// <summary>What the program did.</summary>
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public bool Succeeded => ExitCode == 0;
    }

    /// <param name="cancel">An interrupt: the program and every process it started are killed, and waited for, before this returns.</param>
    public static Result Run(string file, IEnumerable<string> args, string workingDirectory, IEnumerable<KeyValuePair<string, string?>> environment,
        string? stdin = null, CancellationToken cancel = default)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
        {
            if (value is null) start.Environment.Remove(key);
            else start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        using (cancel.Register(() =>
        {
            try { process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { }
        }))
        {
            process.WaitForExit();
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
