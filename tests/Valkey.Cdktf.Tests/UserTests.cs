using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary><c>users</c>: the users, their group and its attachment, and the rules on them.</summary>
public sealed class UserTests
{
    private static readonly ValkeyUser App = new() { UserName = "orders-api", AccessString = "on ~orders:* -@all +@read +@write" };

    private static ValkeyCacheProps WithUsers(params ValkeyUser[] users) =>
        CacheFixtures.RequiredOnly() with { TransitEncryptionEnabled = true, Users = users };

    [Fact]
    public void An_iam_user_has_its_name_for_id_and_no_password()
    {
        var json = CacheFixtures.SynthCache(WithUsers(App));
        var user = json.Resource("aws_elasticache_user", "valkey_orders_api");

        Assert.Equal("orders-api", user["user_id"]!.GetValue<string>());
        Assert.Equal("orders-api", user["user_name"]!.GetValue<string>());
        Assert.Equal("valkey", user["engine"]!.GetValue<string>());
        Assert.Equal("on ~orders:* -@all +@read +@write", user["access_string"]!.GetValue<string>());
        Assert.Equal("iam", user["authentication_mode"]!["type"]!.GetValue<string>());
        Assert.Null(user["authentication_mode"]!["passwords"]);
        Assert.Null(json.Root["data"]);
    }

    [Fact]
    public void The_users_group_is_of_engine_valkey_holds_every_user_and_is_attached()
    {
        var admin = new ValkeyUser { UserName = "ops", Authentication = ValkeyUserAuthentication.Password, PasswordSecretIds = ["valkey/hml/ops"] };
        var json = CacheFixtures.SynthCache(WithUsers(App, admin));
        var group = json.Resource("aws_elasticache_user_group", "valkey");

        Assert.Equal("pbet-hml-valkey-users", group["user_group_id"]!.GetValue<string>());
        Assert.Equal("valkey", group["engine"]!.GetValue<string>());
        Assert.Equal(["${aws_elasticache_user.valkey_orders_api.user_id}", "${aws_elasticache_user.valkey_ops.user_id}"],
            group["user_ids"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.DoesNotContain(group["user_ids"]!.AsArray(), u => u!.GetValue<string>() == "default");
        var rg = json.Resource("aws_elasticache_replication_group", "valkey");
        Assert.Equal("${aws_elasticache_user_group.valkey.user_group_id}", Assert.Single(rg["user_group_ids"]!.AsArray())!.GetValue<string>());
        Assert.Null(rg["auth_token"]);
    }

    [Fact]
    public void Users_beside_a_token_are_made_but_not_attached_the_first_step_of_the_move_to_users()
    {
        var json = CacheFixtures.SynthCache(WithUsers(App) with { AuthTokenSecretId = "valkey/hml/token" });

        Assert.Equal("pbet-hml-valkey-users", json.Resource("aws_elasticache_user_group", "valkey")["user_group_id"]!.GetValue<string>());
        var rg = json.Resource("aws_elasticache_replication_group", "valkey");
        Assert.Null(rg["user_group_ids"]);
        Assert.NotNull(ValkeyCache.WriteOnlySecrets ? rg["auth_token_wo"] : rg["auth_token"]);
        Assert.Equal("ROTATE", rg["auth_token_update_strategy"]!.GetValue<string>());
    }

#if CDKTN
    [Fact]
    public void A_password_user_reads_its_password_ephemerally_into_the_write_only_passwords_wo_with_its_version()
    {
        var json = CacheFixtures.SynthCache(WithUsers(new ValkeyUser
        {
            UserName = "ops", Authentication = ValkeyUserAuthentication.Password, PasswordSecretIds = ["valkey/hml/ops-a"], PasswordVersion = 3,
        }));
        var user = json.Resource("aws_elasticache_user", "valkey_ops");

        Assert.Equal("pbet-hml-valkey-ops", user["user_id"]!.GetValue<string>());
        Assert.Equal("${ephemeral.aws_secretsmanager_secret_version.valkey_ops_password_1.secret_string}", user["passwords_wo"]!.GetValue<string>());
        Assert.Equal(3, user["passwords_wo_version"]!.GetValue<int>());
        // passwords_wo conflicts with authentication_mode (the provider's documentation of aws_elasticache_user).
        Assert.Null(user["authentication_mode"]);
        Assert.Null(user["passwords"]);
        Assert.Equal("valkey/hml/ops-a", json.Root["ephemeral"]!["aws_secretsmanager_secret_version"]!["valkey_ops_password_1"]!["secret_id"]!.GetValue<string>());
        Assert.Null(json.Root["data"]);
    }
#else
    [Fact]
    public void A_password_user_reads_its_passwords_from_secrets_manager_and_has_an_id_of_its_cache()
    {
        var json = CacheFixtures.SynthCache(WithUsers(new ValkeyUser
        {
            UserName = "ops", Authentication = ValkeyUserAuthentication.Password, PasswordSecretIds = ["valkey/hml/ops-a", "valkey/hml/ops-b"],
        }));
        var user = json.Resource("aws_elasticache_user", "valkey_ops");

        Assert.Equal("pbet-hml-valkey-ops", user["user_id"]!.GetValue<string>());
        Assert.Equal("password", user["authentication_mode"]!["type"]!.GetValue<string>());
        Assert.Equal(["${data.aws_secretsmanager_secret_version.valkey_ops_password_1.secret_string}", "${data.aws_secretsmanager_secret_version.valkey_ops_password_2.secret_string}"],
            user["authentication_mode"]!["passwords"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("valkey/hml/ops-b", json.Root["data"]!["aws_secretsmanager_secret_version"]!["valkey_ops_password_2"]!["secret_id"]!.GetValue<string>());
        Assert.Null(user["passwords_wo"]);
    }
#endif

    [Fact]
    public void Users_bring_the_authentication_failures_alarm()
    {
        var alarms = CacheFixtures.SynthCache(WithUsers(App)).Resources("aws_cloudwatch_metric_alarm")!;

        Assert.Equal(2, alarms.Count(a => a.Value!["metric_name"]?.GetValue<string>() == "AuthenticationFailures"));
    }

    [Fact]
    public void Text_in_a_user_is_written_as_a_literal()
    {
        var user = CacheFixtures.SynthCache(WithUsers(App with { AccessString = "on ~${var.x} +@all" })).Resource("aws_elasticache_user", "valkey_orders_api");

        Assert.Equal("on ~$${var.x} +@all", user["access_string"]!.GetValue<string>());
    }

    public static TheoryData<string, string, string> Refused() => new()
    {
        { "no TLS", "users", "need TLS" },
        { "with user groups", "users", "one per cache" },
        { "upper case name", "users[0].user_name", "lower-case letters" },
        { "default", "users[0].user_name", "other than default" },
        { "twice", "users[1].user_name", "each user name once" },
        { "neither on nor off", "users[0].access_string", "say on (or off)" },
        { "a password in the rules", "users[0].access_string", ">secret" },
        { "iam with secrets", "users[0].authentication", "IAM users have no password" },
        { "three secrets", "users[0].authentication.password_secret_ids", "one or two secrets" },
        { "a bad secret id", "users[0].authentication.password_secret_ids[0]", "a Secrets Manager secret name" },
        { "password version 0", "users[0].authentication.password_version", "1 or more" },
#if CDKTN
        { "two secrets", "users[0].authentication.password_secret_ids", "one secret on CDK Terrain" },
#endif
        { "preferred TLS", "transit_encryption_mode", "required with user_group_ids or users" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_bad_user_is_named_with_what_is_expected(string variant, string field, string expected)
    {
        var password = new ValkeyUser { UserName = "ops", Authentication = ValkeyUserAuthentication.Password, PasswordSecretIds = ["valkey/ops"] };
        var props = variant switch
        {
            "no TLS" => WithUsers(App) with { TransitEncryptionEnabled = false },
            "with user groups" => WithUsers(App) with { UserGroupIds = ["team-group"] },
            "upper case name" => WithUsers(App with { UserName = "Orders" }),
            "default" => WithUsers(App with { UserName = "default" }),
            "twice" => WithUsers(App, App),
            "neither on nor off" => WithUsers(App with { AccessString = "~* +@all" }),
            "a password in the rules" => WithUsers(App with { AccessString = "on >secret ~* +@all" }),
            "iam with secrets" => WithUsers(App with { PasswordSecretIds = ["valkey/x"] }),
            "three secrets" => WithUsers(password with { PasswordSecretIds = ["a", "b", "c"] }),
            "a bad secret id" => WithUsers(password with { PasswordSecretIds = ["not a secret!"] }),
            "password version 0" => WithUsers(password with { PasswordVersion = 0 }),
            "two secrets" => WithUsers(password with { PasswordSecretIds = ["valkey/ops-a", "valkey/ops-b"] }),
            _ => WithUsers(App) with { TransitEncryptionMode = TransitEncryptionMode.Preferred },
        };

        var problems = ValkeyCacheRules.Check(props);

        var problem = Assert.Single(problems, p => p.Field == field);
        Assert.Contains(expected, problem.Expected + problem.Received, StringComparison.Ordinal);
    }
}
