using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Configuration;

/// <summary>
/// A global datastore in environment files: the primary's and a secondary's own rules, the rules between the two files, and
/// what the pair synthesizes to (examples/global-datastore/ is the pair the tests start from).
/// </summary>
public sealed class GlobalDatastoreTests
{
    private static JsonObject Example(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.GlobalDatastoreExample, $"{name}.json")))!.AsObject();

    /// <summary>The example pair in a folder, each file changed first; the folder's reading.</summary>
    private static EnvironmentReading Pair(TempDir work, Action<JsonObject>? primary = null, Action<JsonObject>? secondary = null, params (string Name, JsonObject File)[] more)
    {
        var (p, s) = (Example("primary"), Example("secondary"));
        primary?.Invoke(p);
        secondary?.Invoke(s);
        File.WriteAllText(Path.Combine(work.Path, "primary.json"), p.ToJsonString());
        File.WriteAllText(Path.Combine(work.Path, "secondary.json"), s.ToJsonString());
        foreach (var (name, file) in more) File.WriteAllText(Path.Combine(work.Path, $"{name}.json"), file.ToJsonString());
        return EnvironmentFile.ReadFolder(work.Path);
    }

    private static ConfigurationProblem Single(EnvironmentReading reading, string file)
    {
        var problems = Assert.Single(reading.Problems);
        Assert.Equal(file, Path.GetFileName(problems.Source));
        return Assert.Single(problems.Problems);
    }

    [Fact]
    public void The_example_pair_reads_with_its_roles()
    {
        using var work = new TempDir();
        var reading = Pair(work);

        Assert.Empty(reading.Problems);
        var byName = reading.Environments.ToDictionary(e => e.Name);
        Assert.Equal(new GlobalDatastorePrimary("pbet-sessions", "Sessions of plataforma-bet, replicated to us-west-2"), byName["primary"].GlobalDatastore);
        Assert.Equal(new GlobalDatastoreSecondary("primary"), byName["secondary"].GlobalDatastore);
    }

    [Theory]
    [InlineData("node_type", "\"cache.r6g.xlarge\"", "\"cache.r6g.large\", the primary's")]
    [InlineData("engine_version", "\"7.2\"", "\"8.0\", the primary's")]
    [InlineData("at_rest_encryption_enabled", "false", "true, the primary's")]
    [InlineData("transit_encryption_enabled", "false", "true, the primary's")]
    [InlineData("num_cache_nodes", "1", "2 or more: the secondary inherits the primary's automatic failover")]
    public void A_secondary_that_differs_from_its_primary_where_AWS_needs_them_alike_is_refused(string variable, string json, string expected)
    {
        using var work = new TempDir();
        var reading = Pair(work, secondary: s => s["variables"]![variable] = JsonNode.Parse(json));

        var problem = Single(reading, "secondary.json");
        Assert.Equal($"variables.{variable}", problem.Field);
        Assert.Equal(json, problem.Received);
        Assert.StartsWith(expected, problem.Expected, StringComparison.Ordinal);
        Assert.EndsWith("primary.json)", problem.Expected, StringComparison.Ordinal);
        // The primary reads; the secondary is left out of the app, so nothing is synthesized for it.
        Assert.Equal(["primary"], reading.Environments.Select(e => e.Name));
    }

    [Fact]
    public void A_secondary_in_cluster_mode_needs_the_primarys_shards()
    {
        using var work = new TempDir();
        var reading = Pair(work,
            p => { p["variables"]!.AsObject().Remove("num_cache_nodes"); p["variables"]!["num_node_groups"] = 2; },
            s => { s["variables"]!.AsObject().Remove("num_cache_nodes"); s["variables"]!["num_node_groups"] = 3; });

        var problem = Single(reading, "secondary.json");
        Assert.Equal("variables.num_node_groups", problem.Field);
        Assert.StartsWith("2, the primary's", problem.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us-east-1", "a region other than the primary's")]
    // cn-north-1 has global datastores, but only with cn-northwest-1.
    [InlineData("cn-north-1", "the China regions replicate only with each other")]
    public void A_secondary_in_the_primarys_region_or_across_the_China_border_is_refused(string region, string expected)
    {
        using var work = new TempDir();
        // Its own names, so the one problem is the region (two caches of one name in one region are refused too).
        var reading = Pair(work, secondary: s => { s["aws_region"] = region; s["variables"]!["environment"] = "second"; });

        var problem = Single(reading, "secondary.json");
        Assert.Equal("aws_region", problem.Field);
        Assert.Contains(expected, problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_in_a_region_without_global_datastores_is_refused()
    {
        using var work = new TempDir();
        // A region the provider knows that the AWS page does not list.
        var reading = Pair(work, secondary: s => s["aws_region"] = "ap-east-2");
        Assert.Equal("aws_region", Single(reading, "secondary.json").Field);
    }

    [Fact]
    public void A_primary_has_at_most_two_secondaries_each_in_a_region_of_its_own()
    {
        using var work = new TempDir();
        var third = Example("secondary");
        third["aws_region"] = "eu-west-1";
        var fourth = Example("secondary");
        fourth["aws_region"] = "sa-east-1";
        var reading = Pair(work, more: [("third", third), ("fourth", fourth)]);

        // Secondaries in name order: fourth (sa-east-1), secondary (us-west-2), third (eu-west-1): the third one is one too many.
        var problem = Single(reading, "third.json");
        Assert.Equal("global_datastore.primary", problem.Field);
        Assert.Contains("up to 2 other regions", problem.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing", "is missing or has problems of its own")]
    [InlineData("secondary", "another environment than this one")]
    [InlineData("Prod!", "its file's name without .json")]
    public void A_secondary_naming_no_primary_is_refused(string primary, string expected)
    {
        using var work = new TempDir();
        var reading = Pair(work, secondary: s => s["global_datastore"]!["primary"] = primary);

        var problem = Single(reading, "secondary.json");
        Assert.Equal("global_datastore.primary", problem.Field);
        Assert.Contains(expected, problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secondary_of_an_environment_that_is_no_primary_is_refused()
    {
        using var work = new TempDir();
        var reading = Pair(work, primary: p => p.Remove("global_datastore"));

        var problem = Single(reading, "secondary.json");
        Assert.Contains("primary.json is in no global datastore", problem.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("node_type", "\"cache.t3.micro\"", "variables.node_type", "in size large or above")]
    [InlineData("node_type", "\"cache.r6g.medium\"", "variables.node_type", "in size large or above")]
    [InlineData("serverless", "{}", "variables.serverless", "a global datastore is made of replication groups")]
    public void A_primary_of_a_node_type_or_kind_without_global_datastores_is_refused(string variable, string json, string field, string expected)
    {
        using var work = new TempDir();
        var reading = Pair(work, p =>
        {
            p["variables"]![variable] = JsonNode.Parse(json);
            if (variable == "serverless")
            {
                foreach (var key in new[] { "node_type", "num_cache_nodes" }) p["variables"]!.AsObject().Remove(key);
                p["variables"]!["log_delivery_enabled"] = false;
            }
        });

        var file = reading.Problems.Single(f => Path.GetFileName(f.Source) == "primary.json");
        var problem = Assert.Single(file.Problems, p => p.Field == field);
        Assert.Contains(expected, problem.Expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id_suffix", "\"${path.cwd}\"", "global_datastore.id_suffix")]
    [InlineData("id_suffix", "\"Sessions\"", "global_datastore.id_suffix")]
    [InlineData("role", "\"replica\"", "global_datastore.role")]
    [InlineData("primary", "\"prod\"", "global_datastore.primary")]
    public void A_bad_global_datastore_key_is_named_with_its_value(string key, string json, string field)
    {
        using var work = new TempDir();
        var reading = Pair(work, p => p["global_datastore"]![key] = JsonNode.Parse(json));

        var file = reading.Problems.Single(f => Path.GetFileName(f.Source) == "primary.json");
        var problem = Assert.Single(file.Problems);
        Assert.Equal(field, problem.Field);
        if (key != "primary") Assert.Equal(json, problem.Received);
    }

    [Fact]
    public void A_secondary_is_not_adopted()
    {
        using var work = new TempDir();
        var reading = Pair(work, secondary: s => s["adoption"] = new JsonObject { ["import"] = new JsonObject { ["security_group_id"] = "sg-0123456789abcdef0" } });

        var problem = Single(reading, "secondary.json");
        Assert.Equal("adoption", problem.Field);
    }

    [Fact]
    public void The_pair_synthesizes_the_datastore_in_the_primary_and_a_reference_to_it_in_the_secondary_which_depends_on_the_primary()
    {
        using var work = new TempDir();
        var reading = Pair(work);
        ValkeyApp.Build(reading.Environments, Path.Combine(work.Path, "out")).Synth();
        JsonNode Stack(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(work.Path, "out", "stacks", name, "cdk.tf.json")))!;

        var primary = Stack("primary");
        var global = primary["resource"]!["aws_elasticache_global_replication_group"]!["valkey"]!;
        Assert.Equal("pbet-sessions", global["global_replication_group_id_suffix"]!.GetValue<string>());
        Assert.Equal("${aws_elasticache_replication_group.valkey.id}", global["primary_replication_group_id"]!.GetValue<string>());
        Assert.Null(global["engine"]);
        Assert.Equal("${aws_elasticache_global_replication_group.valkey.global_replication_group_id}",
            primary["output"]!["global_replication_group_id"]!["value"]!.GetValue<string>());

        var secondary = Stack("secondary");
        var rg = secondary["resource"]!["aws_elasticache_replication_group"]!["valkey"]!;
        var reference = rg["global_replication_group_id"]!.GetValue<string>();
        Assert.StartsWith("${data.terraform_remote_state.", reference, StringComparison.Ordinal);
        Assert.Null(rg["num_node_groups"]);
        Assert.Null(secondary["resource"]!["aws_elasticache_global_replication_group"]);
        // The remote state reads the primary's own backend (local here: its state file).
        var remote = Assert.Single(secondary["data"]!["terraform_remote_state"]!.AsObject()).Value!;
        Assert.Equal(primary["terraform"]!["backend"]!["local"]!["path"]!.GetValue<string>(), remote["config"]!["path"]!.GetValue<string>());
        // cdktf deploy deploys the primary first.
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(work.Path, "out", "manifest.json")))!;
        Assert.Equal(["primary"], manifest["stacks"]!["secondary"]!["dependencies"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public void A_secondarys_compliance_and_summary_read_what_it_inherits_from_its_settings()
    {
        using var work = new TempDir();
        var reading = Pair(work);
        ValkeyApp.Build(reading.Environments, Path.Combine(work.Path, "out")).Synth();
        var secondary = reading.Environments.Single(e => e.Name == "secondary");
        var stack = JsonNode.Parse(File.ReadAllText(Path.Combine(work.Path, "out", "stacks", "secondary", "cdk.tf.json")))!;
        // The stack writes none of it (the provider refuses it beside global_replication_group_id) ...
        Assert.Null(stack["resource"]!["aws_elasticache_replication_group"]!["valkey"]!["at_rest_encryption_enabled"]);

        var report = Valkey.Cdktf.App.Compliance.ComplianceReport.Evaluate("secondary", stack, secondary.Compliance, secondary.Cache);
        var summary = Valkey.Cdktf.App.Compliance.EnvironmentSummary.Of(secondary, stack, report);

        // ... and yet it is encrypted at rest and in transit, on cache.r6g.large, as its settings and its primary's say.
        Assert.Contains(report.Outcomes, o => o.Rule.Id == "VKC-AT-REST" && o.Status == "passed");
        Assert.Contains(report.Outcomes, o => o.Rule.Id == "VKC-IN-TRANSIT" && o.Status == "passed");
        Assert.Equal(("cache.r6g.large", true, true), (summary.NodeType, summary.AtRest, summary.InTransit));
        // Without them, the stack alone reads as unencrypted: what the settings are given for.
        Assert.Contains(Valkey.Cdktf.App.Compliance.ComplianceReport.Evaluate("secondary", stack, secondary.Compliance).Outcomes, o => o.Rule.Id == "VKC-AT-REST" && o.Status == "failed");
    }

    [Fact]
    public void A_secondary_built_without_its_primary_is_refused_at_synthesis()
    {
        using var work = new TempDir();
        var secondary = Pair(work).Environments.Single(e => e.Name == "secondary");

        var e = Assert.Throws<ValkeyConfigurationException>(() => ValkeyApp.Build([secondary], Path.Combine(work.Path, "out")));
        Assert.Contains("global_datastore.primary", e.Message, StringComparison.Ordinal);
    }
}
