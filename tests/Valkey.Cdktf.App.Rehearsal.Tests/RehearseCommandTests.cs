namespace Valkey.Cdktf.App.Rehearsal.Tests;

/// <summary>The rehearse command's refusals: no Terraform, no provider, bad arguments. Each is exit 2 with a way out, never a skip.</summary>
public sealed class RehearseCommandTests
{
    private static Processes.Result Rehearse(Dictionary<string, string> environment, params string[] args) =>
        Processes.App(environment, ["rehearse", .. args]);

    [Fact]
    public void Without_a_provider_it_says_how_to_provide_one()
    {
        using var home = new TempDir();
        var result = Rehearse(new Dictionary<string, string>
        {
            [ProviderLocator.MirrorVariable] = Path.Combine(home.Path, "no-mirror"),
            ["HOME"] = home.Path,
            ["XDG_DATA_HOME"] = Path.Combine(home.Path, "data"),
            ["XDG_DATA_DIRS"] = Path.Combine(home.Path, "none"),
            ["TF_PLUGIN_CACHE_DIR"] = "",
            ["TF_CLI_CONFIG_FILE"] = Path.Combine(home.Path, "none.rc"),
        }, "--env", "hml");

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.Contains("no hashicorp/aws provider", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(ProviderLocator.MirrorVariable, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_terraform_it_says_so()
    {
        var result = Rehearse(new Dictionary<string, string> { ["PATH"] = Path.GetDirectoryName(Environment.ProcessPath!)! });

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.Contains("no terraform on PATH", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--state", "state.json")]
    [InlineData("--env", "nope")]
    [InlineData("--frobnicate")]
    public void Bad_arguments_are_exit_2(params string[] args)
    {
        var result = Rehearse(new Dictionary<string, string>(), args);

        Assert.True(result.ExitCode == 2, result.Stdout + result.Stderr);
        Assert.Contains("error: ", result.Stderr, StringComparison.Ordinal);
    }
}
