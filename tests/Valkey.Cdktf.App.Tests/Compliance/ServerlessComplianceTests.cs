namespace Valkey.Cdktf.App.Tests.Compliance;

/// <summary>The compliance rules on a serverless cache: those about it checked on it, those about nodes and logs not applicable.</summary>
public sealed class ServerlessComplianceTests
{
    private const string Key = "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d";

    private static ValkeyCacheProps Serverless() => CacheFixtures.RequiredOnly() with
    {
        Serverless = new ValkeyServerless { MaxDataStorageGb = 10 },
        TransitEncryptionEnabled = true,
        LogDeliveryEnabled = false,
        SnapshotRetentionLimit = 7,
        KmsKeyId = Key,
        Users = [new ValkeyUser { UserName = "app" }],
        AlarmActions = ["arn:aws:sns:us-east-1:123456789012:on-call"],
    };

    private static ComplianceReport Report(ValkeyCacheProps props, ComplianceSettings? settings = null) =>
        ComplianceReport.Evaluate("test", StackFixtures.Synth(props).Root, settings ?? ComplianceSettings.Default);

    [Fact]
    public void A_compliant_serverless_cache_passes_what_applies_and_the_rest_does_not_apply()
    {
        var report = Report(Serverless());

        Assert.Equal(0, report.Failed);
        Assert.Equal(["VKC-ALARMS", "VKC-AUTH", "VKC-BACKUPS", "VKC-CMK", "VKC-IN-TRANSIT", "VKC-INGRESS"],
            report.Outcomes.Where(o => o.Status == "passed").Select(o => o.Rule.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["VKC-AT-REST", "VKC-FAILOVER", "VKC-LOG-KMS", "VKC-LOG-RETENTION", "VKC-LOGS", "VKC-MINOR-UPGRADES", "VKC-MULTI-AZ", "VKC-SUBNET-GROUP"],
            report.Outcomes.Where(o => o.Status == "not applicable").Select(o => o.Rule.Id).Order(StringComparer.Ordinal));
        Assert.All(report.Outcomes.Where(o => o.NotApplicable is not null), o => Assert.Contains("serverless", o.NotApplicable!, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("VKC-BACKUPS")]
    [InlineData("VKC-CMK")]
    [InlineData("VKC-AUTH")]
    public void A_serverless_cache_fails_what_it_lacks(string rule)
    {
        var props = rule switch
        {
            "VKC-BACKUPS" => Serverless() with { SnapshotRetentionLimit = null },
            "VKC-CMK" => Serverless() with { KmsKeyId = null },
            _ => Serverless() with { Users = [] },
        };

        Assert.Equal("failed", Report(props).Outcomes.Single(o => o.Rule.Id == rule).Status);
    }

    [Fact]
    public void A_waiver_of_a_rule_that_does_not_apply_is_refused()
    {
        var report = Report(Serverless(), new ComplianceSettings(false, [new ComplianceWaiver("VKC-MULTI-AZ", "serverless")]));

        var problem = Assert.Single(report.WaiverProblems);
        Assert.Contains("does not apply", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_says_serverless_and_why_the_cost_is_unknown()
    {
        var environment = StackFixtures.Environment(Serverless());
        var stack = StackFixtures.Synth(environment).Root;
        var summary = EnvironmentSummary.Of(environment, stack, ComplianceReport.Evaluate("test", stack, ComplianceSettings.Default));

        Assert.Equal("serverless", summary.Capacity);
        Assert.Null(summary.MonthlyCost);
        Assert.Equal("unknown", summary.Cost);
        Assert.Contains("billed by use", summary.CostNote, StringComparison.Ordinal);
        Assert.EndsWith(", 8 n/a", summary.ComplianceCounts, StringComparison.Ordinal);
        Assert.Equal("serverless", summary.ToJson()["kind"]!.GetValue<string>());
    }
}
