using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary>The AUTH token from Secrets Manager, or role-based access control; never both, never without TLS.</summary>
public sealed class AccessControlTests
{
    private const string Secret = "valkey/hml/auth-token";

    [Fact]
    public void The_token_is_read_by_a_data_source_and_never_written()
    {
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { TransitEncryptionEnabled = true, AuthTokenSecretId = Secret });

        var rg = json.Resource("aws_elasticache_replication_group", "valkey");
#if CDKTN
        // CDK Terrain: an ephemeral resource into the write-only argument, its version from auth_token_version; no data source.
        Assert.Equal("${ephemeral.aws_secretsmanager_secret_version.valkey_auth_token.secret_string}", rg["auth_token_wo"]!.GetValue<string>());
        Assert.Equal(1, rg["auth_token_wo_version"]!.GetValue<int>());
        Assert.Null(rg["auth_token"]);
        Assert.Null(json.Root["data"]);
        Assert.Equal(Secret, json.Root["ephemeral"]!["aws_secretsmanager_secret_version"]!["valkey_auth_token"]!["secret_id"]!.GetValue<string>());
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json.Text, "secret_string"));
        Assert.Null(rg["lifecycle"]?["precondition"]);
        Assert.Equal(7, CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { TransitEncryptionEnabled = true, AuthTokenSecretId = Secret, AuthTokenVersion = 7 })
            .Resource("aws_elasticache_replication_group", "valkey")["auth_token_wo_version"]!.GetValue<int>());
#else
        Assert.Equal("${data.aws_secretsmanager_secret_version.valkey_auth_token.secret_string}", rg["auth_token"]!.GetValue<string>());
        Assert.Equal("ROTATE", rg["auth_token_update_strategy"]!.GetValue<string>());
        Assert.Equal(Secret, json.Root["data"]!["aws_secretsmanager_secret_version"]!["valkey_auth_token"]!["secret_id"]!.GetValue<string>());
        // The token is read where it is used and where its format is checked (the precondition); no token value is anywhere.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(json.Text, "secret_string").Count);
        Assert.Contains("secret_string))}", rg["lifecycle"]!["precondition"]![0]!["condition"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(rg["auth_token_wo"]);
#endif
    }

    [Theory]
    [InlineData(AuthTokenUpdateStrategy.Set, "SET")]
    [InlineData(AuthTokenUpdateStrategy.Rotate, "ROTATE")]
    public void The_update_strategy_can_be_chosen(AuthTokenUpdateStrategy strategy, string written)
    {
        var rg = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { TransitEncryptionEnabled = true, AuthTokenSecretId = Secret, AuthTokenUpdateStrategy = strategy })
            .Resource("aws_elasticache_replication_group", "valkey");

        Assert.Equal(written, rg["auth_token_update_strategy"]!.GetValue<string>());
    }

    [Fact]
    public void DELETE_is_written_without_a_token_beside_the_user_groups_it_moves_to()
    {
        var rg = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { TransitEncryptionEnabled = true, UserGroupIds = ["valkey-apps"], AuthTokenUpdateStrategy = AuthTokenUpdateStrategy.Delete })
            .Resource("aws_elasticache_replication_group", "valkey");

        Assert.Equal("DELETE", rg["auth_token_update_strategy"]!.GetValue<string>());
        Assert.Null(rg["auth_token"]);
        Assert.Null(rg["lifecycle"]!["ignore_changes"]);
    }

    [Fact]
    public void Without_a_token_or_a_strategy_a_strategy_left_in_the_state_is_not_compared()
    {
        var none = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly()).Resource("aws_elasticache_replication_group", "valkey");
        var token = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { TransitEncryptionEnabled = true, AuthTokenSecretId = Secret })
            .Resource("aws_elasticache_replication_group", "valkey");

        Assert.Equal(["auth_token_update_strategy"], none["lifecycle"]!["ignore_changes"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Null(token["lifecycle"]!["ignore_changes"]);
    }

    [Fact]
    public void User_groups_are_written_for_role_based_access()
    {
        var rg = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { TransitEncryptionEnabled = true, UserGroupIds = ["valkey-apps"] })
            .Resource("aws_elasticache_replication_group", "valkey");

        Assert.Equal("valkey-apps", Assert.Single(rg["user_group_ids"]!.AsArray())!.GetValue<string>());
        Assert.Null(rg["auth_token"]);
    }

    [Theory]
    [InlineData("token", 2)]
    [InlineData("user groups", 2)]
    [InlineData("neither", 0)]
    public void An_authentication_failures_alarm_watches_each_node_of_a_cache_that_asks_for_authentication(string access, int expected)
    {
        var props = CacheFixtures.RequiredOnly() with { TransitEncryptionEnabled = true, AlarmAuthenticationFailures = 3 };
        props = access switch
        {
            "token" => props with { AuthTokenSecretId = Secret },
            "user groups" => props with { UserGroupIds = ["valkey-apps"] },
            _ => props,
        };

        var alarms = CacheFixtures.SynthCache(props).Resources("aws_cloudwatch_metric_alarm")!
            .Where(a => a.Value!["metric_name"]?.GetValue<string>() == "AuthenticationFailures").ToList();

        Assert.Equal(expected, alarms.Count);
        Assert.All(alarms, a =>
        {
            Assert.Equal(3, a.Value!["threshold"]!.GetValue<double>());
            Assert.Equal("GreaterThanThreshold", a.Value["comparison_operator"]!.GetValue<string>());
            Assert.Equal("notBreaching", a.Value["treat_missing_data"]!.GetValue<string>());
        });
        if (expected > 0) Assert.Contains("valkey_001_auth_failures", alarms.Select(a => a.Key));
    }

    public static TheoryData<string, string, string> Refused() => new()
    {
        { "token without TLS", "auth_token_secret_id", "transit_encryption_enabled is false" },
        { "token and user groups", "user_group_ids", "never both" },
        { "user groups without TLS", "user_group_ids", "role-based access control needs TLS" },
        { "strategy without token", "auth_token_update_strategy", "without auth_token_secret_id" },
        { "bad secret id", "auth_token_secret_id", "Secrets Manager secret name" },
        { "bad user group", "user_group_ids[0]", "user group id" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_combinations_name_the_field(string variant, string field, string expected)
    {
        var p = CacheFixtures.RequiredOnly();
        p = variant switch
        {
            "token without TLS" => p with { AuthTokenSecretId = Secret },
            "token and user groups" => p with { TransitEncryptionEnabled = true, AuthTokenSecretId = Secret, UserGroupIds = ["g1"] },
            "user groups without TLS" => p with { UserGroupIds = ["g1"] },
            "strategy without token" => p with { AuthTokenUpdateStrategy = AuthTokenUpdateStrategy.Set },
            "bad secret id" => p with { TransitEncryptionEnabled = true, AuthTokenSecretId = "my secret!" },
            _ => p with { TransitEncryptionEnabled = true, UserGroupIds = ["1-group"] },
        };

        var problems = ValkeyCacheRules.Check(p);

        Assert.Contains(problems, q => q.Field == field && q.Expected.Contains(expected, StringComparison.Ordinal));
    }
}
