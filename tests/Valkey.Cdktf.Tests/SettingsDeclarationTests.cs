using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Valkey.Cdktf.Settings;
using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary>
/// The settings' declarations (<see cref="ValkeyCacheSettings"/>) against what they declare: the props,
/// the rules, the README and the provider's replacing attributes. Forgetting a setting anywhere fails here.
/// </summary>
public sealed partial class SettingsDeclarationTests
{
    private static readonly PropertyInfo[] PropsProperties = typeof(ValkeyCacheProps)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true).ToArray();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")] private static partial Regex WordStart();

    private static string Snake(string property) => WordStart().Replace(property, "_$1").ToLowerInvariant();

    [Fact]
    public void Every_property_of_the_props_is_declared_once_under_its_snake_case_name()
    {
        var declared = ValkeyCacheSettings.All.Select(s => s.Property).ToList();
        Assert.Equal(declared.Count, declared.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(PropsProperties.Select(p => p.Name).Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
        Assert.All(ValkeyCacheSettings.All, s => Assert.Equal(Snake(s.Property), s.Name));
    }

    [Fact]
    public void Required_settings_are_the_props_required_members_and_have_no_default()
    {
        var required = PropsProperties.Where(p => p.GetCustomAttribute<RequiredMemberAttribute>() is not null).Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(required, ValkeyCacheSettings.All.Where(s => s.Required).Select(s => s.Property).Order(StringComparer.Ordinal));
        Assert.All(ValkeyCacheSettings.All, s => Assert.Equal(s.Required, s.Default.Length == 0));
    }

    [Fact]
    public void Each_declaration_reads_and_writes_its_own_property_and_no_other()
    {
        var before = CacheFixtures.RequiredOnly();
        foreach (var setting in ValkeyCacheSettings.All)
        {
            var property = PropsProperties.Single(p => p.Name == setting.Property);
            var sample = Sample(setting.Kind, property.GetValue(before));
            var after = setting.ReadFrom(new OneValue(setting.Name, sample), before);
            Assert.Equal(sample, property.GetValue(after));
            Assert.Equal(sample, setting.ValueIn(after));
            foreach (var other in PropsProperties.Where(p => p != property))
            {
                Assert.True(Equals(other.GetValue(before), other.GetValue(after)), $"{setting.Name} changed {other.Name}");
            }
            Assert.Same(before, setting.ReadFrom(new OneValue("(none)", sample), before));
        }
    }

    [Fact]
    public void A_literal_default_in_the_documentation_is_the_props_default()
    {
        var defaults = CacheFixtures.RequiredOnly();
        var checkedCount = 0;
        foreach (var setting in ValkeyCacheSettings.All.Where(s => s.Default.StartsWith('`')))
        {
            var close = setting.Default.IndexOf('`', 1);
            var literal = setting.Default[1..close];
            // A default with a condition after it ("`\"required\"` with TLS on") is not the props' default alone.
            if (setting.Default[(close + 1)..] is { Length: > 0 } rest && !rest.StartsWith(';')) continue;
            JsonElement documented;
            try
            {
                documented = JsonDocument.Parse(literal).RootElement;
            }
            catch (JsonException)
            {
                continue; // a pattern such as {prefix}-{environment}-valkey, not a value
            }
            checkedCount++;
            Assert.True(JsonElement.DeepEquals(documented, JsonSerializer.SerializeToElement(setting.ValueIn(defaults))),
                $"{setting.Name}: documented {literal}, props default {JsonSerializer.Serialize(setting.ValueIn(defaults))}");
        }
        Assert.True(checkedCount >= 20, $"only {checkedCount} literal defaults checked");
    }

    [Fact]
    public void Every_field_a_rule_names_is_a_declared_setting()
    {
        var names = ValkeyCacheSettings.All.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        // "(strings)": the rule over every string setting; the others are declared settings.
        var unknown = ValkeyCacheRules.Table.Fields.Where(f => f != "(strings)" && !names.Contains(f)).ToList();
        Assert.Empty(unknown);
    }

    [Theory]
    // The replacing attributes of the provider's resources (ForceNew in its schemas), each back to the setting to set.
    [InlineData(ResourceAddresses.ReplicationGroupType, "replication_group_id", "replication_group_id")]
    [InlineData(ResourceAddresses.ReplicationGroupType, "port", "port")]
    [InlineData(ResourceAddresses.ReplicationGroupType, "at_rest_encryption_enabled", "at_rest_encryption_enabled")]
    [InlineData(ResourceAddresses.ReplicationGroupType, "subnet_group_name", "subnet_group_name")]
    [InlineData(ResourceAddresses.ReplicationGroupType, "kms_key_id", "kms_key_id")]
    [InlineData(ResourceAddresses.ReplicationGroupType, "snapshot_name", "snapshot_name")]
    [InlineData(ResourceAddresses.ReplicationGroupType, "engine", "engine_version")]
    [InlineData(ResourceAddresses.ReplicationGroupType, "engine_version", "engine_version")]
    [InlineData(ResourceAddresses.SubnetGroupType, "name", "subnet_group_name")]
    [InlineData(ResourceAddresses.SecurityGroupType, "name", "security_group_name")]
    [InlineData(ResourceAddresses.SecurityGroupType, "description", "security_group_description")]
    [InlineData(ResourceAddresses.SecurityGroupType, "vpc_id", "vpc_id")]
    [InlineData("aws_cloudwatch_log_group", "name", "replication_group_id")]
    [InlineData(ResourceAddresses.SecurityGroupType, "ingress.0.from_port", "ecs_security_group_id")]
    [InlineData("aws_elasticache_parameter_group", "name", "parameters")]
    [InlineData("aws_elasticache_parameter_group", "description", "parameters")]
    [InlineData("aws_elasticache_parameter_group", "family", "engine_version")]
    public void A_replacing_attribute_leads_back_to_its_setting(string type, string attribute, string setting) =>
        Assert.Equal(setting, ValkeyCacheSettings.WriterOf(type, attribute)?.Name);

    [Fact]
    public void An_attribute_no_setting_writes_leads_nowhere() =>
        Assert.Null(ValkeyCacheSettings.WriterOf(ResourceAddresses.ReplicationGroupType, "engine_version_actual"));

    [Fact]
    public void The_readme_lists_every_setting_in_its_group_table()
    {
        // The tables' exact text (with what a change does, derived from the provider's schema) is the App's: DocsTests.
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        foreach (var setting in ValkeyCacheSettings.All) Assert.Contains($"| `{setting.Name}` |", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void A_readme_without_a_groups_markers_is_refused_with_the_marker_it_lacks()
    {
        var e = Assert.Throws<FormatException>(() => SettingsDocumentation.Rewrite("# README\n", _ => ""));
        Assert.Contains("Module", e.Message, StringComparison.Ordinal);
    }

    private static object Sample(SettingKind kind, object? current) => kind switch
    {
        SettingKind.String => "sample-value",
        SettingKind.Integer => 4242,
        SettingKind.Number => 42.5,
        SettingKind.Boolean => current is not true,
        SettingKind.StringList => new List<string> { "sample" },
        SettingKind.UserList => new List<ValkeyUser> { new() { UserName = "sample" } },
        _ => new Dictionary<string, string> { ["Sample"] = "value" },
    };

    /// <summary>A source holding one value, under one name.</summary>
    private sealed class OneValue(string name, object value) : ISettingSource
    {
        private T? Get<T>(string asked) where T : class => asked == name ? (T)value : null;
        private T? GetValue<T>(string asked) where T : struct => asked == name ? (T)value : null;
        public string? String(string n, bool required) => Get<string>(n);
        public int? Integer(string n, bool required) => GetValue<int>(n);
        public double? Number(string n, bool required) => GetValue<double>(n);
        public bool? Boolean(string n, bool required) => GetValue<bool>(n);
        public IReadOnlyList<string>? StringList(string n, bool required) => Get<IReadOnlyList<string>>(n);
        public IReadOnlyDictionary<string, string>? StringMap(string n, bool required) => Get<IReadOnlyDictionary<string, string>>(n);
        public IReadOnlyList<ValkeyUser>? Users(string n, bool required) => Get<IReadOnlyList<ValkeyUser>>(n);
    }
}
