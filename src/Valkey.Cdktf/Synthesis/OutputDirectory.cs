namespace Valkey.Cdktf.Synthesis;

/// <summary>
/// Writes a synthesis so that a failure leaves the output folder exactly as it was: the app
/// synthesizes into a staging folder beside it, and only a complete synthesis is moved in,
/// file by file, each by an atomic rename (no file is ever half-written).
/// <para>
/// Files the synthesis does not produce stay: Terraform's <c>.terraform/</c> folder and lock
/// file in <c>stacks/&lt;env&gt;</c> survive a synth, so <c>terraform init</c> is not needed again.
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
            MoveInto(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
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
