using System.Text.Json.Nodes;
using Valkey.Cdktf.Configuration;
using Valkey.Cdktf.Synthesis;

namespace Valkey.Cdktf.Guard;

/// <summary>
/// The replacement guard: synthesizes every environment (into a temporary folder; cdktf.out
/// is not touched), compares each stack with its last accepted synthesis, prints a table of
/// what changes and what Terraform will do, and fails when a resource would be replaced or
/// destroyed without the environment file acknowledging that exact change.
/// </summary>
public static class GuardCommand
{
    /// <summary>Exit code for arguments that do not fit together.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code when a replacement or destruction is not acknowledged.</summary>
    public const int UnacknowledgedReplacement = 3;

    /// <summary>Where the accepted syntheses are by default: the snapshot tests' golden files.</summary>
    public const string DefaultBaseline = "tests/Valkey.Cdktf.Tests/Snapshots";

    /// <summary>
    /// Runs the guard. <paramref name="baseline"/> is a folder of <c>&lt;env&gt;.cdk.tf.json</c> files,
    /// a cdktf.out folder (with <c>stacks/&lt;env&gt;/cdk.tf.json</c>), or, with <paramref name="only"/>,
    /// one cdk.tf.json file.
    /// </summary>
    public static int Run(string environmentsFolder, string baseline, string? only, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var environments = SynthCommand.ReadOrReport(environmentsFolder, error);
        if (environments is null) return SynthCommand.ConfigurationError;
        if (only is not null)
        {
            environments = [.. environments.Where(e => e.Name == only)];
            if (environments.Count == 0)
            {
                error.WriteLine($"error: --env {only}: no environments/{only}.json in {environmentsFolder}");
                return UsageError;
            }
        }
        else if (File.Exists(baseline))
        {
            error.WriteLine($"error: --against {baseline} is a file; name the environment it belongs to with --env <name>");
            return UsageError;
        }

        var schema = ProviderSchema.Embedded();
        var staging = Path.Combine(Path.GetTempPath(), $"valkey-guard-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            ValkeyApp.Build(environments, staging).Synth();
            var failed = false;
            foreach (var environment in environments)
            {
                var proposed = JsonNode.Parse(File.ReadAllText(Path.Combine(staging, OutputDirectory.StacksFolder, environment.Name, "cdk.tf.json")))!;
                failed |= !Report(environment, BaselineFile(baseline, environment.Name, only is not null), proposed, schema, output);
            }
            return failed ? UnacknowledgedReplacement : 0;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static string BaselineFile(string baseline, string stack, bool single)
    {
        if (single && File.Exists(baseline)) return baseline;
        var inCdktfOut = Path.Combine(baseline, OutputDirectory.StacksFolder, stack, "cdk.tf.json");
        return File.Exists(inCdktfOut) ? inCdktfOut : Path.Combine(baseline, $"{stack}.cdk.tf.json");
    }

    /// <summary>Prints one environment's table; false when it has an unacknowledged destructive change.</summary>
    internal static bool Report(EnvironmentConfig environment, string baselineFile, JsonNode proposed, ProviderSchema schema, TextWriter output)
    {
        if (!File.Exists(baselineFile))
        {
            output.WriteLine($"{environment.Name}: no accepted synthesis at {baselineFile}: every resource is new; nothing to replace.");
            return true;
        }
        var accepted = JsonNode.Parse(File.ReadAllText(baselineFile))!;
        var changes = ReplacementGuard.Compare(accepted, proposed, schema);
        output.WriteLine($"{environment.Name}: compared with {baselineFile}");
        if (changes.Count == 0)
        {
            output.WriteLine("  no changes.");
            return true;
        }
        var rows = new List<string[]> { new[] { "resource", "attribute", "old", "new", "action" } };
        var ok = true;
        var used = new HashSet<AcknowledgedReplacement>();
        var acknowledgedResources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var action = change.Action switch
            {
                ChangeAction.UpdateInPlace => "update in place",
                ChangeAction.Create => "create",
                ChangeAction.Replace => "REPLACE",
                _ => "DESTROY",
            };
            if (change.IsDestructive)
            {
                var ack = environment.AcknowledgedReplacements.FirstOrDefault(a => Matches(a, change));
                if (ack is null)
                {
                    ok = false;
                    action += " - not acknowledged";
                }
                else
                {
                    used.Add(ack);
                    acknowledgedResources.Add(change.Resource);
                    action += $" - acknowledged: {ack.Reason}";
                }
            }
            rows.Add([change.Resource, change.Attribute, Cell(change.Old), Cell(change.New), action]);
        }
        var widths = Enumerable.Range(0, 5).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine("  " + string.Join("  ", row.Select((cell, c) => c == 4 ? cell : cell.PadRight(widths[c]))).TrimEnd());
        }
        foreach (var change in changes.Where(c => c.IsDestructive))
        {
            output.WriteLine($"  {change.Resource}.{change.Attribute}: {change.Why}.");
        }
        foreach (var resource in acknowledgedResources.Where(address => PreventsDestroy(proposed, address)))
        {
            output.WriteLine($"  note: {resource} has prevent_destroy on: terraform apply refuses the acknowledged replacement until");
            output.WriteLine("  \"prevent_destroy\": false is set in the environment's variables for that apply.");
        }
        foreach (var stale in environment.AcknowledgedReplacements.Where(a => !used.Contains(a)))
        {
            output.WriteLine($"  note: acknowledged_replacements entry for {stale.Resource} {stale.Attribute} matches no change; remove it once applied.");
        }
        if (!ok)
        {
            output.WriteLine($"  FAILED: {environment.Name} would replace or destroy resources, and their data. If that is intended, add to");
            output.WriteLine($"  environments/{environment.Name}.json \"acknowledged_replacements\": [{{ \"resource\", \"attribute\", \"to\" (the new value), \"reason\" }}].");
        }
        return ok;
    }

    /// <summary>Whether the resource at <paramref name="address"/> (<c>type.name</c>) has <c>lifecycle.prevent_destroy</c> on.</summary>
    private static bool PreventsDestroy(JsonNode stack, string address)
    {
        var dot = address.IndexOf('.', StringComparison.Ordinal);
        return stack["resource"]?[address[..dot]]?[address[(dot + 1)..]]?["lifecycle"]?["prevent_destroy"]?.GetValue<bool>() == true;
    }

    private static bool Matches(AcknowledgedReplacement ack, PlannedChange change) =>
        ack.Resource == change.Resource && ack.Attribute == change.Attribute
        && (change.Action == ChangeAction.Destroy || JsonNode.DeepEquals(JsonNode.Parse(ack.To ?? "null"), change.New is null ? null : JsonNode.Parse(change.New)));

    private static string Cell(string? json) => json switch
    {
        null => "(absent)",
        { Length: > 60 } => string.Concat(json.AsSpan(0, 57), "..."),
        _ => json,
    };
}
