using System.Reflection;
using Amazon.JSII.Runtime.Deputy;

namespace Valkey.Cdktf.App.Tests.Jsii;

/// <summary>
/// The metadata index gives, for every jsii type of the AWS provider assembly, the same .NET
/// type the runtime's own reflection scan finds (the scan it replaces).
/// </summary>
public sealed class JsiiTypeIndexTests
{
    [Fact]
    public void The_index_maps_every_jsii_name_to_the_type_the_runtime_scan_would()
    {
        var assembly = typeof(AwsProvider).Assembly;
        var index = JsiiTypeIndex.Read(assembly.Location);

        // What Amazon.JSII.Runtime's TypeCache.CacheTypes computes, by reflection.
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var attribute = type.GetCustomAttributesData()
                .FirstOrDefault(a => typeof(JsiiTypeAttributeBase).IsAssignableFrom(a.AttributeType));
            if (attribute is null) continue;
            var fqn = (string)attribute.ConstructorArguments.First(a => a.ArgumentType == typeof(string)).Value!;
            if (attribute.AttributeType == typeof(JsiiTypeProxyAttribute)) fqn += "$Proxy";
            expected[fqn] = type.FullName!;
        }

        Assert.True(expected.Count > 20000, $"{expected.Count} jsii types found by reflection");
        Assert.Equal(expected.Count, index.Count);
        var differences = expected.Where(e => !index.TryGetValue(e.Key, out var name) || name != e.Value).Take(10).ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences.Select(d => $"{d.Key}: expected {d.Value}, index {(index.TryGetValue(d.Key, out var n) ? n : "(none)")}")));
    }

    [Fact]
    public void The_pinned_jsii_runtime_has_the_private_members_the_index_relies_on()
    {
        // When Amazon.JSII.Runtime is upgraded and these change, the index quietly does nothing
        // and synthesis is 1 s slower: this test says so instead.
        var runtime = typeof(Amazon.JSII.Runtime.Services.ServiceContainer).Assembly;
        var cache = runtime.GetType("Amazon.JSII.Runtime.Services.TypeCache");
        const BindingFlags instance = BindingFlags.NonPublic | BindingFlags.Instance;

        Assert.NotNull(runtime.GetType("Amazon.JSII.Runtime.Services.ITypeCache"));
        Assert.NotNull(typeof(Amazon.JSII.Runtime.Services.ServiceContainer).GetProperty("ServiceProvider", BindingFlags.NonPublic | BindingFlags.Static));
        Assert.NotNull(cache);
        Assert.True(typeof(ISet<string>).IsAssignableFrom(cache!.GetField("_assemblies", instance)?.FieldType));
        Assert.Equal(typeof(IDictionary<string, Type>), cache.GetField("_types", instance)?.FieldType);
        Assert.NotNull(cache.GetField("_lock", instance));
    }
}
