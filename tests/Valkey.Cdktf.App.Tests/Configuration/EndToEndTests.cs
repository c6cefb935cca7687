
namespace Valkey.Cdktf.App.Tests.Configuration;

/// <summary>The app and the CDKTF CLI run as processes, as users and CI run them.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public void The_app_answers_a_bad_file_with_exit_code_1_a_message_and_no_stack_trace()
    {
        using var work = new TempDir();
        var file = BadEnvironmentFileTests.ValidFile();
        file["variables"]!["num_cache_nodes"] = 7;
        File.WriteAllText(Path.Combine(work.Path, "hml.json"), file.ToJsonString());
        var outdir = Path.Combine(work.Path, "cdktf.out");
        FolderSnapshot.Seed(outdir);
        var before = FolderSnapshot.Take(outdir);

        var result = Processes.App(new Dictionary<string, string> { ["VALKEY_ENVIRONMENTS"] = work.Path, ["CDKTF_OUTDIR"] = outdir });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("variables.num_cache_nodes: got 7; expected 1 to 6", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Stderr, StringComparison.Ordinal);
        FolderSnapshot.AssertUnchanged(before, outdir);
    }

    [Theory]
    [InlineData("rehearse")]
    [InlineData("rehearse --deploy")]
    public void A_kept_folder_that_exists_is_refused_before_any_work(string command)
    {
        using var work = new TempDir();
        var existing = Path.Combine(work.Path, "kept");
        Directory.CreateDirectory(existing);
        File.WriteAllText(Path.Combine(existing, "mine.txt"), "not the rehearsal's");

        var result = Processes.Tools(new Dictionary<string, string> { ["VALKEY_REHEARSE_KEEP"] = existing }, command.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"VALKEY_REHEARSE_KEEP={existing}: {existing} exists; name a folder that does not", result.Stderr, StringComparison.Ordinal);
        // Nothing started: no Terraform, no synthesis, and the folder as it was.
        Assert.DoesNotContain("rehearsing with Terraform", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(["mine.txt"], Directory.GetFileSystemEntries(existing).Select(Path.GetFileName));
    }

    [Fact]
    public void A_kept_folder_whose_parent_is_missing_is_refused_with_the_parent()
    {
        using var work = new TempDir();
        var kept = Path.Combine(work.Path, "no-such-folder", "kept");

        var result = Processes.Tools(new Dictionary<string, string> { ["VALKEY_REHEARSE_KEEP"] = kept }, "rehearse");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"the folder it would go in, {Path.GetDirectoryName(kept)}, does not exist", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(kept)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public void The_app_writes_the_golden_files_with_and_without_the_jsii_type_index(string fullScan)
    {
        using var work = new TempDir();
        var outdir = Path.Combine(work.Path, "cdktf.out");

        var result = Processes.App(new Dictionary<string, string> { ["CDKTF_OUTDIR"] = outdir, ["VALKEY_JSII_FULL_SCAN"] = fullScan, ["VALKEY_DEBUG"] = "1" });

        Assert.True(result.ExitCode == 0, result.Stderr);
        // The index is proven in use in a real run (a fresh process, whatever ran before in this one), or loudly not.
        Assert.Contains(fullScan == "0"
            ? $"debug: jsii type index installed for {typeof(AwsProvider).Assembly.GetName().Name}"
            : "debug: jsii type index NOT installed (turned off by VALKEY_JSII_FULL_SCAN=1)", result.Stderr, StringComparison.Ordinal);
        foreach (var stack in SnapshotTests.ShippedNames())
        {
            Assert.Equal(
                File.ReadAllText(Path.Combine(RepoPaths.Accepted, $"{stack}.cdk.tf.json")),
                File.ReadAllText(Path.Combine(outdir, "stacks", stack, "cdk.tf.json")));
        }
    }

    [Fact]
    public void Cdktf_synth_writes_the_golden_files_and_a_bad_file_leaves_its_output_untouched()
    {
        using var work = new TempDir();
        var outdir = Path.Combine(work.Path, "cdktf.out");

        var good = Processes.CdktfSynth(outdir, new Dictionary<string, string>());

        Assert.True(good.ExitCode == 0, good.Stdout + good.Stderr);
        foreach (var stack in SnapshotTests.ShippedNames())
        {
            Assert.Equal(
                File.ReadAllText(Path.Combine(RepoPaths.Accepted, $"{stack}.cdk.tf.json")),
                File.ReadAllText(Path.Combine(outdir, "stacks", stack, "cdk.tf.json")));
        }
        Assert.DoesNotContain("end-of-life", good.Stdout + good.Stderr, StringComparison.OrdinalIgnoreCase);

        var environments = Directory.CreateDirectory(Path.Combine(work.Path, "environments")).FullName;
        var bad = BadEnvironmentFileTests.ValidFile();
        bad["variables"]!.AsObject().Add("node_typ", "cache.t3.small");
        File.WriteAllText(Path.Combine(environments, "hml.json"), bad.ToJsonString());
        var before = FolderSnapshot.Take(outdir);

        var failed = Processes.CdktfSynth(outdir, new Dictionary<string, string> { ["VALKEY_ENVIRONMENTS"] = environments });

        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("did you mean `node_type`?", failed.Stdout + failed.Stderr, StringComparison.Ordinal);
        FolderSnapshot.AssertUnchanged(before, outdir);
    }

    [Fact]
    public void Cdktf_synth_after_an_environment_file_is_removed_lets_the_CLI_remove_its_folder_without_a_crash()
    {
        using var work = new TempDir();
        var environments = Directory.CreateDirectory(Path.Combine(work.Path, "environments")).FullName;
        foreach (var name in new[] { "hml", "prod" }) File.Copy(Path.Combine(RepoPaths.Root, "environments", $"{name}.json"), Path.Combine(environments, $"{name}.json"));
        var outdir = Path.Combine(work.Path, "cdktf.out");
        var variables = new Dictionary<string, string> { ["VALKEY_ENVIRONMENTS"] = environments };
        var first = Processes.CdktfSynth(outdir, variables);
        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);
        File.Delete(Path.Combine(environments, "prod.json"));

        // Before, the app removed the folder and the CLI, removing it too, died: "ENOENT: no such file or directory, lstat".
        var second = Processes.CdktfSynth(outdir, variables);

        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        Assert.DoesNotContain("ENOENT", second.Stdout + second.Stderr, StringComparison.Ordinal);
        Assert.Contains("the CDKTF CLI removes it after the app", second.Stderr + second.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(outdir, "stacks", "prod")));
        Assert.True(File.Exists(Path.Combine(outdir, "stacks", "hml", "cdk.tf.json")));
    }

    [Fact]
    public void Cdktf_synth_of_a_stack_with_users_prints_no_deprecation_warning()
    {
        using var work = new TempDir();
        var environments = Directory.CreateDirectory(Path.Combine(work.Path, "environments")).FullName;
        File.Copy(Path.Combine(RepoPaths.Examples, "iam-users.json"), Path.Combine(environments, "iam-users.json"));

        var result = Processes.CdktfSynth(Path.Combine(work.Path, "cdktf.out"), new Dictionary<string, string> { ["VALKEY_ENVIRONMENTS"] = environments });

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        // CDKTF's TerraformOutput asks util.isArray of the users' list output; Node 22 warns of it (DEP0044) unless told not to.
        Assert.DoesNotContain("DeprecationWarning", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Cdktf_synth_refuses_to_let_the_CLI_delete_a_removed_environments_state()
    {
        using var work = new TempDir();
        var environments = Directory.CreateDirectory(Path.Combine(work.Path, "environments")).FullName;
        File.WriteAllText(Path.Combine(environments, "hml.json"), BadEnvironmentFileTests.ValidFile().ToJsonString());
        var outdir = Path.Combine(work.Path, "cdktf.out");
        var old = Path.Combine(outdir, "stacks", "old");
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, "cdk.tf.json"), "{}\n");
        File.WriteAllText(Path.Combine(old, "terraform.tfstate"), "{\"serial\": 3}\n");
        var before = FolderSnapshot.Take(outdir);

        var result = Processes.CdktfSynth(outdir, new Dictionary<string, string> { ["VALKEY_ENVIRONMENTS"] = environments });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("the CDKTF CLI deletes such folders", result.Stdout + result.Stderr, StringComparison.Ordinal);
        FolderSnapshot.AssertUnchanged(before, outdir);
    }
}
