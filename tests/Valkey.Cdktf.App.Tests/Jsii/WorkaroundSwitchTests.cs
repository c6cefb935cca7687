namespace Valkey.Cdktf.App.Tests.Jsii;

/// <summary>
/// The off switches of the runtime workarounds (src/Valkey.Cdktf.App/Jsii/README.md): each one turned off still gives the
/// same output, by the workaround's own fallback. The type index and the lazy preload have their own tests
/// (EndToEndTests, LazyProviderTests).
/// </summary>
public sealed class WorkaroundSwitchTests
{
    [Fact]
    public void Without_the_atomic_exchange_the_output_is_the_same_and_no_staging_folder_is_left()
    {
        using var work = new TempDir();
        var outdir = Path.Combine(work.Path, "cdktf.out");
        var environment = new Dictionary<string, string> { ["CDKTF_OUTDIR"] = outdir, ["VALKEY_NO_EXCHANGE"] = "1" };

        var first = Processes.App(environment);
        Assert.True(first.ExitCode == 0, first.Stderr);
        // A file synthesis does not write, as terraform init leaves one: the second run carries it over by the fallback too.
        var kept = Path.Combine(outdir, "stacks", "hml", ".terraform.lock.hcl");
        File.WriteAllText(kept, "# lock\n");
        var second = Processes.App(environment);

        Assert.True(second.ExitCode == 0, second.Stderr);
        foreach (var stack in SnapshotTests.ShippedNames())
        {
            Assert.Equal(
                File.ReadAllText(Path.Combine(RepoPaths.Accepted, $"{stack}.cdk.tf.json")),
                File.ReadAllText(Path.Combine(outdir, "stacks", stack, "cdk.tf.json")));
        }
        Assert.Equal("# lock\n", File.ReadAllText(kept));
        Assert.Equal(["cdktf.out"], Directory.GetFileSystemEntries(work.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("VALKEY_EAGER_PROVIDER", "jsii-lazy-provider.js")]
    [InlineData("VALKEY_NODE_WARNINGS", "--disable-warning=DEP0044")]
    public void The_environment_script_adds_a_node_option_only_without_its_off_switch(string offSwitch, string option)
    {
        var on = NodeOptions(new Dictionary<string, string>());
        var off = NodeOptions(new Dictionary<string, string> { [offSwitch] = "1" });

        // The warning flag is added only where every Node.js on hand knows it (20.11 and later): the script asks Node.
        if (option.StartsWith("--disable-warning", StringComparison.Ordinal) && !NodeKnowsDisableWarning()) Assert.DoesNotContain(option, on, StringComparison.Ordinal);
        else Assert.Contains(option, on, StringComparison.Ordinal);
        Assert.DoesNotContain(option, off, StringComparison.Ordinal);
    }

    private static string NodeOptions(Dictionary<string, string> environment)
    {
        environment["NODE_OPTIONS"] = "";
        var result = Processes.Run("bash", ["-c", "source scripts/env.sh && printf '%s' \"$NODE_OPTIONS\""], RepoPaths.Root, environment);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return result.Stdout;
    }

    private static bool NodeKnowsDisableWarning()
    {
        var result = Processes.Run("bash", ["-c", "source scripts/env.sh && for n in node \"${JSII_NODE:-}\"; do [ -n \"$n\" ] || continue; " +
            "\"$n\" -e 'process.exit(process.allowedNodeEnvironmentFlags.has(\"--disable-warning\") ? 0 : 1)' || exit 1; done"], RepoPaths.Root, new Dictionary<string, string>());
        return result.ExitCode == 0;
    }
}
