using System.Text.Json.Nodes;
using Valkey.Cdktf.App.ApplyRules;

namespace Valkey.Cdktf.App.Tests.ApplyRules;

/// <summary>Each apply-time rule, table-driven: a transition that breaks it and one that keeps it.</summary>
public sealed class ApplyRuleTests
{
    private const string Logs = """[{ "log_type": "slow-log", "destination_type": "cloudwatch-logs", "destination": "/aws/elasticache/x/slow-log", "log_format": "json" }]""";

    private static JsonObject Group(string json) => JsonNode.Parse(json)!.AsObject();

    public static TheoryData<string, string, string, string?> Transitions() => new()
    {
        // rule, before, after, the rule's finding (null: kept)
        { "log delivery added, not immediately", """{ "log_delivery_configuration": [] }""", $$"""{ "log_delivery_configuration": {{Logs}}, "apply_immediately": false }""", "APPLY-LOG-DELIVERY" },
        { "log delivery added, immediately", """{ "log_delivery_configuration": [] }""", $$"""{ "log_delivery_configuration": {{Logs}}, "apply_immediately": true }""", null },
        { "log delivery removed, not immediately", $$"""{ "log_delivery_configuration": {{Logs}} }""", """{ "log_delivery_configuration": [], "apply_immediately": false }""", "APPLY-LOG-DELIVERY" },
        { "log delivery unchanged", $$"""{ "log_delivery_configuration": {{Logs}} }""", $$"""{ "log_delivery_configuration": {{Logs}}, "apply_immediately": false }""", null },
        { "TLS on, mode unset", """{ "transit_encryption_enabled": false }""", """{ "transit_encryption_enabled": true }""", "APPLY-TLS-TWO-STEPS" },
        { "TLS on, required", """{ "transit_encryption_enabled": false }""", """{ "transit_encryption_enabled": true, "transit_encryption_mode": "required" }""", "APPLY-TLS-TWO-STEPS" },
        { "TLS on, preferred", """{ "transit_encryption_enabled": false }""", """{ "transit_encryption_enabled": true, "transit_encryption_mode": "preferred" }""", null },
        { "preferred to required", """{ "transit_encryption_enabled": true, "transit_encryption_mode": "preferred" }""", """{ "transit_encryption_enabled": true, "transit_encryption_mode": "required" }""", null },
        { "token added with SET", "{}", """{ "auth_token": "${data.aws_secretsmanager_secret_version.valkey_auth_token.secret_string}", "auth_token_update_strategy": "SET" }""", "APPLY-AUTH-SET-AFTER-ROTATE" },
        { "token added with ROTATE", "{}", """{ "auth_token": "${data.aws_secretsmanager_secret_version.valkey_auth_token.secret_string}", "auth_token_update_strategy": "ROTATE" }""", "APPLY-AUTH-ROTATE-OPEN" },
        { "token kept, then SET", """{ "auth_token": "t" }""", """{ "auth_token": "t", "auth_token_update_strategy": "SET" }""", null },
        { "engine down", """{ "engine_version": "8.0" }""", """{ "engine_version": "7.2" }""", "APPLY-ENGINE-NO-DOWNGRADE" },
        { "engine up", """{ "engine_version": "7.2" }""", """{ "engine_version": "8.1" }""", null },
        { "cluster mode turned on", """{ "cluster_mode": "disabled", "num_cache_clusters": 2 }""", """{ "cluster_mode": "enabled", "num_node_groups": 2 }""", "APPLY-CLUSTER-MODE" },
        { "cluster mode from a group written without it", """{ "num_cache_clusters": 2 }""", """{ "cluster_mode": "enabled", "num_node_groups": 2 }""", "APPLY-CLUSTER-MODE" },
        { "cluster mode turned off", """{ "cluster_mode": "enabled", "num_node_groups": 2 }""", """{ "num_cache_clusters": 2 }""", "APPLY-CLUSTER-MODE" },
        { "resharded", """{ "cluster_mode": "enabled", "num_node_groups": 2 }""", """{ "cluster_mode": "enabled", "num_node_groups": 3 }""", null },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void A_transition_breaks_a_rule_or_keeps_every_rule(string name, string before, string after, string? rule)
    {
        var findings = ApplyRuleTable.Check(CacheTransition.Of(Group(before), Group(after)));

        if (rule is null) Assert.True(findings.Count == 0, $"{name}: {string.Join("; ", findings.Select(f => f.Rule.Id))}");
        else Assert.Equal(rule, Assert.Single(findings).Rule.Id);
    }

    [Fact]
    public void A_created_group_breaks_no_rule()
    {
        Assert.Empty(ApplyRuleTable.Check(CacheTransition.Of(null, Group("""{ "transit_encryption_enabled": true, "auth_token_update_strategy": "SET", "auth_token": "t" }"""))));
    }

    [Fact]
    public void A_token_known_only_at_apply_counts_as_a_token()
    {
        var transition = new CacheTransition(Group("{}"), Group("""{ "auth_token_update_strategy": "SET" }"""), new HashSet<string> { "auth_token" });

        Assert.Equal("APPLY-AUTH-SET-AFTER-ROTATE", Assert.Single(ApplyRuleTable.Check(transition)).Rule.Id);
    }

    [Fact]
    public void Only_the_open_token_rule_is_a_warning_and_every_rule_names_a_source()
    {
        Assert.Equal(["APPLY-AUTH-ROTATE-OPEN"], ApplyRuleTable.All.Where(r => r.Level == RuleLevel.Warning).Select(r => r.Id));
        Assert.All(ApplyRuleTable.All, r => Assert.Contains("https://", r.Source, StringComparison.Ordinal));
        Assert.Equal(ApplyRuleTable.All.Count, ApplyRuleTable.All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }
}
