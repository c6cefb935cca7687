namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>A state given to rehearse --state that holds nothing to compare is an error naming the file, never "no state".</summary>
public sealed class StateFileTests
{
    [Theory]
    [InlineData("", "empty; a failed `terraform state pull > state.json` leaves an empty file")]
    [InlineData("  \n", "empty")]
    [InlineData("""{"version":3,"modules":[]}""", "a state of format 3")]
    [InlineData("""{"version":4,"resources":[]}""", "holds no resources")]
    [InlineData("""{"version":4,"resources":[{"mode":"data","type":"aws_region","name":"x","instances":[]}]}""", "holds no resources")]
    [InlineData("not json", "not JSON")]
    [InlineData("""{"resources":[]}""", "not a Terraform state")]
    public void A_state_without_resources_is_refused_naming_the_file(string text, string says)
    {
        using var folder = new TempDir();
        var path = Path.Combine(folder.Path, "state.json");
        File.WriteAllText(path, text);

        var (state, problem) = StateFile.Read(path);

        Assert.Null(state);
        Assert.StartsWith($"--state {path}: ", problem, StringComparison.Ordinal);
        Assert.Contains(says, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_or_a_missing_file_says_so()
    {
        using var folder = new TempDir();

        Assert.Contains("a folder; expected a state file", StateFile.Read(folder.Path).Problem, StringComparison.Ordinal);
        Assert.Contains("no such file", StateFile.Read(Path.Combine(folder.Path, "nope.json")).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_regions_come_from_the_arns_and_region_attributes()
    {
        var state = System.Text.Json.Nodes.JsonNode.Parse("""
            {"version":4,"resources":[
              {"mode":"managed","type":"aws_security_group","name":"a","instances":[{"attributes":{"arn":"arn:aws:ec2:sa-east-1:123456789012:security-group/sg-1"}}]},
              {"mode":"managed","type":"aws_x","name":"b","instances":[{"attributes":{"region":"us-east-1","arn":""}}]}]}
            """)!.AsObject();

        Assert.Equal(["sa-east-1", "us-east-1"], ChangeJudge.StateRegions(state));
    }
}
