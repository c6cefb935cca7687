using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Synthesis;

/// <summary>
/// Puts a synthesis in place all or nothing, even when the process is killed:
/// <list type="number">
/// <item>the app synthesizes into a staging folder beside the output folder
/// (<c>.cdktf.out.staging-&lt;pid&gt;-&lt;id&gt;</c>);</item>
/// <item>everything in the old output that synthesis does not write (Terraform's
/// <c>.terraform/</c>, lock and state files, any other file) is linked into the staging folder
/// (hard links: no copy of a 700 MB provider, and the old tree stays whole);</item>
/// <item>the staging folder and the output folder are exchanged in one atomic step (where the
/// platform cannot, two renames, undone by the next run if killed between them);</item>
/// <item>the old tree is deleted.</item>
/// </list>
/// A stack folder whose environment is gone is dropped only when it holds nothing but what
/// synthesis wrote for a stack of the old manifest; otherwise it is kept, and reported.
/// Leftovers of a killed run are cleaned by the next one.
/// </summary>
internal static class OutputDirectory
{
    /// <summary>The folder of the stacks in an output folder, as CDKTF names it.</summary>
    public const string StacksFolder = "stacks";

    /// <summary>The file CDKTF writes at the top of an output folder, listing the stacks.</summary>
    public const string ManifestFile = "manifest.json";

    /// <summary>The file CDKTF writes in each stack folder.</summary>
    public const string StackFile = "cdk.tf.json";

    /// <summary>The compliance report the app writes beside each stack's cdk.tf.json.</summary>
    public const string ComplianceFile = "compliance.json";

    /// <summary>Every file a synthesis writes in a stack's folder: a folder holding nothing else holds only a synthesis.</summary>
    private static readonly HashSet<string> WrittenInAStack = new(StringComparer.Ordinal)
    {
        StackFile, ComplianceFile, Compliance.ComplianceReports.SarifFile, Compliance.ComplianceReports.JUnitFile,
    };

    /// <summary>
    /// Synthesizes with <paramref name="synthesize"/> into a staging folder and puts the result in
    /// place as <paramref name="outdir"/>. Throws <see cref="OutputException"/> (nothing written)
    /// when the output cannot be put in place, and <see cref="OperationCanceledException"/> when
    /// <paramref name="cancel"/> fires before the exchange.
    /// </summary>
    /// <param name="outdir">The output folder (cdktf.out).</param>
    /// <param name="synthesize">Writes a synthesis into the folder it is given.</param>
    /// <param name="refuseKeptStacks">
    /// Fail instead of keeping a stack folder whose environment is gone: under the CDKTF CLI, which
    /// deletes every stack folder not in the new manifest after the app exits.
    /// </param>
    /// <param name="cancel">An interrupt.</param>
    /// <param name="checkpoint">Called with <c>staged</c> just before the exchange and <c>swapped</c> just after it (tests interrupt there).</param>
    public static PublishResult Publish(string outdir, Action<string> synthesize, bool refuseKeptStacks = false, CancellationToken cancel = default,
        Action<string>? checkpoint = null)
    {
        ArgumentNullException.ThrowIfNull(synthesize);
        var target = Path.GetFullPath(outdir);
        if (File.Exists(target))
        {
            throw new OutputException(target, "it is a file, not a folder: move it away, or name another output folder");
        }
        var parent = Path.GetDirectoryName(target) ?? throw new OutputException(target, "it has no parent folder");
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        CleanLeftovers(parent, name);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var old = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            try
            {
                synthesize(staging);
            }
            catch (Exception e) when (NodeFileError.Parse(e) is { } failure)
            {
                throw new OutputException(failure.Path ?? staging, $"cannot write the synthesis: {failure.Cause}");
            }
            cancel.ThrowIfCancellationRequested();
            var result = Directory.Exists(target) ? CarryOver(target, staging, leaveToTheCli: refuseKeptStacks) : new PublishResult([], []);
            if (refuseKeptStacks && result.Kept.Count > 0)
            {
                throw new OutputException(result.Kept[0].Folder,
                    $"its environment file is gone but it holds {string.Join(", ", result.Kept[0].Holds)}, and the CDKTF CLI deletes such folders; " +
                    "restore the environment file, or move what it holds out (terraform state, then rm -r the folder), " +
                    "or synthesize with ./build.sh synth, which keeps it", ExitCode.ConfigurationError);
            }
            if (Directory.Exists(target))
            {
                var locked = Directory.GetDirectories(target, "*", SearchOption.AllDirectories).Prepend(target).FirstOrDefault(d => !NativeFiles.IsWritable(d));
                if (locked is not null) throw new OutputException(locked, "the folder is not writable, so the old synthesis could not be removed");
                checkpoint?.Invoke("staged");
                cancel.ThrowIfCancellationRequested();
                if (!NativeFiles.TryExchange(staging, target))
                {
                    Directory.Move(target, old);
                    Directory.Move(staging, target);
                    Directory.Move(old, staging);
                }
            }
            else
            {
                checkpoint?.Invoke("staged");
                cancel.ThrowIfCancellationRequested();
                Directory.Move(staging, target);
            }
            checkpoint?.Invoke("swapped");
            return result;
        }
        finally
        {
            // The new tree when anything failed; the old tree after the exchange.
            TryDelete(staging);
        }
    }

    /// <summary>
    /// Links into <paramref name="staging"/> everything of <paramref name="target"/> that the new synthesis did not write. A
    /// stack folder of a gone environment that holds only its synthesis is left out, except under the CDKTF CLI
    /// (<paramref name="leaveToTheCli"/>): the CLI removes every stack folder the new manifest lacks, itself, and fails with
    /// ENOENT on one already gone (node_modules/@cdktf/cli-core/src/lib/synth-stack.js, SynthStack.synth: fs.rmSync of each
    /// "orphaned directory" listed before the app ran, without force).
    /// </summary>
    private static PublishResult CarryOver(string target, string staging, bool leaveToTheCli)
    {
        var newStacks = SubfolderNames(Path.Combine(staging, StacksFolder));
        var oldManifestStacks = ManifestStacks(Path.Combine(target, ManifestFile));
        var kept = new List<KeptStack>();
        var removed = new List<string>();
        foreach (var entry in Directory.GetFileSystemEntries(target).Order(StringComparer.Ordinal))
        {
            var entryName = Path.GetFileName(entry);
            if (entryName == StacksFolder && Directory.Exists(entry) && !IsLink(entry))
            {
                Directory.CreateDirectory(Path.Combine(staging, StacksFolder));
                foreach (var stack in Directory.GetFileSystemEntries(entry).Order(StringComparer.Ordinal))
                {
                    var stackName = Path.GetFileName(stack);
                    var into = Path.Combine(staging, StacksFolder, stackName);
                    if (newStacks.Contains(stackName) || !Directory.Exists(stack) || IsLink(stack))
                    {
                        Link(stack, into);
                        continue;
                    }
                    var extra = Directory.GetFileSystemEntries(stack).Select(Path.GetFileName).Where(n => !WrittenInAStack.Contains(n!)).Order(StringComparer.Ordinal).ToList();
                    if (extra.Count == 0 && oldManifestStacks.Contains(stackName))
                    {
                        removed.Add(stack);
                        if (leaveToTheCli) Link(stack, into);
                        continue;
                    }
                    kept.Add(new KeptStack(stack, extra.Count == 0 ? ["a cdk.tf.json that no synthesis listed"] : [.. extra.Select(n => n!)]));
                    Link(stack, into);
                }
                continue;
            }
            Link(entry, Path.Combine(staging, entryName));
        }
        return new PublishResult(kept, removed);
    }

    /// <summary>Recreates <paramref name="from"/> at <paramref name="to"/> by hard links, where the new synthesis has no file of that name.</summary>
    private static void Link(string from, string to)
    {
        if (IsLink(from))
        {
            if (!Path.Exists(to)) File.CreateSymbolicLink(to, new FileInfo(from).LinkTarget!);
        }
        else if (Directory.Exists(from))
        {
            Directory.CreateDirectory(to);
            foreach (var entry in Directory.GetFileSystemEntries(from)) Link(entry, Path.Combine(to, Path.GetFileName(entry)));
        }
        else if (!File.Exists(to) && !NativeFiles.TryHardLink(from, to))
        {
            File.Copy(from, to);
        }
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static HashSet<string> SubfolderNames(string folder) =>
        Directory.Exists(folder) ? [.. Directory.GetDirectories(folder).Select(d => Path.GetFileName(d))] : [];

    /// <summary>The stack names a CDKTF manifest lists; empty when there is none or it cannot be read.</summary>
    private static HashSet<string> ManifestStacks(string manifest)
    {
        try
        {
            var stacks = JsonNode.Parse(File.ReadAllText(manifest))?["stacks"] as JsonObject;
            return stacks is null ? [] : [.. stacks.Select(s => s.Key)];
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or UnauthorizedAccessException or InvalidOperationException)
        {
            return [];
        }
    }

    /// <summary>
    /// Removes what killed runs left beside <paramref name="name"/>: staging folders, and old trees
    /// (put back first when the kill came between the two renames of the fallback exchange).
    /// Folders of a process that still runs are left alone.
    /// </summary>
    private static void CleanLeftovers(string parent, string name)
    {
        var target = Path.Combine(parent, name);
        foreach (var folder in Directory.GetDirectories(parent, $".{name}.*-*").Order(StringComparer.Ordinal))
        {
            var rest = Path.GetFileName(folder)[(name.Length + 2)..];
            var kind = rest.Split('.', 2)[0].Split('-')[0];
            var pidText = rest.Split('-').ElementAtOrDefault(1);
            if (kind is not ("staging" or "old") || !int.TryParse(pidText, out var pid) || ProcessLiveness.IsRunning(pid)) continue;
            if (kind == "old" && !Directory.Exists(target))
            {
                Directory.Move(folder, target);
                continue;
            }
            TryDelete(folder);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
