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
        LogRetentionDays = 365,
        LogKmsKeyId = Key,
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
        { "VKC-LOG-RETENTION", "logs kept a month" },
        { "VKC-LOG-KMS", "logs without a key" },
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
            "logs kept a month" => p with { LogRetentionDays = 30 },
            "logs without a key" => p with { LogKmsKeyId = null },
            _ => p with { LogDeliveryEnabled = false, LogKmsKeyId = null },
        };

        var outcome = Outcome(p, rule);

        Assert.Equal("failed", outcome.Status);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Failure));
    }

    [Theory]
    [InlineData("token", "token")]
    [InlineData("IAM users", "iam")]
    [InlineData("a password user", "rbac")]
    [InlineData("IAM and password users", "rbac")]
    [InlineData("user groups", "rbac")]
    public void Authentication_passes_with_a_token_users_or_groups_and_the_summary_says_which(string access, string column)
    {
        var iam = new ValkeyUser { UserName = "orders-api" };
        var ops = new ValkeyUser { UserName = "ops", Authentication = ValkeyUserAuthentication.Password, PasswordSecretIds = ["valkey/ops"] };
        var p = Compliant() with { AuthTokenSecretId = null };
        p = access switch
        {
            "token" => Compliant(),
            "IAM users" => p with { Users = [iam] },
            "a password user" => p with { Users = [ops] },
            "IAM and password users" => p with { Users = [iam, ops] },
            _ => p with { UserGroupIds = ["team-group"] },
        };
        var stack = StackFixtures.Synth(p).Root;

        Assert.Null(Outcome(p, "VKC-AUTH").Failure);
        Assert.Equal(column, new StackView(stack).Authentication);
    }

    [Fact]
    public void Without_any_authentication_the_summary_says_none()
    {
        var stack = StackFixtures.Synth(Compliant() with { AuthTokenSecretId = null }).Root;

        Assert.Equal("none", new StackView(stack).Authentication);
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

    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(2, 1, 4)]
    [InlineData(3, 2, 9)]
    public void In_cluster_mode_the_cost_is_shards_times_replicas_plus_one_node_hours(int shards, int replicas, int nodes)
    {
        var environment = StackFixtures.Environment(CacheFixtures.RequiredOnly() with { NumNodeGroups = shards, ReplicasPerNodeGroup = replicas });
        var json = StackFixtures.Synth(environment).Root;
        var nodeHour = PriceTable.NodeHour("us-east-1", "cache.t3.micro")!.Value;

        var summary = EnvironmentSummary.Of(environment, json, ComplianceReport.Evaluate("test", json, ComplianceSettings.Default));

        Assert.Equal(nodes, summary.Nodes);
        Assert.Equal(Math.Round(nodes * nodeHour * PriceTable.HoursPerMonth, 2), summary.MonthlyCost);
    }

    [Fact]
    public void The_summary_says_which_costs_it_leaves_out()
    {
        var environment = EnvironmentFile.Read(Path.Combine(RepoPaths.Environments, "hml.json")).Single();
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Accepted, "hml.cdk.tf.json")))!;
        var summary = EnvironmentSummary.Of(environment, json, ComplianceReport.Evaluate("hml", json, environment.Compliance));
        var output = new StringWriter();

        SummaryWriter.Write([summary], output, terminal: false);

        Assert.Contains("not counted: CloudWatch alarms, log ingestion and storage", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(PriceTable.LeftOut, summary.ToJson()["cost_not_counted"]!.GetValue<string>());
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
        var environment = StackFixtures.Environment(CacheFixtures.RequiredOnly() with { TransitEncryptionEnabled = true, TransitEncryptionMode = TransitEncryptionMode.Preferred });

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

    [Fact]
    public void The_report_cites_each_controls_definition_and_says_what_does_not_apply()
    {
        var environment = StackFixtures.Environment(Compliant());
        var json = StackFixtures.Synth(environment).Root;
        var report = ComplianceReport.Evaluate("test", json, ComplianceSettings.Default);

        var written = report.ToJson(EnvironmentSummary.Of(environment, json, report));

        var backups = written["rules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "VKC-BACKUPS")!;
        Assert.Equal(["https://docs.aws.amazon.com/securityhub/latest/userguide/elasticache-controls.html#elasticache-1"],
            backups["sources"]!.AsArray().Select(u => u!.GetValue<string>()));
        var retention = written["rules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "VKC-LOG-RETENTION")!;
        Assert.Equal(["https://www.checkov.io/5.Policy%20Index/terraform.html"], retention["sources"]!.AsArray().Select(u => u!.GetValue<string>()));
        var moduleOnly = written["rules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "VKC-MULTI-AZ")!;
        Assert.Empty(moduleOnly["sources"]!.AsArray());
        var notApplicable = Assert.Single(written["not_applicable"]!.AsArray())!;
        Assert.Equal("Security Hub ElastiCache.6", notApplicable["control"]!.GetValue<string>());
        Assert.EndsWith("#elasticache-6", notApplicable["source"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("not applicable (Valkey)", notApplicable["why"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, null)] // never expires: passes
    [InlineData(365, null)]
    [InlineData(3653, null)]
    [InlineData(180, "log_retention_days is 180")]
    public void Log_retention_passes_from_a_year(int days, string? failure)
    {
        var outcome = Outcome(Compliant() with { LogRetentionDays = days == 0 ? 30 : days }, "VKC-LOG-RETENTION");
        if (days == 0)
        {
            // CloudWatch Logs' "never expire" is no retention_in_days at all; the stacks always write one, so a file
            // cannot ask for it: the rule's own view of a stack without retention is checked on the JSON.
            var json = StackFixtures.Synth(Compliant()).Root;
            foreach (var group in json["resource"]!["aws_cloudwatch_log_group"]!.AsObject()) group.Value!.AsObject().Remove("retention_in_days");
            outcome = ComplianceReport.Evaluate("test", json, ComplianceSettings.Default).Outcomes.Single(o => o.Rule.Id == "VKC-LOG-RETENTION");
        }

        if (failure is null) Assert.Null(outcome.Failure);
        else Assert.StartsWith(failure, outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_log_groups_the_log_rules_leave_it_to_VKC_LOGS()
    {
        var p = Compliant() with { LogDeliveryEnabled = false, LogKmsKeyId = null, LogRetentionDays = 30 };

        Assert.Equal("failed", Outcome(p, "VKC-LOGS").Status);
        Assert.Equal("passed", Outcome(p, "VKC-LOG-RETENTION").Status);
        Assert.Equal("passed", Outcome(p, "VKC-LOG-KMS").Status);
    }
}
