
namespace Valkey.Cdktf.App.Tests.Configuration;

/// <summary>Rules across the files of one environments folder.</summary>
public sealed class EnvironmentFolderTests
{
    private static void Write(string folder, string name, Action<System.Text.Json.Nodes.JsonObject>? change = null)
    {
        var file = BadEnvironmentFileTests.ValidFile();
        change?.Invoke(file);
        File.WriteAllText(Path.Combine(folder, name), file.ToJsonString());
    }

    [Fact]
    public void A_file_that_is_not_json_is_named_in_a_warning()
    {
        using var work = new TempDir();
        Write(work.Path, "hml.json");
        File.WriteAllText(Path.Combine(work.Path, "prod.json.bak"), "{}");
        File.WriteAllText(Path.Combine(work.Path, "staging.jsonc"), "{}");
        var reading = EnvironmentFile.ReadFolder(work.Path);
        var (environments, warnings) = (reading.Environments, reading.Warnings);

        Assert.Equal(["hml"], environments.Select(e => e.Name));
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.StartsWith(Path.Combine(work.Path, "prod.json.bak") + ": ignored", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith(Path.Combine(work.Path, "staging.jsonc") + ": ignored", StringComparison.Ordinal));
    }

    [Fact]
    public void The_synth_prints_the_warning()
    {
        using var work = new TempDir();
        var environments = Directory.CreateDirectory(Path.Combine(work.Path, "environments")).FullName;
        Write(environments, "hml.json");
        File.WriteAllText(Path.Combine(environments, "notes.txt"), "x");
        var error = new StringWriter();

        var exit = SynthCommand.Run(environments, Path.Combine(work.Path, "out"), error);

        Assert.Equal(ExitCode.Ok, exit);
        Assert.Contains($"warning: {Path.Combine(environments, "notes.txt")}: ignored", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("replication_group_id", "\"shared-valkey\"")]
    [InlineData("subnet_group_name", "\"shared-subnets\"")]
    [InlineData("security_group_name", "\"shared-sg\"")]
    public void Two_files_making_the_same_name_in_one_region_are_an_error_naming_both(string variable, string json)
    {
        using var work = new TempDir();
        Write(work.Path, "a.json", f => f["variables"]![variable] = System.Text.Json.Nodes.JsonNode.Parse(json));
        Write(work.Path, "b.json", f => { f["variables"]!["environment"] = "other"; f["variables"]![variable] = System.Text.Json.Nodes.JsonNode.Parse(json); });
        var error = new StringWriter();

        var exit = SynthCommand.Run(work.Path, Path.Combine(work.Path, "out"), error);

        Assert.Equal(ExitCode.ConfigurationError, exit);
        var message = error.ToString();
        Assert.Contains($"{Path.Combine(work.Path, "b.json")}: 1 problem", message, StringComparison.Ordinal);
        Assert.Contains($"variables.{variable}", message, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(work.Path, "a.json")} makes the same one", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_names_in_two_regions_are_allowed()
    {
        using var work = new TempDir();
        Write(work.Path, "a.json");
        Write(work.Path, "b.json", f => f["aws_region"] = "us-west-2");

        var reading = EnvironmentFile.ReadFolder(work.Path);

        Assert.Empty(reading.Problems);
        Assert.Equal(2, reading.Environments.Count);
    }
}
