using Valkey.Cdktf.Tools.Changes;
using Valkey.Cdktf.Tools.Documentation;
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
    [InlineData("node_type", "in place; adds or removes the alarms")]
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
        // 8.0 to 8.1 keeps the parameter group; 8.1 to 7.2 makes one of the new family (named after it).
        Assert.Equal([("aws_elasticache_parameter_group", (IReadOnlyList<string>)["family", "name"])], effect.MayReplace.Select(m => (m.Type, m.Attributes)).ToList(), new MayReplaceComparer());
        Assert.Contains(effect.Conditions, c => c.Contains("`engine_version`: a downgrade replaces", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_attribute_a_setting_reaches_is_one_the_provider_lets_a_configuration_set()
    {
        // The computed file holds only what a synthesis wrote; an attribute the schema lacks would derive "in place" silently.
        var attributes = SettingAttributes.Embedded();
        var unknown = ValkeyCacheSettings.All
            .SelectMany(s => attributes.Of(s).SelectMany(step => step.Changes).Select(a => (s.Name, a.Type, a.Attribute)))
            .Where(a => !Schema.Configurable(a.Type).Contains(a.Attribute))
            .Select(a => $"{a.Name}: {a.Type}.{a.Attribute}")
            .ToList();
        Assert.True(unknown.Count == 0, string.Join("\n", unknown));
        Assert.All(ValkeyCacheSettings.All.Where(s => s.Name != "prevent_destroy"), s => Assert.NotEmpty(attributes.Of(s)));
    }

    [Fact]
    public void The_setting_attributes_file_is_what_synthesizing_the_examples_gives()
    {
#if CDKTN
        // The file is the default toolchain's; CDK Terrain's stacks differ only in the token's write-only form
        // (docs/cdk-terrain.md): auth_token_wo where CDKTF writes auth_token, and auth_token_wo_version beside it.
        static TerraformAttribute Mapped(TerraformAttribute a) => a.Attribute == "auth_token_wo" ? a with { Attribute = "auth_token" } : a;
        var attributes = DocsCommand.Compute(Schema);
        var computed = new SettingAttributes(attributes.Steps.ToDictionary(p => p.Key, p => (IReadOnlyList<SettingStep>)[.. p.Value.Select(step => new SettingStep(
            [.. step.Changes.Where(a => a.Attribute != "auth_token_wo_version").Select(Mapped)
                .OrderBy(a => $"{a.Type}.{a.Attribute}", StringComparer.Ordinal)], step.Adds))], StringComparer.Ordinal)).ToJson();
#else
        var computed = DocsCommand.Compute(Schema).ToJson();
#endif
        var file = File.ReadAllText(Path.Combine(RepoPaths.Root, SettingAttributes.RepositoryPath));
        Assert.True(computed == file, $"{SettingAttributes.RepositoryPath} is stale; run ./build.sh docs\n" + TextDiff.Unified(file, computed, "file", "computed"));
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
    [InlineData("aws_elasticache_parameter_group", "family", "engine_version")]
    [InlineData("aws_cloudwatch_log_group", "kms_key_id", "log_kms_key_id")]
    public void A_replacing_attribute_leads_back_to_its_setting(string type, string attribute, string setting) =>
        Assert.Equal(setting, SettingAttributes.Embedded().WriterOf(type, attribute)?.Name);

    [Fact]
    public void An_attribute_no_setting_writes_leads_nowhere() =>
        Assert.Null(SettingAttributes.Embedded().WriterOf(ResourceAddresses.ReplicationGroupType, "engine_version_actual"));

    [Fact]
    public void The_readme_variable_tables_are_generated_from_the_declarations_and_the_schema()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var generated = DocsCommand.GenerateReadme(readme, Schema, SettingAttributes.Embedded());
        Assert.True(generated == readme, "README.md's generated tables differ from the settings' declarations or the provider's schema; run ./build.sh docs\n"
            + TextDiff.Unified(readme, generated, "README.md", "generated"));
    }

    [Fact]
    public void Each_default_is_written_once_and_a_computed_one_is_explained()
    {
        // A summary says what a setting does; its default comes from the props' initial value or its <value> (XmlDocumentation).
        var docs = XmlDocumentation.OfLibrary();
        var props = SettingsDocumentation.NewProps();
        foreach (var setting in ValkeyCacheSettings.All)
        {
            Assert.DoesNotContain("Omitted:", docs.Summary(setting.Property), StringComparison.Ordinal);
            Assert.NotEqual("", docs.Summary(setting.Property));
            if (!setting.Required && setting.ValueIn(props) is null) Assert.NotNull(docs.Value(setting.Property));
        }
        Assert.Equal("`2` without `num_node_groups`", SettingsDocumentation.Default(ValkeyCacheSettings.Named("num_cache_nodes")!, docs));
        Assert.Equal("`\"cache.t3.micro\"`", SettingsDocumentation.Default(ValkeyCacheSettings.Named("node_type")!, docs));
        Assert.Equal("`\"required\"` with TLS on; none with it off", SettingsDocumentation.Default(ValkeyCacheSettings.Named("transit_encryption_mode")!, docs));
    }

    [Fact]
    public void A_readme_without_a_groups_markers_is_refused_with_the_marker_it_lacks()
    {
        var e = Assert.Throws<FormatException>(() => SettingsDocumentation.Rewrite("# README\n", _ => "", XmlDocumentation.OfLibrary()));
        Assert.Contains("Module", e.Message, StringComparison.Ordinal);
    }

    private sealed class MayReplaceComparer : IEqualityComparer<(string Type, IReadOnlyList<string> Attributes)>
    {
        public bool Equals((string Type, IReadOnlyList<string> Attributes) x, (string Type, IReadOnlyList<string> Attributes) y) =>
            x.Type == y.Type && x.Attributes.SequenceEqual(y.Attributes);

        public int GetHashCode((string Type, IReadOnlyList<string> Attributes) obj) => obj.Type.GetHashCode(StringComparison.Ordinal);
    }
}
