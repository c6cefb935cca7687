using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary>What the construct writes so that AWS accepts a deploy at apply, not only at plan (issue 16).</summary>
public sealed class ApplyTimeSettingsTests
{
    private static ValkeyCacheProps Hml => CacheFixtures.RequiredOnly();

    [Fact]
    public void The_security_group_has_no_egress_written_explicitly()
    {
        var sg = CacheFixtures.SynthCache(Hml).Resource("aws_security_group", "valkey");

        Assert.Empty(sg["egress"]!.AsArray());
    }

    [Theory]
    [InlineData(false, null, null)]
    [InlineData(true, null, "required")]
    [InlineData(true, TransitEncryptionMode.Preferred, "preferred")]
    [InlineData(true, TransitEncryptionMode.Required, "required")]
    public void The_transit_encryption_mode_is_written_with_TLS_only(bool tls, TransitEncryptionMode? mode, string? written)
    {
        var rg = CacheFixtures.SynthCache(Hml with { TransitEncryptionEnabled = tls, TransitEncryptionMode = mode }).Resource("aws_elasticache_replication_group", "valkey");

        Assert.Equal(written, rg["transit_encryption_mode"]?.GetValue<string>());
    }

    [Fact]
    public void A_token_is_checked_at_plan_time_against_what_ElastiCache_accepts()
    {
        var json = CacheFixtures.SynthCache(Hml with { TransitEncryptionEnabled = true, AuthTokenSecretId = "valkey/hml/auth" });
#if CDKTN
        // An ephemeral value may not go into a precondition (docs/cdk-terrain.md): ElastiCache checks the token at apply.
        Assert.Null(json.Resource("aws_elasticache_replication_group", "valkey")["lifecycle"]?["precondition"]);
#else

        var precondition = Assert.Single(json.Resource("aws_elasticache_replication_group", "valkey")["lifecycle"]!["precondition"]!.AsArray())!;
        Assert.Equal("${can(regex(\"^[A-Za-z0-9!&#$^<>-]{16,128}$\", data.aws_secretsmanager_secret_version.valkey_auth_token.secret_string))}",
            precondition["condition"]!.GetValue<string>());
        Assert.Contains("valkey/hml/auth", precondition["error_message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(CacheFixtures.SynthCache(Hml).Resource("aws_elasticache_replication_group", "valkey")["lifecycle"]!["precondition"]);
#endif
    }

    [Theory]
    [InlineData("RehearsalTokenNotASecret00000000", true)]
    [InlineData("short-token", false)]
    [InlineData("{\"token\":\"abcdefghijklmnopqrstuvwxyz\"}", false)]
    [InlineData("abcdefghijklmnop!&#$^<>-", true)]
    [InlineData("abcdefghijklmnop@/%", false)]
    public void The_token_pattern_is_the_AUTH_pages(string token, bool accepted) =>
        Assert.Equal(accepted, System.Text.RegularExpressions.Regex.IsMatch(token, Identifiers.AuthTokenPattern));

    [Theory]
    [InlineData("Équipe Données", "dados:cache/v1 + x=y @ z_w-v.")]
    public void Tags_of_letters_digits_spaces_and_the_allowed_symbols_are_accepted(string key, string value) =>
        Assert.Empty(ValkeyCacheRules.Check(Hml with { Tags = new Dictionary<string, string> { [key] = value } }));

    [Theory]
    [InlineData("Owner", "${team}")]
    [InlineData("Owner", "a{b}")]
    [InlineData("Cost", "100%")]
    [InlineData("Owner", "a\u0000b")]
    [InlineData("Own\u202Eer", "x")]
    [InlineData("Owner", "tab\there")]
    public void Tags_with_characters_ElastiCache_refuses_are_refused(string key, string value)
    {
        var problem = Assert.Single(ValkeyCacheRules.Check(Hml with { Tags = new Dictionary<string, string> { [key] = value } }));

        Assert.Equal($"tags.{key}", problem.Field);
        Assert.Contains("what ElastiCache accepts in tags", problem.Expected, StringComparison.Ordinal);
    }
}
