using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Compliance;

/// <summary>The compliance rules on stacks built for them, waivers, enforcement, the summary and its cost.</summary>
public sealed class ComplianceTests
{
    private const string Topic = "arn:aws:sns:us-east-1:123456789012:on-call";
    private const string Key = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d";

    /// <summary>A cache that passes every rule.</summary>
    private static ValkeyCacheProps Compliant() => CacheFixtures.RequiredOnly() with
    {
        SnapshotRetentionLimit = 7,
        TransitEncryptionEnabled = true,
        AuthTokenSecretId = "valkey/auth",
        KmsKeyId = Key,
        AlarmActions = [Topic],
    };

    private static RuleOutcome Outcome(ValkeyCacheProps props, string rule) =>
        ComplianceReport.Evaluate("test", StackFixtures.Synth(props).Root, ComplianceSettings.Default).Outcomes.Single(o => o.Rule.Id == rule);

    public static TheoryData<string, string> Failing() => new()
    {
        { "VKC-BACKUPS", "no retention" },
        { "VKC-MINOR-UPGRADES", "no minor upgrades" },
        { "VKC-FAILOVER", "one node" },
        { "VKC-AT-REST", "no encryption at rest" },
        { "VKC-IN-TRANSIT", "no TLS" },
        { "VKC-AUTH", "no token" },
        { "VKC-CMK", "no key" },
        { "VKC-MULTI-AZ", "one node" },
        { "VKC-ALARMS", "no actions" },
        { "VKC-ALARMS", "no alarms" },
        { "VKC-LOGS", "no logs" },
    };

    [Fact]
    public void A_compliant_cache_passes_every_rule()
    {
        var report = ComplianceReport.Evaluate("test", StackFixtures.Synth(Compliant()).Root, ComplianceSettings.Default);

        Assert.All(report.Outcomes, o => Assert.True(o.Failure is null, $"{o.Rule.Id}: {o.Failure}"));
        Assert.Equal(ComplianceRules.All.Count, report.Passed);
    }

    [Theory]
    [MemberData(nameof(Failing))]
    public void Each_rule_fails_on_a_stack_built_for_it(string rule, string variant)
    {
        var p = Compliant();
        p = variant switch
        {
            "no retention" => p with { SnapshotRetentionLimit = 0 },
            "no minor upgrades" => p with { AutoMinorVersionUpgrade = false },
            "one node" => p with { NumCacheNodes = 1 },
            "no encryption at rest" => p with { AtRestEncryptionEnabled = false, KmsKeyId = null },
            "no TLS" => p with { TransitEncryptionEnabled = false, AuthTokenSecretId = null },
            "no token" => p with { AuthTokenSecretId = null },
            "no key" => p with { KmsKeyId = null },
            "no actions" => p with { AlarmActions = [] },
            "no alarms" => p with { AlarmsEnabled = false },
            _ => p with { LogDeliveryEnabled = false },
        };

        var outcome = Outcome(p, rule);

        Assert.Equal("failed", outcome.Status);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Failure));
    }

    [Fact]
    public void The_ingress_rule_fails_on_a_cidr_and_the_subnet_rule_on_the_default_group()
    {
        var stack = StackFixtures.Synth(Compliant()).Root.DeepClone();
        stack["resource"]!["aws_security_group"]!["valkey"]!["ingress"]![0]!["cidr_blocks"] = new JsonArray("0.0.0.0/0");
        stack["resource"]!["aws_elasticache_replication_group"]!["valkey"]!["subnet_group_name"] = "default";

        var report = ComplianceReport.Evaluate("test", stack, ComplianceSettings.Default);

        Assert.Equal("failed", report.Outcomes.Single(o => o.Rule.Id == "VKC-INGRESS").Status);
        Assert.Equal("failed", report.Outcomes.Single(o => o.Rule.Id == "VKC-SUBNET-GROUP").Status);
    }

    [Fact]
    public void A_waiver_with_a_reason_waives_a_failing_rule()
    {
        var settings = new ComplianceSettings(true, [new ComplianceWaiver("VKC-CMK", "the AWS-managed key for now")]);

        var report = ComplianceReport.Evaluate("test", StackFixtures.Synth(Compliant() with { KmsKeyId = null }).Root, settings);

        Assert.Equal("waived", report.Outcomes.Single(o => o.Rule.Id == "VKC-CMK").Status);
        Assert.False(report.Blocks);
    }

    [Fact]
    public void A_waiver_for_a_passing_rule_blocks()
    {
        var report = ComplianceReport.Evaluate("test", StackFixtures.Synth(Compliant()).Root, new ComplianceSettings(false, [new ComplianceWaiver("VKC-CMK", "r")]));

        Assert.True(report.Blocks);
        Assert.Contains("VKC-CMK passes", Assert.Single(report.WaiverProblems), StringComparison.Ordinal);
    }

    private static (ExitCode Exit, string Error, string Output, string Outdir) Synth(Action<JsonObject> change, TempDir work)
    {
        var file = BadEnvironmentFileTests.ValidFile();
        change(file);
        var environments = Directory.CreateDirectory(Path.Combine(work.Path, "environments")).FullName;
        File.WriteAllText(Path.Combine(environments, "hml.json"), file.ToJsonString());
        var error = new StringWriter();
        var output = new StringWriter();
        var outdir = Path.Combine(work.Path, "out");
        var exit = SynthCommand.Run(environments, outdir, error, output: output);
        return (exit, error.ToString(), output.ToString(), outdir);
    }

    [Fact]
    public void Under_enforcement_a_failing_rule_without_a_waiver_writes_nothing()
    {
        using var work = new TempDir();

        var (exit, error, _, outdir) = Synth(f => f["compliance"] = JsonNode.Parse("""{ "enforce": true, "waivers": [{ "rule": "VKC-CMK", "reason": "later" }] }"""), work);

        Assert.Equal(ExitCode.ConfigurationError, exit);
        Assert.Contains($"error: {Path.Combine(work.Path, "environments", "hml.json")}: compliance VKC-AUTH fails", error, StringComparison.Ordinal);
        Assert.DoesNotContain("compliance VKC-CMK fails", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outdir));
    }

    [Fact]
    public void Without_enforcement_a_failing_rule_is_a_warning_and_the_report_is_written()
    {
        using var work = new TempDir();

        var (exit, error, output, outdir) = Synth(_ => { }, work);

        Assert.Equal(ExitCode.Ok, exit);
        Assert.Contains($"warning: {Path.Combine(work.Path, "environments", "hml.json")}: compliance VKC-AUTH", error, StringComparison.Ordinal);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(outdir, "stacks", "hml", "compliance.json")))!;
        Assert.Equal("failed", report["rules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "VKC-AUTH")!["status"]!.GetValue<string>());
        Assert.Contains("hml", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{ "rule": "VKC-CMK" }]""", "compliance.waivers[0].reason: got (missing)")]
    [InlineData("""[{ "rule": "VKC-CMK", "reason": " " }]""", "compliance.waivers[0].reason")]
    [InlineData("""[{ "rule": "VKC-CMKK", "reason": "r" }]""", "did you mean `VKC-CMK`?")]
    public void A_waiver_needs_a_reason_and_a_known_rule(string waivers, string message)
    {
        using var work = new TempDir();

        var (exit, error, _, _) = Synth(f => f["compliance"] = JsonNode.Parse($$"""{ "enforce": true, "waivers": {{waivers}} }"""), work);

        Assert.Equal(ExitCode.ConfigurationError, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hml", "19.86")]
    [InlineData("prod", "360.91")]
    public void The_summary_estimates_the_monthly_cost(string stack, string cost)
    {
        var environment = EnvironmentFile.Read(Path.Combine(RepoPaths.Environments, $"{stack}.json")).Single();
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Accepted, $"{stack}.cdk.tf.json")))!;

        var summary = EnvironmentSummary.Of(environment, json, ComplianceReport.Evaluate(stack, json, environment.Compliance));

        Assert.Equal(decimal.Parse(cost, System.Globalization.CultureInfo.InvariantCulture), summary.MonthlyCost);
        Assert.Equal("$" + cost, summary.Cost);
    }

    [Fact]
    public void A_node_type_without_a_price_says_so()
    {
        var environment = StackFixtures.Environment(CacheFixtures.RequiredOnly() with { NodeType = "cache.m7g.large" });
        var json = StackFixtures.Synth(environment).Root;

        var summary = EnvironmentSummary.Of(environment, json, ComplianceReport.Evaluate("test", json, ComplianceSettings.Default));

        Assert.Null(summary.MonthlyCost);
        Assert.Equal("unknown", summary.Cost);
        Assert.Contains("no price for cache.m7g.large in us-east-1", summary.CostNote, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_cost_says_why_on_the_console()
    {
        using var work = new TempDir();

        var (exit, _, output, _) = Synth(f => f["variables"]!["node_type"] = "cache.m7g.large", work);

        Assert.Equal(ExitCode.Ok, exit);
        Assert.Contains("cost of hml unknown: no price for cache.m7g.large in us-east-1 in the price table", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TLS_preferred_does_not_pass_the_in_transit_rule()
    {
        var environment = StackFixtures.Environment(CacheFixtures.RequiredOnly() with { TransitEncryptionEnabled = true, TransitEncryptionMode = "preferred" });

        var report = ComplianceReport.Evaluate("test", StackFixtures.Synth(environment).Root, ComplianceSettings.Default);

        var outcome = report.Outcomes.Single(o => o.Rule.Id == "VKC-IN-TRANSIT");
        Assert.Equal("failed", outcome.Status);
        Assert.Contains("preferred", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_prod_passes_under_enforcement_with_a_reason_for_each_waiver()
    {
        var prod = EnvironmentFile.Read(Path.Combine(RepoPaths.Environments, "prod.json")).Single();
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Accepted, "prod.cdk.tf.json")))!;

        var report = ComplianceReport.Evaluate("prod", json, prod.Compliance);

        Assert.True(prod.Compliance.Enforce);
        Assert.False(report.Blocks, string.Join("\n", report.WaiverProblems));
        Assert.Equal(0, report.Failed);
        Assert.All(prod.Compliance.Waivers, w => Assert.False(string.IsNullOrWhiteSpace(w.Reason)));
    }
}
