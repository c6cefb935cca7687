namespace Valkey.Cdktf.Synthesis;

/// <summary>
/// Writes a synthesis so that a failure leaves the output folder exactly as it was: the app
/// synthesizes into a staging folder beside it, and only a complete synthesis is moved in,
/// file by file, each by an atomic rename (no file is ever half-written).
/// <para>
/// Files the synthesis does not produce stay: Terraform's <c>.terraform/</c> folder and lock
/// file in <c>stacks/&lt;env&gt;</c> survive a synth, so <c>terraform init</c> is not needed again.
/// The folder of a stack the synthesis no longer has is removed, as the CDKTF CLI does.
/// </para>
/// </summary>
public static class OutputDirectory
{
    /// <summary>Runs <paramref name="synthesize"/> into a staging folder and, when it returns, moves its files into <paramref name="outdir"/>.</summary>
    public static void Replace(string outdir, Action<string> synthesize)
    {
        ArgumentNullException.ThrowIfNull(synthesize);
        var target = Path.GetFullPath(outdir);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException($"no parent folder: {outdir}", nameof(outdir));
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            synthesize(staging);
            var stacks = Path.Combine(staging, StacksFolder);
            var current = Directory.Exists(stacks)
                ? Directory.GetDirectories(stacks).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal)
                : [];
            MoveInto(staging, target);
            RemoveOrphans(Path.Combine(target, StacksFolder), current);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>The folder of the stacks in an output folder, as CDKTF names it.</summary>
    public const string StacksFolder = "stacks";

    private static void RemoveOrphans(string stacks, HashSet<string?> current)
    {
        if (!Directory.Exists(stacks)) return;
        foreach (var dir in Directory.GetDirectories(stacks).Where(d => !current.Contains(Path.GetFileName(d))))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void MoveInto(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Move(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
        foreach (var dir in Directory.GetDirectories(from))
        {
            MoveInto(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
