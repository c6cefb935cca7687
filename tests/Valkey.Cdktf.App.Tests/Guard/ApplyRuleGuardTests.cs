using Valkey.Cdktf.Tools.ApplyRules;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>The guard checks the apply-time rules from the accepted synthesis to the new one, on real syntheses.</summary>
public sealed class ApplyRuleGuardTests
{
    private static Judged Guard(ValkeyCacheProps before, ValkeyCacheProps after)
    {
        var accepted = StackFixtures.Synth(before).Root;
        var environment = StackFixtures.Environment(after);
        return GuardFixtures.Judge(environment, accepted, StackFixtures.Synth(environment).Root, "envs/hml.json");
    }

    private static ValkeyCacheProps Hml => CacheFixtures.RequiredOnly();

    public static TheoryData<string, ValkeyCacheProps, ValkeyCacheProps, string?> Transitions()
    {
        var logsOff = Hml with { LogDeliveryEnabled = false };
        var tlsPreferred = Hml with { TransitEncryptionEnabled = true, TransitEncryptionMode = TransitEncryptionMode.Preferred };
        var tls = Hml with { TransitEncryptionEnabled = true };
        return new()
        {
            { "logs added, not immediately", logsOff, Hml, "APPLY-LOG-DELIVERY" },
            { "logs added, immediately", logsOff, Hml with { ApplyImmediately = true }, null },
            { "TLS on directly", Hml, tls, "APPLY-TLS-TWO-STEPS" },
            { "TLS on, preferred", Hml, tlsPreferred, null },
            { "TLS preferred to required", tlsPreferred, tls, null },
            { "token added with SET", tls, tls with { AuthTokenSecretId = "valkey/hml", AuthTokenUpdateStrategy = AuthTokenUpdateStrategy.Set }, "APPLY-AUTH-SET-AFTER-ROTATE" },
            { "engine down", Hml, Hml with { EngineVersion = "7.2", ParameterGroupName = "default.valkey7" }, "APPLY-ENGINE-NO-DOWNGRADE" },
        };
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void The_guard_fails_on_a_transition_AWS_refuses_and_passes_its_fix(string name, ValkeyCacheProps before, ValkeyCacheProps after, string? rule)
    {
        var verdict = Guard(before, after);

        var failing = verdict.FailingRules;
        if (rule is null) Assert.True(failing.Count == 0, $"{name}: {string.Join(", ", failing)}");
        else
        {
            Assert.Equal([rule], failing);
            Assert.False(verdict.Passed, name);
        }
    }

    [Fact]
    public void A_token_added_with_ROTATE_passes_with_a_warning_and_its_second_step()
    {
        var tls = Hml with { TransitEncryptionEnabled = true };

        var verdict = Guard(tls, tls with { AuthTokenSecretId = "valkey/hml" });

        var finding = Assert.Single(verdict.Findings);
        Assert.Equal("APPLY-AUTH-ROTATE-OPEN", finding.RuleId);
        Assert.Equal(FindingLevel.Warning, finding.Level);
        Assert.Contains("\"auth_token_update_strategy\": \"SET\"", finding.Fix, StringComparison.Ordinal);
        Assert.True(verdict.Passed);
    }

    [Fact]
    public void The_report_prints_the_rule_why_fix_and_source_and_names_the_environment_file()
    {
        var text = Guard(Hml with { LogDeliveryEnabled = false }, Hml).Report();

        Assert.Contains("APPLY RULE APPLY-LOG-DELIVERY", text, StringComparison.Ordinal);
        Assert.Contains("fix: set \"apply_immediately\": true", text, StringComparison.Ordinal);
        Assert.Contains("Log_Delivery.html", text, StringComparison.Ordinal);
        Assert.True(text.Contains(": the finding above stops this deploy.", StringComparison.Ordinal), text);
    }

    [Fact]
    public void Egress_written_explicitly_shows_as_an_in_place_change_against_a_synthesis_without_it()
    {
        var accepted = StackFixtures.Synth(Hml).Root;
        accepted["resource"]!["aws_security_group"]!["valkey"]!.AsObject().Remove("egress");

        var verdict = GuardFixtures.Judge(StackFixtures.Environment(Hml), accepted, StackFixtures.Synth(Hml).Root);

        var row = Assert.Single(verdict.Changes.Acting);
        Assert.Equal(("aws_security_group.valkey", "update"), (row.Address, row.Action));
        Assert.Equal(["egress"], row.ChangedAttributes);
        Assert.True(verdict.Passed);
    }
}
