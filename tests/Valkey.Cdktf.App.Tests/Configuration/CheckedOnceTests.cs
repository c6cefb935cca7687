namespace Valkey.Cdktf.App.Tests.Configuration;

/// <summary>
/// Each rule runs once per synthesis: an environment read from its file carries the configuration its rules passed
/// (<see cref="EnvironmentConfig.Checked"/>), and the stack and the cache do not check it again; any change made to it
/// since is checked again.
/// </summary>
public sealed class CheckedOnceTests
{
    private static EnvironmentConfig Read() =>
        EnvironmentFile.Parse("hml", File.ReadAllText(Path.Combine(RepoPaths.Environments, "hml.json")), "hml.json").Environments.Single();

    [Fact]
    public void A_configuration_read_from_its_file_is_checked_and_a_changed_copy_is_not()
    {
        var read = Read();

        Assert.True(read.IsChecked);
        Assert.False((read with { AwsRegion = "eu-west-1" }).IsChecked);
        Assert.False((read with { Cache = read.Cache with { Port = 6380 } }).IsChecked);
        Assert.False((read with { Checked = null }).IsChecked);
    }

    [Fact]
    public void A_copy_broken_after_reading_is_refused_by_the_stack()
    {
        var broken = Read() is var read ? read with { Cache = read.Cache with { Port = 0 } } : null!;
        using var work = new TempDir();

        var e = Assert.Throws<ValkeyConfigurationException>(() => Synthesizer.Synthesize([broken], work.Path));

        Assert.Contains(e.Problems, p => p.Field == "port");
    }
}
