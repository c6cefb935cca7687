using System.Text.RegularExpressions;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>
/// The guard's schema file (src/Valkey.Cdktf.Tools/Changes/aws-provider-schema.json): every attribute
/// the shipped stacks set is one the pinned provider lets a configuration set; its attribute sets
/// are the C# bindings' (node_modules/@cdktf/provider-aws, generated for 6.25.0).
/// </summary>
public sealed partial class ProviderSchemaTests(ShippedSynthesis synthesis) : IClassFixture<ShippedSynthesis>
{
    private static readonly ProviderSchema Schema = ProviderSchema.Embedded();

    [Theory]
    [MemberData(nameof(SnapshotTests.ShippedEnvironments), MemberType = typeof(SnapshotTests))]
    public void Every_attribute_a_shipped_stack_sets_is_configurable_in_the_pinned_provider(string stack)
    {
        var json = new TerraformJson(synthesis.StackJson(stack));
        var problems = new List<string>();
        foreach (var (type, resources) in json.Root["resource"]!.AsObject())
        {
            var configurable = Schema.Configurable(type);
            if (configurable.Count == 0) problems.Add($"{type}: not a resource type in the schema file");
            foreach (var (name, resource) in resources!.AsObject())
            {
                foreach (var (attribute, _) in resource!.AsObject())
                {
                    // CDKTF metadata and Terraform's own meta-arguments are not provider attributes.
                    if (attribute is "//" or "lifecycle" or "depends_on" or "provider" or "count" or "for_each") continue;
                    if (!configurable.Contains(attribute)) problems.Add($"{type}.{name}.{attribute}: not an argument of the pinned provider");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [GeneratedRegex(@"^\s+([a-z_0-9]+): ", RegexOptions.Multiline)]
    private static partial Regex AttributeLine();

    [Fact]
    public void The_attribute_sets_are_the_bindings()
    {
        var problems = new List<string>();
        foreach (var type in Schema.Types)
        {
            // lib/<type without aws_, dashed>/index.js: synthesizeAttributes() writes every argument under its Terraform name.
            var folder = type["aws_".Length..].Replace('_', '-');
#if CDKTN
            var js = File.ReadAllText(Path.Combine(RepoPaths.Root, "toolchains", "cdktn", "node_modules", "@cdktn", "provider-aws", "lib", folder, "index.js"));
#else
            var js = File.ReadAllText(Path.Combine(RepoPaths.Root, "node_modules", "@cdktf", "provider-aws", "lib", folder, "index.js"));
#endif
            var start = js.IndexOf("synthesizeAttributes()", StringComparison.Ordinal);
            var body = js[start..js.IndexOf("synthesizeHclAttributes()", start, StringComparison.Ordinal)];
            var bindings = AttributeLine().Matches(body).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();
            var file = Schema.Configurable(type).Order(StringComparer.Ordinal).ToList();
            if (!bindings.SequenceEqual(file))
            {
                problems.Add($"{type}: bindings only {string.Join(", ", bindings.Except(file))}; file only {string.Join(", ", file.Except(bindings))}");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
