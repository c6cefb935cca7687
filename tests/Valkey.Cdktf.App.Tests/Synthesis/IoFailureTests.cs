
namespace Valkey.Cdktf.App.Tests.Synthesis;

/// <summary>
/// I/O failures end in one line naming the path and the cause, exit code 74, no stack trace,
/// and nothing written. The read-only and disk-full cases run the app in a mount namespace of
/// its own (unshare), over a bind mount made read-only or a 64 KiB tmpfs.
/// </summary>
public sealed class IoFailureTests
{
    private const int IoError = 74;

    private static string Environments(string root)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "environments")).FullName;
        File.WriteAllText(Path.Combine(folder, "hml.json"), BadEnvironmentFileTests.ValidFile().ToJsonString());
        return folder;
    }

    private static void AssertOneLineError(Processes.Result result, string mentions)
    {
        Assert.True(result.ExitCode == IoError, $"exit {result.ExitCode}: {result.Stderr}");
        Assert.Contains("error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(mentions, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_path_that_is_a_file()
    {
        using var work = new TempDir();
        var outdir = Path.Combine(work.Path, "cdktf.out");
        File.WriteAllText(outdir, "not a folder\n");

        var result = Processes.App(new Dictionary<string, string> { ["VALKEY_ENVIRONMENTS"] = Environments(work.Path), ["CDKTF_OUTDIR"] = outdir });

        AssertOneLineError(result, $"{outdir}: it is a file, not a folder");
        Assert.Equal("not a folder\n", File.ReadAllText(outdir));
        Assert.Equal(["cdktf.out", "environments"], Directory.GetFileSystemEntries(work.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_output_path_under_a_file()
    {
        using var work = new TempDir();
        File.WriteAllText(Path.Combine(work.Path, "plain"), "x");
        var outdir = Path.Combine(work.Path, "plain", "cdktf.out");

        var result = Processes.App(new Dictionary<string, string> { ["VALKEY_ENVIRONMENTS"] = Environments(work.Path), ["CDKTF_OUTDIR"] = outdir });

        AssertOneLineError(result, Path.Combine(work.Path, "plain"));
    }

    /// <summary>Runs <paramref name="setup"/> then the app in a private mount namespace; returns the app's result.</summary>
    private static Processes.Result InNamespace(string setup, string environments, string outdir)
    {
        var script = $"set -e; {setup}; exec dotnet \"$0\"";
        return Processes.Run("unshare", ["--map-root-user", "--mount", "bash", "-c", script, Processes.AppDll], RepoPaths.Root,
            new Dictionary<string, string> { ["VALKEY_ENVIRONMENTS"] = environments, ["CDKTF_OUTDIR"] = outdir });
    }

    [Fact]
    public void A_read_only_file_system()
    {
        using var work = new TempDir();
        var environments = Environments(work.Path);
        var area = Directory.CreateDirectory(Path.Combine(work.Path, "area")).FullName;
        var outdir = Path.Combine(area, "cdktf.out");
        FolderSnapshot.Seed(outdir);
        var before = FolderSnapshot.Take(area);

        var result = InNamespace($"mount --bind '{area}' '{area}'; mount -o remount,bind,ro '{area}'", environments, outdir);

        AssertOneLineError(result, "Read-only file system");
        Assert.Contains(area, result.Stderr, StringComparison.Ordinal);
        FolderSnapshot.AssertUnchanged(before, area);
    }

    [Fact]
    public void A_full_disk()
    {
        using var work = new TempDir();
        var environments = Environments(work.Path);
        var area = Directory.CreateDirectory(Path.Combine(work.Path, "area")).FullName;
        var outdir = Path.Combine(area, "cdktf.out");
        var report = Path.Combine(work.Path, "report.txt");
        // A 64 KiB file system holding an earlier synthesis, filled up; after the app, the
        // earlier synthesis is listed with checksums (the mount ends with the namespace).
        var setup = $"mount -t tmpfs -o size=64k tmpfs '{area}'; mkdir -p '{outdir}/stacks/hml'; " +
                    $"echo old > '{outdir}/stacks/hml/cdk.tf.json'; echo '{{}}' > '{outdir}/manifest.json'; " +
                    $"dd if=/dev/zero of='{area}/filler' bs=1k count=64 2>/dev/null || true";
        var script = $"set -e; {setup}; set +e; dotnet \"$0\"; code=$?; (cd '{area}' && find . -type f ! -name filler -exec sha256sum {{}} + | sort; ls -a) > '{report}'; exit $code";

        var result = Processes.Run("unshare", ["--map-root-user", "--mount", "bash", "-c", script, Processes.AppDll], RepoPaths.Root,
            new Dictionary<string, string> { ["VALKEY_ENVIRONMENTS"] = environments, ["CDKTF_OUTDIR"] = outdir });

        AssertOneLineError(result, "No space left on device");
        var after = File.ReadAllText(report);
        Assert.Contains("./cdktf.out/stacks/hml/cdk.tf.json", after, StringComparison.Ordinal);
        Assert.Contains("./cdktf.out/manifest.json", after, StringComparison.Ordinal);
        Assert.Equal(2, after.Split('\n').Count(l => l.Contains("./cdktf.out/", StringComparison.Ordinal)));
        Assert.DoesNotContain(".cdktf.out.staging", after, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_one_line_naming_it_with_one_full_stop()
    {
        using var dir = new TempDir();
        var root = Path.Combine(dir.Path, "no such root");
        var missing = Path.Combine(root, "README.md");

        var result = Processes.Tools(new Dictionary<string, string>(), "docs", "--embedded-attributes", "--root", root);

        Assert.Equal(IoError, result.ExitCode);
        var line = Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.Contains(missing, line, StringComparison.Ordinal);
        Assert.DoesNotContain("..", line, StringComparison.Ordinal);
        Assert.EndsWith(". Nothing was written.", line, StringComparison.Ordinal);
    }
}
