using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>What the guard once passed silently: a missing baseline, changes outside resource blocks, removed environments, loose acknowledgements.</summary>
public sealed class GuardBlindSpotTests
{
    private sealed record Outcome(ExitCode ExitCode, string Output);

    /// <summary>The shipped environments in a scratch folder, <paramref name="change"/> applied to one, guarded against the golden files.</summary>
    private static Outcome Guard(string stack, Action<JsonObject> change, string? baseline = null,
        IReadOnlySet<string>? fresh = null, IReadOnlyDictionary<string, string>? removed = null, Action<string>? arrange = null)
    {
        using var work = new TempDir();
        foreach (var file in Directory.GetFiles(RepoPaths.Environments, "*.json")) File.Copy(file, Path.Combine(work.Path, Path.GetFileName(file)));
        var path = Path.Combine(work.Path, $"{stack}.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(json);
        File.WriteAllText(path, json.ToJsonString());
        arrange?.Invoke(work.Path);
        var output = new StringWriter();
        var exit = GuardCommand.Run(work.Path, baseline ?? RepoPaths.Accepted, null, fresh ?? GuardCommandTests.NoNames,
            removed ?? GuardCommandTests.NoRemovals, output, output);
        return new Outcome(exit, output.ToString());
    }

    private static void Ack(JsonObject file, string resource, string attribute, JsonNode? to, string reason = "planned") =>
        file["acknowledged_replacements"] = new JsonArray(new JsonObject { ["resource"] = resource, ["attribute"] = attribute, ["to"] = to, ["reason"] = reason });

    [Fact]
    public void A_baseline_that_does_not_exist_is_an_error_naming_it()
    {
        var outcome = Guard("hml", _ => { }, baseline: "/nope");

        Assert.Equal(ExitCode.UsageError, outcome.ExitCode);
        Assert.Contains("the baseline /nope does not exist", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_baseline_file_that_does_not_exist_is_an_error()
    {
        var output = new StringWriter();

        var exit = GuardCommand.Run(RepoPaths.Environments, "old.cdk.tf.json", "prod", GuardCommandTests.NoNames, GuardCommandTests.NoRemovals, output, output);

        Assert.Equal(ExitCode.UsageError, exit);
        Assert.Contains("old.cdk.tf.json", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_environment_without_an_accepted_synthesis_fails_unless_declared_new()
    {
        void AddStaging(string folder) => File.Copy(Path.Combine(folder, "hml.json"), Path.Combine(folder, "staging.json"));
        void Rename(JsonObject f) { }

        var refused = Guard("hml", Rename, arrange: folder =>
        {
            AddStaging(folder);
            var staging = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "staging.json")))!;
            staging["variables"]!["environment"] = "staging";
            File.WriteAllText(Path.Combine(folder, "staging.json"), staging.ToJsonString());
        });
        Assert.Equal(ExitCode.UsageError, refused.ExitCode);
        Assert.Contains(Path.Combine(RepoPaths.Accepted, "staging.cdk.tf.json"), refused.Output, StringComparison.Ordinal);
        Assert.Contains("--new staging", refused.Output, StringComparison.Ordinal);

        var accepted = Guard("hml", Rename, fresh: new HashSet<string> { "staging" }, arrange: folder =>
        {
            AddStaging(folder);
            var staging = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "staging.json")))!;
            staging["variables"]!["environment"] = "staging";
            File.WriteAllText(Path.Combine(folder, "staging.json"), staging.ToJsonString());
        });
        Assert.True(accepted.ExitCode == ExitCode.Ok, accepted.Output);
        Assert.Contains("staging: declared new", accepted.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_change_moves_the_stack_and_fails_unless_acknowledged()
    {
        var refused = Guard("hml", f => f["aws_region"] = "us-west-2");
        Assert.Equal(ExitCode.UnacknowledgedChange, refused.ExitCode);
        Assert.Contains("provider.aws", refused.Output, StringComparison.Ordinal);
        Assert.Contains("MOVE STACK - not acknowledged", refused.Output, StringComparison.Ordinal);

        var accepted = Guard("hml", f => { f["aws_region"] = "us-west-2"; Ack(f, "provider.aws", "region", "us-west-2", "hml moves with the team"); });
        Assert.True(accepted.ExitCode == ExitCode.Ok, accepted.Output);
        Assert.Contains("acknowledged: hml moves with the team", accepted.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hml", """{ "s3": { "bucket": "pbet-terraform-state", "key": "valkey/hml/terraform.tfstate", "region": "us-east-1" } }""", "type")]
    [InlineData("hml", """{ "local": { "path": "elsewhere.tfstate" } }""", "local.path")]
    [InlineData("prod", """{ "s3": { "bucket": "pbet-terraform-state", "key": "valkey/prod2/terraform.tfstate", "region": "us-east-1", "encrypt": true, "use_lockfile": true } }""", "s3.key")]
    [InlineData("prod", """{ "s3": { "bucket": "other-state", "key": "valkey/prod/terraform.tfstate", "region": "us-east-1", "encrypt": true, "use_lockfile": true } }""", "s3.bucket")]
    public void A_backend_change_that_moves_the_state_fails(string stack, string backend, string attribute)
    {
        var outcome = Guard(stack, f => f["backend"] = JsonNode.Parse(backend));

        Assert.Equal(ExitCode.UnacknowledgedChange, outcome.ExitCode);
        var row = outcome.Output.Split('\n').FirstOrDefault(l => l.Contains("terraform.backend", StringComparison.Ordinal) && l.Contains($" {attribute} ", StringComparison.Ordinal));
        Assert.True(row is not null, outcome.Output);
        Assert.Contains("MOVE STACK - not acknowledged", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_backend_setting_that_keeps_the_state_in_place_passes()
    {
        var outcome = Guard("prod", f => f["backend"]!["s3"]!["use_lockfile"] = false);

        Assert.True(outcome.ExitCode == ExitCode.Ok, outcome.Output);
        Assert.Contains("s3.use_lockfile", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Turning_prevent_destroy_off_fails_unless_acknowledged()
    {
        var refused = Guard("prod", f => f["variables"]!["prevent_destroy"] = false);
        Assert.Equal(ExitCode.UnacknowledgedChange, refused.ExitCode);
        Assert.Contains("lifecycle.prevent_destroy", refused.Output, StringComparison.Ordinal);
        Assert.Contains("UNPROTECT - not acknowledged", refused.Output, StringComparison.Ordinal);

        var accepted = Guard("prod", f =>
        {
            f["variables"]!["prevent_destroy"] = false;
            Ack(f, "aws_elasticache_replication_group.valkey", "lifecycle.prevent_destroy", false, "for the planned port change");
        });
        Assert.True(accepted.ExitCode == ExitCode.Ok, accepted.Output);
    }

    [Fact]
    public void A_removed_environment_fails_unless_its_removal_is_acknowledged()
    {
        static void RemoveProd(string folder) => File.Delete(Path.Combine(folder, "prod.json"));

        var refused = Guard("hml", _ => { }, arrange: RemoveProd);
        Assert.Equal(ExitCode.UnacknowledgedChange, refused.ExitCode);
        Assert.Contains("prod.json is gone", refused.Output, StringComparison.Ordinal);
        Assert.Contains("--removed prod=", refused.Output, StringComparison.Ordinal);

        var accepted = Guard("hml", _ => { }, removed: new Dictionary<string, string> { ["prod"] = "prod moved to its own repository" }, arrange: RemoveProd);
        Assert.True(accepted.ExitCode == ExitCode.Ok, accepted.Output);
        Assert.Contains("acknowledged: prod moved to its own repository", accepted.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_acknowledgement_compares_values_by_meaning()
    {
        // at_rest_encryption_enabled is a string attribute: the stack writes "false"; the file says false.
        var outcome = Guard("prod", f =>
        {
            f["variables"]!["at_rest_encryption_enabled"] = false;
            Ack(f, "aws_elasticache_replication_group.valkey", "at_rest_encryption_enabled", false, "a new cache for the test");
        });

        Assert.True(outcome.ExitCode == ExitCode.Ok, outcome.Output);
        Assert.Contains("REPLACE - acknowledged", outcome.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(6380, true)]
    [InlineData("6380", true)]
    [InlineData("6380.0", true)]
    [InlineData(6381, false)]
    public void Same_value_is_about_meaning_not_JSON_type(object ack, bool same) =>
        Assert.Equal(same, AcknowledgementMatch.SameValue(JsonValue.Create(ack), JsonValue.Create(6380)));

    [Theory]
    [InlineData(false, "false", true)]
    [InlineData("false", "false", true)]
    [InlineData(true, "false", false)]
    [InlineData(8, "8.0", false)]
    [InlineData("8.0", "8.0", true)]
    public void Same_value_converts_the_acknowledgement_to_the_attributes_type(object ack, string actual, bool same) =>
        Assert.Equal(same, AcknowledgementMatch.SameValue(JsonValue.Create(ack), JsonValue.Create(actual)));

    [Theory]
    [InlineData("aws_elasticache_replicaton_group.valkey", "port", "did you mean `aws_elasticache_replication_group.valkey`?")]
    [InlineData("aws_elasticache_replication_group.valkey", "prot", "did you mean `port`?")]
    public void A_near_miss_names_the_nearest_resource_or_attribute(string resource, string attribute, string hint)
    {
        var outcome = Guard("hml", f =>
        {
            f["variables"]!["port"] = 6380;
            Ack(f, resource, attribute, 6380);
        });

        Assert.Equal(ExitCode.UnacknowledgedChange, outcome.ExitCode);
        Assert.Contains(hint, outcome.Output, StringComparison.Ordinal);
    }
}
