using System.Text.Json.Nodes;

namespace Valkey.Cdktf.App.Tests.Guard;

/// <summary>
/// Every attribute the shipped stacks set is one the AWS provider defines and lets a
/// configuration set (not computed-only), per src/Valkey.Cdktf.App/Guard/aws-provider-schema-subset.json,
/// transcribed from the provider's source.
/// </summary>
public sealed class ProviderSchemaTests(ShippedSynthesis synthesis) : IClassFixture<ShippedSynthesis>
{
    public static TheoryData<string> ShippedEnvironments() => SnapshotTests.ShippedEnvironments();

    [Theory]
    [MemberData(nameof(ShippedEnvironments))]
    public void Every_attribute_is_one_the_provider_defines(string stack)
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepoPaths.SchemaReference))!["resources"]!.AsObject();
        var json = new TerraformJson(synthesis.StackJson(stack));
        var problems = new List<string>();

        foreach (var (type, resources) in json.Root["resource"]!.AsObject())
        {
            var resourceSchema = schema[type];
            if (resourceSchema is null)
            {
                problems.Add($"{type}: not a resource type in the reference");
                continue;
            }
            foreach (var (name, resource) in resources!.AsObject())
            {
                foreach (var (attribute, value) in resource!.AsObject())
                {
                    // CDKTF metadata and Terraform's own meta-arguments are not provider attributes.
                    if (attribute is "//" or "lifecycle" or "depends_on" or "provider" or "count" or "for_each") continue;
                    var definition = resourceSchema["attributes"]?[attribute] ?? resourceSchema["blocks"]?[attribute];
                    if (definition is null)
                    {
                        problems.Add($"{type}.{name}.{attribute}: not defined by the provider");
                        continue;
                    }
                    if (definition["optional"]?.GetValue<bool>() == false && definition["required"]?.GetValue<bool>() == false)
                    {
                        problems.Add($"{type}.{name}.{attribute}: computed only; a configuration cannot set it");
                    }
                    if (definition["object_attributes"] is JsonObject nested && value is JsonArray items)
                    {
                        foreach (var item in items)
                        {
                            problems.AddRange(item!.AsObject().Where(p => nested[p.Key] is null)
                                .Select(p => $"{type}.{name}.{attribute}[].{p.Key}: not defined by the provider"));
                        }
                    }
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
