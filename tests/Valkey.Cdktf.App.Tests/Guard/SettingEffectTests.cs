using Valkey.Cdktf.App.Changes;
using Valkey.Cdktf.App.Documentation;
using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>
/// What a change of each setting does, derived from the provider's schema the judge uses (<see cref="SettingEffect"/>),
/// and the README's variable tables generated from it. The rehearsal checks the same derivation against the real plan.
/// </summary>
public sealed class SettingEffectTests
{
    private static readonly ProviderSchema Schema = ProviderSchema.Embedded();

    private static SettingEffect Of(string name) => SettingEffect.Of(ValkeyCacheSettings.Named(name)!, Schema);

    [Theory]
    [InlineData("port")]
    [InlineData("at_rest_encryption_enabled")]
    [InlineData("kms_key_id")]
    [InlineData("snapshot_name")]
    [InlineData("prefix")]
    [InlineData("environment")]
    [InlineData("replication_group_id")]
    [InlineData("subnet_group_name")]
    public void Settings_whose_change_replaces_the_cache_are_said_to_lose_data(string name)
    {
        Assert.Contains(ResourceAddresses.ReplicationGroupType, Of(name).LosingData(Schema));
        Assert.StartsWith("**replaces the cache", Of(name).Describe(Schema), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("project_name")]
    [InlineData("vpc_id")]
    [InlineData("security_group_name")]
    [InlineData("security_group_description")]
    public void A_change_that_replaces_only_the_security_group_names_the_rule_that_refuses_it(string name)
    {
        Assert.Equal([ResourceAddresses.SecurityGroupType], Of(name).Replaced);
        Assert.Empty(Of(name).LosingData(Schema));
        Assert.Contains("APPLY-SG-IN-USE", Of(name).Describe(Schema), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("node_type", "in place")]
    [InlineData("tags", "in place")]
    [InlineData("maintenance_window", "in place")]
    [InlineData("alarm_memory_percent", "in place")]
    [InlineData("prevent_destroy", "Terraform's behaviour only (no attribute of AWS)")]
    public void Other_changes_are_in_place_or_terraforms_only(string name, string expected) =>
        Assert.Equal(expected, Of(name).Describe(Schema));

    [Fact]
    public void An_engine_version_change_is_in_place_but_a_downgrade_and_a_new_family_are_said()
    {
        var effect = Of("engine_version");

        Assert.Empty(effect.Replaced);
        Assert.Equal([("aws_elasticache_parameter_group", (IReadOnlyList<string>)["family"])], effect.MayReplace.Select(m => (m.Type, m.Attributes)).ToList(), new MayReplaceComparer());
        Assert.Contains(effect.Conditions, c => c.Contains("`engine_version`: a downgrade replaces", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_attribute_a_setting_reaches_is_one_the_provider_lets_a_configuration_set()
    {
        // A misspelt attribute would derive "in place" silently: each must be in the schema's configurable list.
        var unknown = ValkeyCacheSettings.All
            .SelectMany(s => s.Writes.Concat(s.Names).Concat(s.Derived).Select(a => (s.Name, a.Type, a.Attribute)))
            .Where(a => !Schema.Configurable(a.Type).Contains(a.Attribute))
            .Select(a => $"{a.Name}: {a.Type}.{a.Attribute}")
            .ToList();
        Assert.True(unknown.Count == 0, string.Join("\n", unknown));
    }

    [Fact]
    public void The_readme_variable_tables_are_generated_from_the_declarations_and_the_schema()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var generated = DocsCommand.Generate(readme);
        Assert.True(generated == readme, "README.md's generated tables differ from the settings' declarations, the provider's schema or the apply rules; run ./build.sh docs\n"
            + TextDiff.Unified(readme, generated, "README.md", "generated"));
    }

    private sealed class MayReplaceComparer : IEqualityComparer<(string Type, IReadOnlyList<string> Attributes)>
    {
        public bool Equals((string Type, IReadOnlyList<string> Attributes) x, (string Type, IReadOnlyList<string> Attributes) y) =>
            x.Type == y.Type && x.Attributes.SequenceEqual(y.Attributes);

        public int GetHashCode((string Type, IReadOnlyList<string> Attributes) obj) => obj.Type.GetHashCode(StringComparison.Ordinal);
    }
}
