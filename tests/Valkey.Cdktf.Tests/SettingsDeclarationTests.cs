using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Valkey.Cdktf.Settings;
using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary>
/// The settings' one declaration, the props (<see cref="ValkeyCacheSettings"/> reads them by reflection), against what
/// the reflection makes of it and the rules and README that use it. Forgetting a setting anywhere fails here.
/// </summary>
public sealed partial class SettingsDeclarationTests
{
    private static readonly PropertyInfo[] PropsProperties = typeof(ValkeyCacheProps)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true).OrderBy(p => p.MetadataToken).ToArray();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")] private static partial Regex WordStart();

    private static string Snake(string property) => WordStart().Replace(property, "_$1").ToLowerInvariant();

    [Fact]
    public void Every_property_of_the_props_is_declared_once_under_its_snake_case_name()
    {
        // A public property without [Setting] would be a C#-only input no environment file could set.
        var declared = ValkeyCacheSettings.All.Select(s => s.Property.Name).ToList();
        Assert.Equal(PropsProperties.Select(p => p.Name), declared);
        Assert.All(ValkeyCacheSettings.All, s => Assert.Equal(Snake(s.Property.Name), s.Name));
        Assert.Equal(declared.Count, ValkeyCacheSettings.All.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Required_settings_are_the_props_required_members_and_have_no_default()
    {
        var required = PropsProperties.Where(p => p.GetCustomAttribute<RequiredMemberAttribute>() is not null).Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(required, ValkeyCacheSettings.All.Where(s => s.Required).Select(s => s.Property.Name).Order(StringComparer.Ordinal));
        Assert.Equal(6, required.Count());
    }

    [Fact]
    public void Each_declaration_reads_and_writes_its_own_property_and_no_other()
    {
        var before = CacheFixtures.RequiredOnly();
        foreach (var setting in ValkeyCacheSettings.All)
        {
            var property = setting.Property;
            var sample = setting.AllowedValues.Count > 0 ? setting.AllowedValues[^1] : Sample(setting.Kind, property.GetValue(before));
            var after = setting.ReadFrom(new OneValue(setting.Name, sample), before);
            Assert.Equal(sample, setting.ValueIn(after));
            if (setting.AllowedValues.Count == 0) Assert.Equal(sample, property.GetValue(after));
            foreach (var other in PropsProperties.Where(p => p != property))
            {
                Assert.True(Equals(other.GetValue(before), other.GetValue(after)), $"{setting.Name} changed {other.Name}");
            }
            Assert.Same(before, setting.ReadFrom(new OneValue("(none)", sample), before));
        }
    }

    [Fact]
    public void Every_field_a_rule_names_is_a_declared_setting()
    {
        var names = ValkeyCacheSettings.All.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        // "(strings)": the rule over every string setting; the others are declared settings.
        var unknown = ValkeyCacheRules.Table.Fields.Where(f => f != "(strings)" && !names.Contains(f)).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void The_readme_lists_every_setting_in_its_group_table()
    {
        // The tables' exact text (with what a change does, derived from the provider's schema) is the App's: DocsTests.
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        foreach (var setting in ValkeyCacheSettings.All) Assert.Contains($"| `{setting.Name}` |", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_settings_read_only_their_spellings_and_write_them_back()
    {
        var strategy = ValkeyCacheSettings.Named("auth_token_update_strategy")!;
        Assert.Equal(["SET", "ROTATE", "DELETE"], strategy.AllowedValues);
        Assert.Equal(["preferred", "required"], ValkeyCacheSettings.Named("transit_encryption_mode")!.AllowedValues);
        var read = strategy.ReadFrom(new OneValue(strategy.Name, "ROTATE"), CacheFixtures.RequiredOnly());
        Assert.Equal(AuthTokenUpdateStrategy.Rotate, read.AuthTokenUpdateStrategy);
        Assert.Equal("ROTATE", strategy.ValueIn(read));
    }

    [Fact]
    public void A_setting_is_named_by_its_property_and_a_non_setting_expression_is_refused()
    {
        Assert.Equal("log_kms_key_id", ValkeyCacheSettings.NameOf(p => p.LogKmsKeyId));
        Assert.Equal("num_cache_nodes", ValkeyCacheSettings.NameOf<object?>(p => p.NumCacheNodes));
        Assert.Throws<ArgumentException>(() => ValkeyCacheSettings.NameOf(p => p.Port + 1));
    }

    private static object Sample(SettingKind kind, object? current) => kind switch
    {
        SettingKind.String => "sample-value",
        SettingKind.Integer => 4242,
        SettingKind.Number => 42.5,
        SettingKind.Boolean => current is not true,
        SettingKind.StringList => new List<string> { "sample" },
        SettingKind.UserList => new List<ValkeyUser> { new() { UserName = "sample" } },
        SettingKind.Serverless => new ValkeyServerless { MaxDataStorageGb = 42 },
        _ => new Dictionary<string, string> { ["Sample"] = "value" },
    };

    /// <summary>A source holding one value, under one name.</summary>
    private sealed class OneValue(string name, object value) : ISettingSource
    {
        private T? Get<T>(string asked) where T : class => asked == name ? (T)value : null;
        private T? GetValue<T>(string asked) where T : struct => asked == name ? (T)value : null;
        public string? String(string n, bool required) => Get<string>(n);
        public string? OneOf(string n, bool required, IReadOnlyList<string> allowed) => Get<string>(n) is { } s && allowed.Contains(s) ? s : null;
        public int? Integer(string n, bool required) => GetValue<int>(n);
        public double? Number(string n, bool required) => GetValue<double>(n);
        public bool? Boolean(string n, bool required) => GetValue<bool>(n);
        public IReadOnlyList<string>? StringList(string n, bool required) => Get<IReadOnlyList<string>>(n);
        public IReadOnlyDictionary<string, string>? StringMap(string n, bool required) => Get<IReadOnlyDictionary<string, string>>(n);
        public IReadOnlyList<ValkeyUser>? Users(string n, bool required) => Get<IReadOnlyList<ValkeyUser>>(n);
        public ValkeyServerless? Serverless(string n, bool required) => Get<ValkeyServerless>(n);
    }
}
