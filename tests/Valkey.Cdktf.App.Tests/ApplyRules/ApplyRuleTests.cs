using System.Text.Json.Nodes;
using Valkey.Cdktf.Tools.ApplyRules;

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
        // The move to CDK Terrain: the token to the write-only argument (in a plan the write-only value itself is null).
        { "token to the write-only argument", """{ "auth_token": "t", "auth_token_update_strategy": "ROTATE" }""", """{ "auth_token_wo_version": 1, "auth_token_update_strategy": "ROTATE" }""", "APPLY-AUTH-WRITE-ONLY-MOVE" },
        { "write-only token kept", """{ "auth_token_wo_version": 1 }""", """{ "auth_token_wo_version": 1 }""", null },
        { "write-only token's version raised", """{ "auth_token_wo_version": 1, "auth_token_update_strategy": "ROTATE" }""", """{ "auth_token_wo_version": 2, "auth_token_update_strategy": "ROTATE" }""", null },
        { "engine down", """{ "engine_version": "8.0" }""", """{ "engine_version": "7.2" }""", "APPLY-ENGINE-NO-DOWNGRADE" },
        { "engine up, immediately", """{ "engine_version": "7.2" }""", """{ "engine_version": "8.1", "apply_immediately": true }""", null },
        { "cluster mode turned on", """{ "cluster_mode": "disabled", "num_cache_clusters": 2 }""", """{ "cluster_mode": "enabled", "num_node_groups": 2 }""", "APPLY-CLUSTER-MODE" },
        { "cluster mode from a group written without it", """{ "num_cache_clusters": 2 }""", """{ "cluster_mode": "enabled", "num_node_groups": 2 }""", "APPLY-CLUSTER-MODE" },
        { "cluster mode turned off", """{ "cluster_mode": "enabled", "num_node_groups": 2 }""", """{ "num_cache_clusters": 2 }""", "APPLY-CLUSTER-MODE" },
        { "resharded", """{ "cluster_mode": "enabled", "num_node_groups": 2 }""", """{ "cluster_mode": "enabled", "num_node_groups": 3 }""", null },
        { "cluster mode compatible, then enabled", """{ "cluster_mode": "compatible" }""", """{ "cluster_mode": "enabled" }""", null },
        { "cluster mode disabled, then compatible", """{ "cluster_mode": "disabled" }""", """{ "cluster_mode": "compatible" }""", null },
        { "cluster mode enabled, then compatible", """{ "cluster_mode": "enabled" }""", """{ "cluster_mode": "compatible" }""", "APPLY-CLUSTER-MODE" },
        { "TLS off from required", """{ "transit_encryption_enabled": true, "transit_encryption_mode": "required" }""", """{ "transit_encryption_enabled": false }""", "APPLY-TLS-OFF" },
        { "TLS off from a group without a mode (AWS's required)", """{ "transit_encryption_enabled": true }""", """{ "transit_encryption_enabled": false }""", "APPLY-TLS-OFF" },
        { "TLS off from preferred", """{ "transit_encryption_enabled": true, "transit_encryption_mode": "preferred" }""", """{ "transit_encryption_enabled": false }""", null },
        { "users on a cache without TLS", """{ "transit_encryption_enabled": false }""", """{ "transit_encryption_enabled": false, "user_group_ids": ["g"] }""", "APPLY-USERS-TLS" },
        { "users with TLS turned on at once", """{ "transit_encryption_enabled": false }""", """{ "transit_encryption_enabled": true, "transit_encryption_mode": "required", "user_group_ids": ["g"] }""", "APPLY-USERS-TLS" },
        { "users on a cache in TLS preferred", """{ "transit_encryption_enabled": true, "transit_encryption_mode": "preferred" }""", """{ "transit_encryption_enabled": true, "transit_encryption_mode": "preferred", "user_group_ids": ["g"] }""", "APPLY-USERS-TLS" },
        { "users on a cache that requires TLS", """{ "transit_encryption_enabled": true, "transit_encryption_mode": "required" }""", """{ "transit_encryption_enabled": true, "transit_encryption_mode": "required", "user_group_ids": ["g"] }""", null },
        { "token removed without users", """{ "transit_encryption_enabled": true, "auth_token": "t" }""", """{ "transit_encryption_enabled": true }""", "APPLY-AUTH-DELETE" },
        // CDKTF pins 6.25.0, which cannot send DELETE with the user group; CDK Terrain pins 6.66.0, which can (6.31.0 and later).
        { "token to users with the pinned provider", """{ "transit_encryption_enabled": true, "auth_token": "t" }""", """{ "transit_encryption_enabled": true, "user_group_ids": ["g"], "auth_token_update_strategy": "DELETE" }""",
            PinnedProvider.Version < new Version(6, 31, 0) ? "APPLY-AUTH-DELETE" : null },
        { "node type, in the window", """{ "node_type": "cache.t3.micro" }""", """{ "node_type": "cache.t3.small", "apply_immediately": false }""", "APPLY-DEFERRED" },
        { "engine up, in the window", """{ "engine_version": "7.2" }""", """{ "engine_version": "8.0" }""", "APPLY-DEFERRED" },
        { "node type, immediately", """{ "node_type": "cache.t3.micro" }""", """{ "node_type": "cache.t3.small", "apply_immediately": true }""", null },
    };

    private static IReadOnlyList<RuleFinding> Check(CacheTransition cache, Version? provider = null, params ResourceChange[] others) =>
        ApplyRuleTable.Check(new RuleInput(cache, new ChangeSet(others, []), provider ?? PinnedProvider.Version));

    [Theory]
    [MemberData(nameof(Transitions))]
    public void A_transition_breaks_a_rule_or_keeps_every_rule(string name, string before, string after, string? rule)
    {
        var findings = Check(CacheTransition.Of(Group(before), Group(after)));

        if (rule is null) Assert.True(findings.Count == 0, $"{name}: {string.Join("; ", findings.Select(f => f.Rule.Id))}");
        else Assert.Equal(rule, Assert.Single(findings).Rule.Id);
    }

    [Fact]
    public void A_created_group_breaks_no_rule()
    {
        Assert.Empty(Check(CacheTransition.Of(null, Group("""{ "transit_encryption_enabled": true, "auth_token_update_strategy": "SET", "auth_token": "t" }"""))));
    }

    [Fact]
    public void A_token_known_only_at_apply_counts_as_a_token()
    {
        var transition = new CacheTransition(Group("{}"), Group("""{ "auth_token_update_strategy": "SET" }"""), new HashSet<string> { "auth_token" });

        Assert.Equal("APPLY-AUTH-SET-AFTER-ROTATE", Assert.Single(Check(transition)).Rule.Id);
    }

    [Fact]
    public void Only_the_open_token_the_write_only_move_prepared_users_and_a_datastore_change_are_warnings_and_every_rule_names_a_source()
    {
        Assert.Equal(["APPLY-AUTH-ROTATE-OPEN", "APPLY-AUTH-WRITE-ONLY-MOVE", "APPLY-USERS-PREPARED", "APPLY-DATASTORE-AT-ONCE"], ApplyRuleTable.All.Where(r => r.Level == RuleLevel.Warning).Select(r => r.Id));
        Assert.Equal(["APPLY-DEFERRED"], ApplyRuleTable.All.Where(r => r.Level == RuleLevel.Pending).Select(r => r.Id));
        Assert.All(ApplyRuleTable.All, r => Assert.Contains("https://", r.Source, StringComparison.Ordinal));
        Assert.Equal(ApplyRuleTable.All.Count, ApplyRuleTable.All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
    }

    private const string Token = """{ "transit_encryption_enabled": true, "transit_encryption_mode": "required", "auth_token": "t", "replication_group_id": "c" }""";

    [Theory]
    [InlineData("5.100.0", "DELETE", true, "#39546")]
    [InlineData("6.25.0", "DELETE", true, "#45518")]
    [InlineData("6.30.0", "DELETE", true, "#45518")]
    [InlineData("6.31.0", "DELETE", false, null)]
    [InlineData("6.66.0", "DELETE", false, null)]
    [InlineData("6.66.0", "ROTATE", true, "Pass AuthStrategy delete to proceed")]
    public void A_token_moves_to_users_in_one_deploy_only_with_a_provider_that_sends_DELETE_with_the_group(string provider, string strategy, bool refused, string? why)
    {
        var after = Group($$"""{ "transit_encryption_enabled": true, "transit_encryption_mode": "required", "user_group_ids": ["c-users"], "auth_token_update_strategy": "{{strategy}}", "replication_group_id": "c" }""");

        var findings = Check(CacheTransition.Of(Group(Token), after), Version.Parse(provider));

        Assert.Equal(refused, findings.Any(f => f.Rule.Id == "APPLY-AUTH-DELETE"));
        if (why is not null) Assert.Contains(why, Assert.Single(findings).Why, StringComparison.Ordinal);
        if (refused && Version.Parse(provider) < new Version(6, 31, 0))
        {
            // With the pin, the fix is the three steps that work with it, the out-of-band call written out.
            Assert.Contains("aws elasticache modify-replication-group --replication-group-id c --user-group-ids-to-add c-users --auth-token-update-strategy DELETE", findings[0].Fix, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("cache_node_type", "cache.r6g.large", "cache.r6g.xlarge", "APPLY-DATASTORE-AT-ONCE")]
    [InlineData("engine_version", "8.0", "8.1", "APPLY-DATASTORE-AT-ONCE")]
    [InlineData("num_node_groups", "2", "3", "APPLY-DATASTORE-AT-ONCE")]
    [InlineData("engine_version", "8.1", "8.0", "APPLY-DATASTORE-ENGINE")]
    [InlineData("engine_version", "7.2", "8.0", "APPLY-DATASTORE-ENGINE")]
    [InlineData("global_replication_group_description", "a", "b", null)]
    public void A_global_datastores_change_goes_to_every_member_at_once_and_its_engine_only_up_a_minor_version(string attribute, string before, string after, string? rule)
    {
        static JsonObject Side(string attribute, string value) => new() { [attribute] = int.TryParse(value, out var n) ? JsonValue.Create(n) : JsonValue.Create(value) };
        var datastore = new ResourceChange("aws_elasticache_global_replication_group.valkey", "aws_elasticache_global_replication_group", ["update"],
            Side(attribute, before), Side(attribute, after));

        // The primary's replication group leaves node type and version to the datastore (ignore_changes): no change of its own.
        var findings = Check(CacheTransition.Of(Group("""{ "node_type": "cache.r6g.large" }"""), Group("""{ "node_type": "cache.r6g.large" }""")), null, datastore);

        var ids = findings.Select(f => f.Rule.Id).ToList();
        if (rule is null) Assert.Empty(ids);
        else Assert.Contains(rule, ids);
        Assert.DoesNotContain("APPLY-DEFERRED", ids);
        if (rule == "APPLY-DATASTORE-ENGINE") Assert.True(findings.Single(f => f.Rule.Id == rule).Fails);
        if (rule == "APPLY-DATASTORE-AT-ONCE") Assert.Equal("aws_elasticache_global_replication_group.valkey", findings.Single(f => f.Rule.Id == rule).Subject);
    }

    [Fact]
    public void Users_beside_a_token_are_a_warning_naming_the_next_step()
    {
        var group = new ResourceChange("aws_elasticache_user_group.valkey", "aws_elasticache_user_group", ["create"], null, Group("""{ "user_group_id": "c-users" }"""));

        var finding = Assert.Single(Check(CacheTransition.Of(Group(Token), Group(Token)), null, group));

        Assert.Equal("APPLY-USERS-PREPARED", finding.Rule.Id);
        Assert.False(finding.Fails);
        Assert.Contains("--user-group-ids-to-add c-users", finding.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("description", "security_group_description")]
    [InlineData("name", "security_group_name")]
    [InlineData("vpc_id", "new environment")]
    public void The_cache_keeps_its_security_group_unless_the_cache_itself_is_replaced(string forcing, string fix)
    {
        var group = new ResourceChange("aws_security_group.valkey", "aws_security_group", ["delete", "create"], Group("""{ "description": "d", "name": "n" }"""), Group("{}"))
        {
            ReplacePaths = [forcing],
        };

        var kept = Check(CacheTransition.Of(Group("{}"), Group("{}")), null, group);
        var replaced = Check(CacheTransition.Of(Group("{}"), Group("{}")) with { Replaced = true }, null, group);

        Assert.Contains(fix, Assert.Single(kept, f => f.Rule.Id == "APPLY-SG-IN-USE").Fix, StringComparison.Ordinal);
        Assert.DoesNotContain(replaced, f => f.Rule.Id == "APPLY-SG-IN-USE");
    }
}
