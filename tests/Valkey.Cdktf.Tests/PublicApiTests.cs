using System.Reflection;
using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary>
/// The library's public API, pinned: every public type and member, compared on every run with
/// <c>PublicApi.approved.txt</c>. Widening (or narrowing) it is a visible decision: on a
/// difference the test fails, writes <c>PublicApi.received.txt</c> beside the approved file,
/// and the change is approved by copying it over.
/// </summary>
public sealed class PublicApiTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Valkey.Cdktf.Tests");

    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        var received = string.Join('\n', Describe(typeof(ValkeyCache).Assembly)) + "\n";
        var approvedPath = Path.Combine(Folder, "PublicApi.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";
        var receivedPath = Path.Combine(Folder, "PublicApi.received.txt");
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received);
        Assert.Fail("The library's public API changed:" + Environment.NewLine +
            TextDiff.Unified(approved, received, "PublicApi.approved.txt", "PublicApi.received.txt") + Environment.NewLine +
            $"If that is intended, approve it: cp {receivedPath} {approvedPath}");
    }

    [Fact]
    public void The_library_references_no_jsii_runtime_internals_and_does_no_io()
    {
        var assembly = typeof(ValkeyCache).Assembly;
        var referenced = assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("System.Console", referenced);
        Assert.DoesNotContain("Amazon.JSII.Runtime", referenced);
        Assert.DoesNotContain(assembly.GetTypes(), t => t.Namespace?.Contains("Jsii", StringComparison.Ordinal) == true);
    }

    /// <summary>One line per public type and member, sorted.</summary>
    internal static IEnumerable<string> Describe(Assembly assembly)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var kind = type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsInterface ? "interface"
                : type.IsAbstract && type.IsSealed ? "static class" : type.GetMethod("<Clone>$") is not null ? "record" : "class";
            var baseType = type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) ? $" : {Name(b)}" : "";
            yield return $"{kind} {Name(type)}{baseType}";
            var members = new List<string>();
            foreach (var member in type.GetMembers(declared))
            {
                var line = member switch
                {
                    ConstructorInfo c => $"ctor({Parameters(c)})",
                    MethodInfo m when m.IsSpecialName || m.Name.StartsWith('<') => null,
                    MethodInfo m => $"{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}({Parameters(m)})",
                    PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : "")}{(p.SetMethod?.IsPublic == true ? (IsInitOnly(p) ? "init; " : "set; ") : "")}}}",
                    FieldInfo f when type.IsEnum && f.IsStatic => $"{f.Name}",
                    FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}",
                    _ => null,
                };
                if (line is not null) members.Add("  " + line);
            }
            foreach (var line in members.Order(StringComparer.Ordinal)) yield return line;
        }
    }

    private static bool IsInitOnly(PropertyInfo p) =>
        p.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type type)
    {
        if (type.IsGenericParameter) return type.Name;
        if (!type.IsGenericType) return type.FullName ?? type.Name;
        var definition = type.GetGenericTypeDefinition().FullName!;
        return $"{definition[..definition.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
