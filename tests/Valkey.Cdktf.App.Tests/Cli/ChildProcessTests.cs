namespace Valkey.Cdktf.App.Tests.Cli;

/// <summary>The one process runner every command and test uses: output, input, waiting for a line, killing the tree.</summary>
public sealed class ChildProcessTests
{
    private static readonly KeyValuePair<string, string?>[] NoChanges = [];

    [Fact]
    public void Run_gives_the_exit_code_both_outputs_and_takes_standard_input()
    {
        var result = ChildProcess.Run("sh", ["-c", "cat; echo oops >&2; exit 3"], Path.GetTempPath(), NoChanges, stdin: "hello\n");

        Assert.Equal(3, result.ExitCode);
        Assert.False(result.Succeeded);
        Assert.Equal("hello\n", result.Stdout);
        Assert.Equal("oops\n", result.Stderr);
    }

    [Fact]
    public void A_null_value_removes_a_variable_and_a_value_sets_one()
    {
        Environment.SetEnvironmentVariable("VALKEY_CHILD_PROCESS_TEST", "inherited");
        try
        {
            var result = ChildProcess.Run("sh", ["-c", "echo \"${VALKEY_CHILD_PROCESS_TEST:-unset} $EXTRA\""], Path.GetTempPath(),
                [new("VALKEY_CHILD_PROCESS_TEST", null), new("EXTRA", "set")]);

            Assert.Equal("unset set\n", result.Stdout);
        }
        finally
        {
            Environment.SetEnvironmentVariable("VALKEY_CHILD_PROCESS_TEST", null);
        }
    }

    [Fact]
    public void WaitFor_sees_a_line_while_the_program_runs_on_and_dispose_ends_it()
    {
        int id;
        using (var running = ChildProcess.Start("sh", ["-c", "echo ready; exec sleep 60"], Path.GetTempPath(), NoChanges))
        {
            id = running.Id;
            Assert.True(running.WaitFor(said => said.Contains("ready", StringComparison.Ordinal), TimeSpan.FromSeconds(20)));
            Assert.False(running.HasExited);
        }

        Assert.False(ProcessLiveness.IsRunning(id));
    }

    [Fact]
    public void WaitFor_is_false_when_the_program_ends_without_the_line()
    {
        using var running = ChildProcess.Start("sh", ["-c", "echo something else"], Path.GetTempPath(), NoChanges);

        Assert.False(running.WaitFor(said => said.Contains("ready", StringComparison.Ordinal), TimeSpan.FromSeconds(20)));
        Assert.Equal("something else\n", running.Stdout);
    }

    [Fact]
    public async Task A_cancelled_run_kills_the_programs_children_too()
    {
        using var dir = new TempDir();
        var pidFile = Path.Combine(dir.Path, "child.pid");
        using var cancel = new CancellationTokenSource();
        var run = Task.Run(() => ChildProcess.Run("sh", ["-c", $"sleep 60 & echo $! > '{pidFile}'; wait"], dir.Path, NoChanges, cancel: cancel.Token));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!File.Exists(pidFile) || File.ReadAllText(pidFile).Trim().Length == 0)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "the program never started its child");
            await Task.Delay(20);
        }
        var child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);

        cancel.Cancel();

        await run.WaitAsync(TimeSpan.FromSeconds(20));
        // Killed with its parent; an orphan is reaped by init a moment later, so allow that moment.
        var gone = System.Diagnostics.Stopwatch.StartNew();
        while (ProcessLiveness.IsRunning(child) && gone.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(50);
        Assert.False(ProcessLiveness.IsRunning(child), "the program's child outlived the cancellation");
    }
}
