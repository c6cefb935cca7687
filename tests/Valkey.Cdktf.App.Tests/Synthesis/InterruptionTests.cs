
namespace Valkey.Cdktf.App.Tests.Synthesis;

/// <summary>
/// The app killed or interrupted at several moments: cdktf.out always holds the whole old
/// synthesis or the whole new one, and the next run leaves nothing behind, in the tree (git
/// status clean) or in the temp folder.
/// </summary>
public sealed class InterruptionTests
{
    /// <summary>A git repository with the project's .gitignore, one environment file committed, and a first synthesis.</summary>
    private sealed class Workspace : IDisposable
    {
        private readonly TempDir _dir = new();

        public Workspace()
        {
            Directory.CreateDirectory(Environments);
            Directory.CreateDirectory(Tmp);
            File.Copy(Path.Combine(RepoPaths.Root, ".gitignore"), Path.Combine(Root, ".gitignore"));
            WriteEnvironment(nodes: 2);
            Git("init", "-q");
            Git("add", ".");
            Git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "environments");
            var first = Processes.App(Env());
            Assert.True(first.ExitCode == 0, first.Stderr);
            Old = FolderSnapshot.Take(Outdir);
        }

        public string Root => _dir.Path;
        public string Environments => Path.Combine(Root, "environments");
        public string Outdir => Path.Combine(Root, "cdktf.out");
        public string Tmp => Path.Combine(Root, "tmp-outside");
        public SortedDictionary<string, byte[]> Old { get; }

        /// <summary>Writes hml.json with <paramref name="nodes"/> nodes, and commits it once the repository exists.</summary>
        public void WriteEnvironment(int nodes)
        {
            var file = BadEnvironmentFileTests.ValidFile();
            file["variables"]!["num_cache_nodes"] = nodes;
            File.WriteAllText(Path.Combine(Environments, "hml.json"), file.ToJsonString());
            if (Directory.Exists(Path.Combine(Root, ".git"))) Git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "nodes");
        }

        public Dictionary<string, string> Env(string? hold = null)
        {
            var env = new Dictionary<string, string> { ["VALKEY_ENVIRONMENTS"] = Environments, ["CDKTF_OUTDIR"] = Outdir, ["TMPDIR"] = Tmp };
            if (hold is not null) env["VALKEY_TEST_HOLD"] = hold;
            return env;
        }

        public string Git(params string[] args)
        {
            var result = Processes.Run("git", args, Root, new Dictionary<string, string>());
            Assert.True(result.ExitCode == 0, result.Stderr);
            return result.Stdout;
        }

        /// <summary>The output is entirely the old synthesis, or entirely a new one with 3 nodes.</summary>
        public string OldOrNew()
        {
            var now = FolderSnapshot.Take(Outdir);
            if (now.Keys.SequenceEqual(Old.Keys) && now.All(f => f.Value.SequenceEqual(Old[f.Key]))) return "old";
            Assert.Equal(Old.Keys, now.Keys);
            Assert.Contains("\"num_cache_clusters\": 3", System.Text.Encoding.UTF8.GetString(now[Path.Combine("stacks", "hml", "cdk.tf.json")]), StringComparison.Ordinal);
            return "new";
        }

        /// <summary>A clean run after the interruption: it succeeds and leaves nothing behind.</summary>
        public void AssertNextRunCleansUp()
        {
            var next = Processes.App(Env());
            Assert.True(next.ExitCode == 0, next.Stderr);
            Assert.Equal("new", OldOrNew());
            Assert.Equal("", Git("status", "--porcelain", "--ignored=no"));
            Assert.Equal([".git", ".gitignore", "cdktf.out", "environments", "tmp-outside"],
                Directory.GetFileSystemEntries(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal([], Directory.GetFileSystemEntries(Tmp).Select(Path.GetFileName));
        }

        public void Dispose() => _dir.Dispose();
    }

    [Theory]
    [InlineData("staged", "old")]
    [InlineData("swapped", "new")]
    public void Killed_while_putting_the_output_in_place(string moment, string expected)
    {
        using var work = new Workspace();
        work.WriteEnvironment(nodes: 3);
        using (var app = Processes.StartApp(work.Env(hold: moment)))
        {
            app.WaitForStderr($"hold: {moment}", TimeSpan.FromMinutes(1));
            app.SignalGroup("KILL");
            app.Wait(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(expected, work.OldOrNew());
        work.AssertNextRunCleansUp();
    }

    [Theory]
    [InlineData(250)]
    [InlineData(400)]
    [InlineData(550)]
    public void Killed_at_a_moment_of_synthesis(int milliseconds)
    {
        using var work = new Workspace();
        work.WriteEnvironment(nodes: 3);
        using (var app = Processes.StartApp(work.Env()))
        {
            Thread.Sleep(milliseconds);
            app.SignalGroup("KILL");
            app.Wait(TimeSpan.FromSeconds(30));
        }

        Assert.Contains(work.OldOrNew(), new[] { "old", "new" });
        work.AssertNextRunCleansUp();
    }

    [Theory]
    [InlineData("INT", false)]
    [InlineData("TERM", false)]
    [InlineData("INT", true)]
    public void An_interrupt_exits_130_with_one_line_and_writes_nothing(string signal, bool sigintIgnoredByParent)
    {
        using var work = new Workspace();
        work.WriteEnvironment(nodes: 3);
        Processes.Result result;
        using (var app = sigintIgnoredByParent ? Processes.StartAppWithSigintIgnored(work.Env(hold: "staged")) : Processes.StartApp(work.Env(hold: "staged")))
        {
            app.WaitForStderr("hold: staged", TimeSpan.FromMinutes(1));
            app.SignalGroup(signal);
            result = app.Wait(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("interrupted: nothing was written", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal); // the interrupt's own, not a cause to show
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("old", work.OldOrNew());
        Assert.Equal([".git", ".gitignore", "cdktf.out", "environments", "tmp-outside"],
            Directory.GetFileSystemEntries(work.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(work.Tmp));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Ctrl_C_during_synthesis_exits_130_without_a_stack_trace(bool sigintIgnoredByParent)
    {
        using var work = new Workspace();
        work.WriteEnvironment(nodes: 3);
        Processes.Result result;
        using (var app = sigintIgnoredByParent ? Processes.StartAppWithSigintIgnored(work.Env()) : Processes.StartApp(work.Env()))
        {
            Thread.Sleep(400);
            app.SignalGroup("INT");
            result = app.Wait(TimeSpan.FromSeconds(30));
        }

        // Either the interrupt came in time (130, nothing written) or the run had already finished (0, the new synthesis).
        Assert.True(result.ExitCode is 130 or 0, result.Stderr);
        Assert.Equal(result.ExitCode == 130 ? "old" : "new", work.OldOrNew());
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("JsiiError", result.Stderr.Replace("(JsiiError)", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(work.Tmp));
    }
}
