namespace Valkey.Cdktf.App.Tests.Cli;

/// <summary>The app's command line: none, as cdktf synth runs it; the tools' commands are not the app's.</summary>
public sealed class AppCommandTests
{
    private static (ExitCode Code, string Output, string Error) Run(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = AppCommand.Run(args, new CliContext("no-such-environments", output, error, Terminal: false, _ => null), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Help_names_the_environment_variables_and_where_the_tools_are()
    {
        var (code, output, error) = Run("--help");

        Assert.Equal(ExitCode.Ok, code);
        foreach (var variable in new[] { "CDKTF_OUTDIR", "VALKEY_ENVIRONMENTS", "VALKEY_DEBUG" }) Assert.Contains(variable, output, StringComparison.Ordinal);
        Assert.Contains("Valkey.Cdktf.Tools", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("guard")]
    [InlineData("rehearse", "--env", "hml")]
    [InlineData("--bogus")]
    public void An_argument_is_exit_2_naming_the_tools(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(ExitCode.UsageError, code);
        Assert.StartsWith("error: the app takes no arguments", error, StringComparison.Ordinal);
        Assert.Contains("./build.sh help", error, StringComparison.Ordinal);
    }
}
