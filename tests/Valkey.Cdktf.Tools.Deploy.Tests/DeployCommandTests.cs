using System.Diagnostics;

namespace Valkey.Cdktf.Tools.Deploy.Tests;

/// <summary>
/// The rehearse --deploy command as a user runs it: its refusals (exit 2, one line with a way out,
/// never a skip), a failing cycle, and Ctrl-C; after each, no emulator runs and the temp folder is empty.
/// </summary>
public sealed class DeployCommandTests
{
    private static Processes.Result Deploy(Dictionary<string, string> environment, params string[] args) =>
        Processes.Tools(environment, ["rehearse", "--deploy", .. args]);

    [Theory]
    [InlineData("--state", "state.json")]
    [InlineData("--from")]
    [InlineData("--env", "nope")]
    public void Bad_arguments_are_exit_2(params string[] args)
    {
        var result = Deploy(new Dictionary<string, string>(), args);

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.StartsWith("error: ", result.Stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_global_datastores_members_deploy_together_the_primary_first_and_the_rest_alone()
    {
        static EnvironmentConfig Read(string folder, string name) =>
            EnvironmentFile.Parse(name, File.ReadAllText(Path.Combine(folder, $"{name}.json")), $"{name}.json").Single();
        var secondary = Read(RepoPaths.GlobalDatastoreExample, "secondary");
        var primary = Read(RepoPaths.GlobalDatastoreExample, "primary");
        var hml = Read(RepoPaths.Environments, "hml");

        // The secondary listed first still deploys after its primary, in the primary's unit.
        Assert.Equal([[1, 0], [2]], DeployCommand.Units([secondary, primary, hml]).Select(u => u.ToArray()));
        // A secondary whose primary is not in the run is a unit alone (--env of a secondary brings its primary, so a run has it).
        Assert.Equal([[0], [1]], DeployCommand.Units([secondary, hml]).Select(u => u.ToArray()));
    }

    [Fact]
    public void From_without_deploy_is_exit_2()
    {
        var result = Processes.Tools(new Dictionary<string, string>(), "rehearse", "--from", DeployFixture.ModuleRoot);

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.Contains("--from DIR belongs to a deploy rehearsal: add --deploy", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void From_for_an_environment_that_adopts_nothing_says_which_setting_to_add()
    {
        var result = Deploy(new Dictionary<string, string>(), "--env", "hml", "--from", DeployFixture.ModuleRoot);

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.Contains("environments/hml.json: --from", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"moved_from_module\"", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_python3_it_says_how_to_install_the_emulator()
    {
        using var bin = new TempDir();
        Link(bin.Path, "terraform");
        var result = Deploy(new Dictionary<string, string> { ["PATH"] = $"{bin.Path}:{Path.GetDirectoryName(Environment.ProcessPath!)}" }, "--env", "hml");

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.Contains("no python3 on PATH", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("pip install \"moto[server]\"", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_moto_it_says_how_to_install_it()
    {
        using var bin = new TempDir();
        // A python3 that does not see its site-packages, where moto is.
        Script(bin.Path, "python3", $"exec {Which("python3")} -S \"$@\"");
        var result = Deploy(new Dictionary<string, string> { ["PATH"] = $"{bin.Path}:{Environment.GetEnvironmentVariable("PATH")}" }, "--env", "hml");

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.Contains("python3 has no moto", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("pip install \"moto[server]\"", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_moto_older_than_5_2_it_says_so()
    {
        using var bin = new TempDir();
        var old = Directory.CreateDirectory(Path.Combine(bin.Path, "old", "moto")).FullName;
        File.WriteAllText(Path.Combine(old, "__init__.py"), "__version__ = \"5.1.9\"\n");
        Script(bin.Path, "python3", $"PYTHONPATH={Path.GetDirectoryName(old)} exec {Which("python3")} -S \"$@\"");
        var result = Deploy(new Dictionary<string, string> { ["PATH"] = $"{bin.Path}:{Environment.GetEnvironmentVariable("PATH")}" }, "--env", "hml");

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.Contains("moto 5.1.9 is too old", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_cycle_exits_4_stops_the_emulator_and_leaves_the_temp_folder_empty()
    {
        using var tmp = new TempDir();
        using var root = new TempDir();
        // A root Terraform cannot init offline: a provider no mirror has.
        File.WriteAllText(Path.Combine(root.Path, "main.tf"), "terraform {\n  required_providers {\n    nope = { source = \"example/nope\" }\n  }\n}\n");
        using var environments = new TempDir();
        var hml = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Environments, "hml.json")))!.AsObject();
        hml["adoption"] = new System.Text.Json.Nodes.JsonObject { ["moved_from_module"] = new System.Text.Json.Nodes.JsonObject() };
        File.WriteAllText(Path.Combine(environments.Path, "hml.json"), hml.ToJsonString());

        var result = Deploy(new Dictionary<string, string> { ["TMPDIR"] = tmp.Path, ["VALKEY_ENVIRONMENTS"] = environments.Path }, "--env", "hml", "--from", root.Path);

        Assert.True(result.ExitCode == 4, result.Stdout + result.Stderr);
        Assert.Contains("FAILED at \"existing root applied", result.Stdout, StringComparison.Ordinal);
        // Said once: the step as it finished, then the table, then the failure's block once; no "FAILED: FAILED".
        Assert.Equal(1, Occurrences(result.Stdout, "FAILED at "));
        Assert.DoesNotContain("FAILED: FAILED", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("hml: existing root applied (terraform apply in a copy of", result.Stdout, StringComparison.Ordinal);
        Assert.Empty(EmulatorsUnder(tmp.Path));
        Assert.Empty(Directory.GetFileSystemEntries(tmp.Path));
        Assert.Equal(["main.tf"], Directory.GetFileSystemEntries(root.Path).Select(Path.GetFileName)); // --from DIR is only read
    }

    [Fact]
    public void Ctrl_C_halfway_exits_130_with_one_line_stops_the_emulator_and_leaves_nothing()
    {
        using var tmp = new TempDir();
        using var work = new TempDir();
        // Standard output to a file, as CI keeps a log: each step must be there as it finishes, not at the end.
        var log = Path.Combine(work.Path, "deploy.log");
        Processes.Result result;
        using (var app = Processes.Start("setsid", ["env", "--default-signal=INT", "bash", "-c", "exec dotnet \"$0\" rehearse --deploy --env hml > \"$1\"", Processes.ToolsDll, log],
            RepoPaths.Root, new Dictionary<string, string> { ["TMPDIR"] = tmp.Path }))
        {
            var watch = Stopwatch.StartNew();
            var timeout = TimeSpan.FromMinutes(5);
            while (!(File.Exists(log) && File.ReadAllText(log).Contains("hml: synthesize (the app, as cdktf synth runs it): cdk.tf.json written", StringComparison.Ordinal))
                && watch.Elapsed < timeout)
            {
                Thread.Sleep(200);
            }
            Assert.True(watch.Elapsed < timeout, $"the first step's line did not reach the log file within {timeout}: {(File.Exists(log) ? File.ReadAllText(log) : "no file")}");
            // The plan after it takes about 25 s: this is in its middle, with the emulator running.
            Assert.NotEmpty(EmulatorsUnder(tmp.Path));
            app.SignalGroup("INT");
            result = app.Wait(TimeSpan.FromMinutes(2));
        }

        Assert.True(result.ExitCode == 130, result.Stdout + result.Stderr);
        Assert.Contains("interrupted: nothing was written", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal); // the interrupt's own, not a cause to show
        Assert.Empty(EmulatorsUnder(tmp.Path));
        Assert.Empty(Directory.GetFileSystemEntries(tmp.Path));
    }

    /// <summary>Emulator processes whose seed lies under <paramref name="folder"/> (the app's temp folder is inside it).</summary>
    private static List<int> EmulatorsUnder(string folder) =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => int.TryParse(n, out _)).Select(int.Parse!)
            .Where(pid =>
            {
                try { return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ') is var cmd && cmd.Contains("valkey_emulator.py", StringComparison.Ordinal) && cmd.Contains(folder, StringComparison.Ordinal); }
                catch (IOException) { return false; }
                catch (UnauthorizedAccessException) { return false; }
            }).ToList();

    private static string Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).First(File.Exists);

    private static void Link(string folder, string program) => File.CreateSymbolicLink(Path.Combine(folder, program), Which(program));

    private static void Script(string folder, string name, string body)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
