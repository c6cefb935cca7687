using System.Text.Json;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tests.Support;

/// <summary>
/// A synthesized stack, with assertions that say what differed. CDKTF's C#
/// <c>Testing.ToHaveResourceWithProperties</c> answers only true or false; these call it
/// and, when it says false, report each expected property beside what the stack has.
/// </summary>
internal sealed class TerraformJson
{
    public TerraformJson(string json)
    {
        Text = json;
        Root = JsonNode.Parse(json)!.AsObject();
    }

    public string Text { get; }

    public JsonObject Root { get; }

    public JsonObject? Resources(string type) => Root["resource"]?[type]?.AsObject();

    /// <summary>The one resource of <paramref name="type"/> named <paramref name="name"/>; fails listing what exists.</summary>
    public JsonObject Resource(string type, string name)
    {
        var all = Root["resource"]?.AsObject();
        var found = all?[type]?[name];
        Assert.True(found is not null,
            $"no resource {type}.{name}; the stack has: {string.Join(", ", Addresses())}");
        return found!.AsObject();
    }

    public IEnumerable<string> Addresses() =>
        (Root["resource"]?.AsObject() ?? []).SelectMany(t => t.Value!.AsObject().Select(r => $"{t.Key}.{r.Key}"));

    public JsonObject Outputs => Root["output"]?.AsObject() ?? [];

    /// <summary>
    /// Asserts a resource of <paramref name="type"/> has <paramref name="expected"/> (a partial
    /// match, as CDKTF's matcher does). On failure the message lists, per resource of that
    /// type, each expected key whose value differs: expected, then actual.
    /// </summary>
    public void AssertResourceWithProperties(string type, IDictionary<string, object> expected)
    {
        if (Testing.ToHaveResourceWithProperties(Text, type, expected)) return;
        var lines = new List<string> { $"no {type} has all the expected properties." };
        var resources = Resources(type);
        if (resources is null || resources.Count == 0)
        {
            lines.Add($"  the stack has no {type}; it has: {string.Join(", ", Addresses())}");
        }
        foreach (var (name, resource) in resources ?? [])
        {
            foreach (var (key, value) in expected)
            {
                var want = JsonSerializer.Serialize(value);
                var have = resource?[key]?.ToJsonString() ?? "(absent)";
                if (!JsonEquivalent(want, have)) lines.Add($"  {type}.{name}.{key}: expected {want}, actual {have}");
            }
        }
        Assert.Fail(string.Join(Environment.NewLine, lines));
    }

    private static bool JsonEquivalent(string a, string b) =>
        JsonNode.DeepEquals(JsonNode.Parse(a), b == "(absent)" ? null : JsonNode.Parse(b));
}
