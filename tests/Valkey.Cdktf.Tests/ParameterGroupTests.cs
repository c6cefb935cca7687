using System.Text.Json.Nodes;
using Valkey.Cdktf.Tests.Support;
using Valkey.Cdktf.Validation;

namespace Valkey.Cdktf.Tests;

/// <summary><c>parameters</c>: the parameter group the stack makes, and <c>parameter_group_name</c> beside it.</summary>
public sealed class ParameterGroupTests
{
    private const string GroupType = "aws_elasticache_parameter_group";

    private static readonly Dictionary<string, string> Lru = new() { ["maxmemory-policy"] = "allkeys-lru", ["timeout"] = "300" };

    private static ValkeyCacheProps WithParameters(IReadOnlyDictionary<string, string> parameters, string engine = "8.0") =>
        CacheFixtures.RequiredOnly() with { EngineVersion = engine, Parameters = parameters };

    private static JsonObject Group(ValkeyCacheProps props) => CacheFixtures.SynthCache(props).Resource(GroupType, "valkey");

    [Theory]
    [InlineData("8.0", "default.valkey8")]
    [InlineData("8.2", "default.valkey8")]
    [InlineData("7.2", "default.valkey7")]
    public void Without_parameters_the_cache_uses_the_default_group_of_its_engine(string engine, string group)
    {
        var json = CacheFixtures.SynthCache(CacheFixtures.RequiredOnly() with { EngineVersion = engine });

        Assert.Null(json.Resources(GroupType));
        Assert.Equal(group, json.Resource("aws_elasticache_replication_group", "valkey")["parameter_group_name"]!.GetValue<string>());
    }

    [Fact]
    public void Parameters_make_a_group_of_the_engine_family_created_before_the_old_one_goes()
    {
        var json = CacheFixtures.SynthCache(WithParameters(Lru));
        var group = json.Resource(GroupType, "valkey");

        Assert.Equal("valkey8", group["family"]!.GetValue<string>());
        Assert.Matches("^pbet-hml-valkey-valkey8-[0-9a-f]{8}$", group["name"]!.GetValue<string>());
        Assert.True(group["lifecycle"]!["create_before_destroy"]!.GetValue<bool>());
        Assert.Null(group["lifecycle"]!["prevent_destroy"]);
        var parameters = group["parameter"]!.AsArray().Select(p => (p!["name"]!.GetValue<string>(), p["value"]!.GetValue<string>())).ToList();
        Assert.Equal([("maxmemory-policy", "allkeys-lru"), ("timeout", "300")], parameters);
        Assert.Equal("${aws_elasticache_parameter_group.valkey.name}",
            json.Resource("aws_elasticache_replication_group", "valkey")["parameter_group_name"]!.GetValue<string>());
    }

    [Fact]
    public void The_name_follows_the_content_and_the_family_and_not_the_order()
    {
        var name = Group(WithParameters(Lru))["name"]!.GetValue<string>();
        var reordered = Group(WithParameters(new Dictionary<string, string> { ["timeout"] = "300", ["maxmemory-policy"] = "allkeys-lru" }))["name"]!.GetValue<string>();
        var changed = Group(WithParameters(new Dictionary<string, string> { ["maxmemory-policy"] = "allkeys-lfu", ["timeout"] = "300" }))["name"]!.GetValue<string>();
        var older = Group(WithParameters(Lru, engine: "7.2"));

        Assert.Equal(name, reordered);
        Assert.NotEqual(name, changed);
        Assert.Equal("valkey7", older["family"]!.GetValue<string>());
        Assert.StartsWith("pbet-hml-valkey-valkey7-", older["name"]!.GetValue<string>(), StringComparison.Ordinal);
        // The description stays: it forces a replacement (parameter_group.go, ForceNew) and says nothing of the content.
        Assert.Equal(Group(WithParameters(Lru))["description"]!.ToJsonString(), Group(WithParameters(Lru, engine: "7.2"))["description"]!.ToJsonString());
    }

    [Fact]
    public void A_value_is_written_as_a_literal_never_an_expression()
    {
        var group = Group(WithParameters(new Dictionary<string, string> { ["notify-keyspace-events"] = "${file(\"/etc/passwd\")}" }));

        Assert.Equal("$${file(\"/etc/passwd\")}", group["parameter"]![0]!["value"]!.GetValue<string>());
    }

    public static TheoryData<string, string, string> Refused() => new()
    {
        { "unknown name", "parameters.maxmemory-polcy", "such as maxmemory-policy" },
        { "not modifiable", "parameters.cluster-enabled", "cluster-enabled is not one" },
        { "empty value", "parameters.timeout", "as a JSON string" },
        { "bad policy", "parameters.maxmemory-policy", "allkeys-lru" },
        { "both", "parameter_group_name", "never both" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_bad_parameter_is_named_with_what_is_expected(string variant, string field, string expected)
    {
        var props = variant switch
        {
            "unknown name" => WithParameters(new Dictionary<string, string> { ["maxmemory-polcy"] = "allkeys-lru" }),
            "not modifiable" => WithParameters(new Dictionary<string, string> { ["cluster-enabled"] = "yes" }),
            "empty value" => WithParameters(new Dictionary<string, string> { ["timeout"] = "" }),
            "bad policy" => WithParameters(new Dictionary<string, string> { ["maxmemory-policy"] = "lru" }),
            _ => WithParameters(Lru) with { ParameterGroupName = "my-group" },
        };

        var problem = Assert.Single(ValkeyCacheRules.Check(props));

        Assert.Equal(field, problem.Field);
        Assert.Contains(expected, problem.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_valkey8_adds_is_refused_on_valkey7()
    {
        var problem = Assert.Single(ValkeyCacheRules.Check(WithParameters(new Dictionary<string, string> { ["search-fanout-target-mode"] = "client" }, engine: "7.2")));

        Assert.Equal("parameters.search-fanout-target-mode", problem.Field);
        Assert.Contains("valkey7", problem.Expected, StringComparison.Ordinal);
        Assert.Empty(ValkeyCacheRules.Check(WithParameters(new Dictionary<string, string> { ["search-fanout-target-mode"] = "client" }, engine: "8.2")));
    }

    [Theory]
    [InlineData("search-fanout-target-mode", "client", "8.0", "8.2")]
    [InlineData("search-fanout-target-mode", "client", "8.1", "8.2")]
    [InlineData("commandlog-reply-larger-than", "2097152", "8.0", "8.1")]
    [InlineData("commandlog-request-larger-than", "2097152", "8.0", "8.1")]
    public void A_parameter_of_a_later_minor_version_is_refused_before_it(string name, string value, string engine, string since)
    {
        var parameters = new Dictionary<string, string> { [name] = value };

        var problem = Assert.Single(ValkeyCacheRules.Check(WithParameters(parameters, engine)));

        Assert.Equal($"parameters.{name}", problem.Field);
        Assert.Contains(name, problem.Received, StringComparison.Ordinal);
        Assert.StartsWith($"engine_version {since} or later for this parameter", problem.Expected, StringComparison.Ordinal);
        Assert.Empty(ValkeyCacheRules.Check(WithParameters(parameters, since)));
        Assert.Empty(ValkeyCacheRules.Check(WithParameters(parameters, "9.0")));
    }

    [Theory]
    [InlineData("8.1", "commandlog-large-request-max-len")]
    [InlineData("8.1", "commandlog-large-reply-max-len")]
    [InlineData("9.1", "commandlog-reply-larger-than")]
    public void The_command_log_settings_are_accepted_from_8_1(string engine, string name) =>
        Assert.Empty(ValkeyCacheRules.Check(WithParameters(new Dictionary<string, string> { [name] = "64" }, engine)));

    [Theory]
    [InlineData("maxmemory-polcy", "maxmemory-policy")]
    [InlineData("timout", "timeout")]
    [InlineData("lazyfree-lazy-evict", "lazyfree-lazy-eviction")]
    public void The_nearest_known_name_is_suggested(string typed, string nearest) =>
        Assert.Equal(nearest, ValkeyParameters.Nearest("8.0", typed));

    [Fact]
    public void The_nearest_name_is_one_the_engine_version_has()
    {
        Assert.Equal("commandlog-reply-larger-than", ValkeyParameters.Nearest("8.1", "commandlog-reply-larger"));
        Assert.NotEqual("commandlog-reply-larger-than", ValkeyParameters.Nearest("8.0", "commandlog-reply-larger"));
    }

    [Fact]
    public void Each_family_list_holds_each_name_once_in_lower_case()
    {
        foreach (var family in new[] { "valkey7", "valkey8", "valkey9" })
        {
            var names = ValkeyParameters.Modifiable(family);
            Assert.NotEmpty(names);
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
            Assert.All(names, n => Assert.Matches("^[a-z][a-z0-9-]*$", n));
            Assert.DoesNotContain("cluster-enabled", names);
        }
    }
}
