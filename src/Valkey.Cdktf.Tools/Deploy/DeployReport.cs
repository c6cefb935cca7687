using Spectre.Console;

namespace Valkey.Cdktf.Tools.Deploy;

/// <summary>Prints deploy cycles: a table per environment (step, result, seconds), then what was and was not proven.</summary>
internal static class DeployReport
{
    private static readonly Version Pinned = Rehearsal.RehearsalSession.PinnedProvider;

    /// <summary>The header line: the tools the cycles ran with.</summary>
    public static void Header(TextWriter output, DeployRun run)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        var provider = run.Provider!;
        var pin = provider.Version == Pinned ? "the version the stacks pin" : $"NOT the {Pinned} the stacks pin";
        output.WriteLine($"rehearsing deploys with Terraform {run.Terraform}, hashicorp/aws {provider.Version} ({provider.Source}; {pin}), " +
            $"the {Toolchain.Name} CLI of this project ({Toolchain.Cli}), and moto {run.Moto} on 127.0.0.1:{run.EmulatorPort} as AWS; fake credentials, nothing leaves this machine");
    }

    /// <summary>One environment's cycle.</summary>
    public static void Write(DeployOutcome outcome, TextWriter output, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{outcome.Stack}:");
        App.Cli.TableWriter.Write(output, terminal, ["step", "result", "seconds"], outcome.Steps.Select(s =>
            ((IReadOnlyList<string>)[s.Name, s.Passed ? s.Result : $"FAILED: {s.Result}", s.Seconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)],
             s.Passed ? Style.Plain : new Style(Color.Red))));
        foreach (var note in outcome.Notes) output.WriteLine($"  note: {note}");
        if (outcome.Failure is { } failed)
        {
            output.WriteLine($"  FAILED at \"{failed.Name}\" (exit {(int)failed.Code}){(failed.Detail is null ? "" : ":")}");
            foreach (var line in (failed.Detail ?? "").Split('\n').Where(l => l.Trim().Length > 0)) output.WriteLine($"    {line.TrimEnd()}");
        }
        else
        {
            output.WriteLine($"  deployed, settled, changed in place and protected: {outcome.Steps.Sum(s => s.Seconds):0.0} s");
        }
    }

    /// <summary>What the green cycles prove and what no cycle can.</summary>
    public static void Summary(TextWriter output, DeployRun run)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(run);
        var provider = run.Provider!;
        var green = run.Outcomes.Where(o => o.Failure is null).Select(o => o.Stack).ToList();
        var red = run.Outcomes.Where(o => o.Failure is not null).Select(o => o.Stack).ToList();
        if (green.Count > 0)
        {
            output.WriteLine($"proven for {string.Join(", ", green)}: cdktf deploy creates every resource with the real provider, which reads back what it wrote " +
                "(an empty refreshed plan); an in-place change applies and settles; the outputs have values; prevent_destroy refuses a replacement and a destroy" +
                (run.Outcomes.Any(o => green.Contains(o.Stack) && o.Steps.Any(s => s.Name.StartsWith("state lock", StringComparison.Ordinal)))
                    ? "; the S3 backend's bucket, key, encryption and lock file work" : ""));
        }
        if (red.Count > 0) output.WriteLine($"FAILED: {string.Join(", ", red)} (above)");
        output.WriteLine($"not proven: AWS itself. The emulator is moto {run.Moto} with this project's patches (src/Valkey.Cdktf.Tools/Emulator): it does not check " +
            "capacity, quotas, permissions, node types, or AWS's rules beyond those patched in; the provider is hashicorp/aws " +
            $"{provider.Version}{(provider.Version == Pinned ? "" : $", not the {Pinned} the stacks pin")}");
    }
}
