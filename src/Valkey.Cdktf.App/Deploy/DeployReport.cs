using Spectre.Console;

namespace Valkey.Cdktf.App.Deploy;

/// <summary>Prints deploy cycles: a table per environment (step, result, seconds), then what was and was not proven.</summary>
internal static class DeployReport
{
    /// <summary>The header line: the tools the cycles ran with.</summary>
    public static void Header(TextWriter output, string terraform, Rehearsal.ProviderBinary provider, Version pinned, string moto, int port)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(provider);
        var pin = provider.Version == pinned ? "the version the stacks pin" : $"NOT the {pinned} the stacks pin";
        output.WriteLine($"rehearsing deploys with Terraform {terraform}, hashicorp/aws {provider.Version} ({provider.Source}; {pin}), " +
            $"the CDKTF CLI of this project, and moto {moto} on 127.0.0.1:{port} as AWS; fake credentials, nothing leaves this machine");
    }

    /// <summary>One environment's cycle.</summary>
    public static void Write(DeployOutcome outcome, TextWriter output, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{outcome.Stack}:");
        Cli.TableWriter.Write(output, terminal, ["step", "result", "seconds"], outcome.Steps.Select(s =>
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

    /// <summary>What a green cycle proves and what it cannot.</summary>
    public static void Summary(TextWriter output, Rehearsal.ProviderBinary provider, Version pinned, string moto)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(provider);
        output.WriteLine("proven, per environment: the real provider creates every resource through cdktf deploy and reads back what it wrote " +
            "(an empty refreshed plan); in-place changes apply and settle; the outputs have values; prevent_destroy refuses a replacement and a destroy; " +
            "an S3 backend's bucket, key, encryption and lock file work");
        output.WriteLine($"not proven: AWS itself. The emulator is moto {moto} with this project's patches (src/Valkey.Cdktf.App/Emulator): it does not check " +
            "capacity, quotas, permissions, node types, or AWS's rules beyond those patched in; the provider is hashicorp/aws " +
            $"{provider.Version}{(provider.Version == pinned ? "" : $", not the {pinned} the stacks pin")}");
    }
}
