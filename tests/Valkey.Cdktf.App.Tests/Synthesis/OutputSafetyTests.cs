
namespace Valkey.Cdktf.App.Tests.Synthesis;

/// <summary>Synthesis never deletes what it did not write, and puts its output in place all or nothing.</summary>
public sealed class OutputSafetyTests
{
    private static string WriteEnvironment(string folder, string name, string environment = "hml")
    {
        var file = BadEnvironmentFileTests.ValidFile();
        file["variables"]!["environment"] = environment;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{name}.json");
        File.WriteAllText(path, file.ToJsonString());
        return path;
    }

    /// <summary>A synthesized stack folder after terraform init and apply with state inside it, as the README's local backend example does.</summary>
    private static void AddTerraformState(string stackFolder)
    {
        Directory.CreateDirectory(Path.Combine(stackFolder, ".terraform", "providers"));
        File.WriteAllText(Path.Combine(stackFolder, ".terraform", "providers", "marker"), "provider\n");
        File.WriteAllText(Path.Combine(stackFolder, ".terraform.lock.hcl"), "# lock\n");
        File.WriteAllText(Path.Combine(stackFolder, "terraform.tfstate"), "{\"version\": 4, \"serial\": 7}\n");
    }

    [Fact]
    public void A_removed_environments_state_and_terraform_folder_survive_with_a_warning()
    {
        using var work = new TempDir();
        var environments = Path.Combine(work.Path, "environments");
        var outdir = Path.Combine(work.Path, "cdktf.out");
        WriteEnvironment(environments, "hml");
        var old = WriteEnvironment(environments, "old", "old");
        Assert.Equal(ExitCode.Ok, SynthCommand.Run(environments, outdir, new StringWriter()));
        var stack = Path.Combine(outdir, "stacks", "old");
        AddTerraformState(stack);
        var before = FolderSnapshot.Take(stack);
        File.Delete(old);
        var error = new StringWriter();

        var exit = SynthCommand.Run(environments, outdir, error);

        Assert.Equal(ExitCode.Ok, exit);
        FolderSnapshot.AssertUnchanged(before, stack);
        Assert.Contains($"warning: {stack} kept", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("terraform.tfstate", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"rm -r {stack}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_renamed_environments_state_survives_beside_the_new_stack()
    {
        using var work = new TempDir();
        var environments = Path.Combine(work.Path, "environments");
        var outdir = Path.Combine(work.Path, "cdktf.out");
        var hml = WriteEnvironment(environments, "hml");
        Assert.Equal(ExitCode.Ok, SynthCommand.Run(environments, outdir, new StringWriter()));
        AddTerraformState(Path.Combine(outdir, "stacks", "hml"));
        var before = FolderSnapshot.Take(Path.Combine(outdir, "stacks", "hml"));
        File.Move(hml, Path.Combine(environments, "homolog.json"));

        var exit = SynthCommand.Run(environments, outdir, new StringWriter());

        Assert.Equal(ExitCode.Ok, exit);
        FolderSnapshot.AssertUnchanged(before, Path.Combine(outdir, "stacks", "hml"));
        Assert.True(File.Exists(Path.Combine(outdir, "stacks", "homolog", "cdk.tf.json")));
    }

    [Fact]
    public void An_output_folder_with_other_content_keeps_all_of_it()
    {
        using var work = new TempDir();
        var environments = Path.Combine(work.Path, "environments");
        WriteEnvironment(environments, "hml");
        var outdir = Path.Combine(work.Path, "somewhere");
        Directory.CreateDirectory(Path.Combine(outdir, "stacks", "important"));
        File.WriteAllText(Path.Combine(outdir, "stacks", "important", "notes.txt"), "keep me\n");
        File.WriteAllText(Path.Combine(outdir, "stacks", "important", "cdk.tf.json"), "{\"mine\": true}\n");
        File.WriteAllText(Path.Combine(outdir, "README.txt"), "mine\n");
        Directory.CreateDirectory(Path.Combine(outdir, "data"));
        File.WriteAllText(Path.Combine(outdir, "data", "x.bin"), "x");
        var before = FolderSnapshot.Take(outdir);

        var exit = SynthCommand.Run(environments, outdir, new StringWriter());

        Assert.Equal(ExitCode.Ok, exit);
        var after = FolderSnapshot.Take(outdir);
        foreach (var (file, bytes) in before) Assert.True(after.TryGetValue(file, out var now) && now.SequenceEqual(bytes), $"{file} lost or changed");
        Assert.True(after.ContainsKey(Path.Combine("stacks", "hml", "cdk.tf.json")));
    }

    [Fact]
    public void A_stack_folder_of_the_old_manifest_that_holds_only_its_synthesis_is_removed()
    {
        using var work = new TempDir();
        var environments = Path.Combine(work.Path, "environments");
        var outdir = Path.Combine(work.Path, "cdktf.out");
        WriteEnvironment(environments, "hml");
        var old = WriteEnvironment(environments, "old", "old");
        Assert.Equal(ExitCode.Ok, SynthCommand.Run(environments, outdir, new StringWriter()));
        File.Delete(old);
        var error = new StringWriter();

        Assert.Equal(ExitCode.Ok, SynthCommand.Run(environments, outdir, error));

        Assert.False(Directory.Exists(Path.Combine(outdir, "stacks", "old")));
        Assert.Contains("removed: its environment file is gone", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_left_beside_the_output_or_in_the_temp_folder_after_a_run()
    {
        using var work = new TempDir();
        var environments = Path.Combine(work.Path, "environments");
        WriteEnvironment(environments, "hml");
        var tmp = Directory.CreateDirectory(Path.Combine(work.Path, "tmp")).FullName;

        var result = Processes.App(new Dictionary<string, string>
        {
            ["VALKEY_ENVIRONMENTS"] = environments, ["CDKTF_OUTDIR"] = Path.Combine(work.Path, "cdktf.out"), ["TMPDIR"] = tmp,
        });

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(["cdktf.out", "environments", "tmp"], Directory.GetFileSystemEntries(work.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetFileSystemEntries(tmp));
    }
}
