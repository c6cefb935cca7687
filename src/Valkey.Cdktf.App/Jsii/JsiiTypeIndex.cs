using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Amazon.JSII.Runtime.Deputy;
using Amazon.JSII.Runtime.Services;

namespace Valkey.Cdktf.App.Jsii;

/// <summary>
/// Spares the jsii .NET runtime its full scan of the AWS provider assembly.
/// <para>
/// To map jsii type names to .NET types, the runtime's TypeCache reflects over every type of
/// every loaded assembly and instantiates each type's jsii attribute. The provider assembly
/// has 47,552 types: about 2 s of a 2.8 s synth, for the handful of types a stack uses. This
/// reads the same attributes' type names from the assembly's metadata (no type is loaded),
/// marks the assembly as scanned in the runtime's cache, and lets the cache resolve a name
/// from that index when it is first asked for.
/// </para>
/// <para>
/// It reaches into private fields of Amazon.JSII.Runtime's TypeCache, as pinned in
/// Directory.Packages.props; when they are not as expected it changes nothing and the
/// runtime scans as before (slower, same result). <c>VALKEY_JSII_FULL_SCAN=1</c> turns it off.
/// </para>
/// </summary>
internal static class JsiiTypeIndex
{
    private const string AttributeNamespace = "Amazon.JSII.Runtime.Deputy";
    // The subclasses of JsiiTypeAttributeBase, the attributes the runtime indexes (JsiiByValue, on
    // struct classes, is not one: the struct's interface carries its name).
    private static readonly ImmutableHashSet<string> TypeAttributes =
        ["JsiiClassAttribute", "JsiiInterfaceAttribute", "JsiiEnumAttribute", "JsiiTypeProxyAttribute"];

    /// <summary>
    /// Installs the index for the assembly of <paramref name="anchor"/>, a jsii class of it at its
    /// package's top level or in a submodule. Returns null when installed, else why not (the
    /// runtime then scans every type, as without the index: slower, same result).
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The runtime's own private members, present in the pinned version.")]
    public static string? TryInstall(Type anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var assembly = anchor.Assembly;
        if (Environment.GetEnvironmentVariable("VALKEY_JSII_FULL_SCAN") == "1") return "turned off by VALKEY_JSII_FULL_SCAN=1";
        if (string.IsNullOrEmpty(assembly.Location)) return $"{assembly.GetName().Name} has no file to read the index from";
        var runtime = typeof(ServiceContainer).Assembly;
        var cacheInterface = runtime.GetType("Amazon.JSII.Runtime.Services.ITypeCache");
        var provider = typeof(ServiceContainer).GetProperty("ServiceProvider", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) as IServiceProvider;
        var cache = cacheInterface is null ? null : provider?.GetService(cacheInterface);
        if (cache is null) return "Amazon.JSII.Runtime has no ITypeCache service where the pinned version has it";
        const BindingFlags instance = BindingFlags.NonPublic | BindingFlags.Instance;
        var cacheType = cache.GetType();
        var assembliesField = cacheType.GetField("_assemblies", instance);
        var typesField = cacheType.GetField("_types", instance);
        var lockField = cacheType.GetField("_lock", instance);
        if (assembliesField?.GetValue(cache) is not ISet<string> scanned
            || typesField?.GetValue(cache) is not IDictionary<string, Type> types
            || lockField?.GetValue(cache) is not { } gate)
        {
            return "Amazon.JSII.Runtime's TypeCache lacks the private fields the pinned version has (_assemblies, _types, _lock)";
        }
        var index = new Lazy<IReadOnlyDictionary<string, string>>(() => Read(assembly.Location));
        lock (gate)
        {
            if (!scanned.Add(assembly.FullName!)) return $"{assembly.GetName().Name} was scanned already";
            typesField.SetValue(cache, new IndexedTypes(types, index, assembly, Roots(anchor)));
            // Assemblies jsii-pacmak did not generate (the framework's, this project's) hold no jsii
            // types; the cache would still reflect over all their types.
            foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies())
            {
                if (!loaded.IsDefined(typeof(JsiiAssemblyAttribute), inherit: false)) scanned.Add(loaded.FullName!);
            }
        }
        return null;
    }

    /// <summary>jsii type name (with <c>$Proxy</c> for proxies, as the runtime keys them) → .NET type name, from metadata.</summary>
    internal static IReadOnlyDictionary<string, string> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var decoder = new StringTypeProvider();
        foreach (var handle in reader.TypeDefinitions)
        {
            var definition = reader.GetTypeDefinition(handle);
            foreach (var attributeHandle in definition.GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(attributeHandle);
                var attributeName = AttributeTypeName(reader, attribute);
                if (attributeName is null) continue;
                var value = attribute.DecodeValue(decoder);
                // The first string argument is the jsii name (the one before it, if any, is the native type).
                var fqn = value.FixedArguments.Where(a => a.Type == nameof(PrimitiveTypeCode.String)).Select(a => a.Value).OfType<string>().FirstOrDefault();
                if (fqn is null) continue;
                if (attributeName == "JsiiTypeProxyAttribute") fqn += "$Proxy";
                names[fqn] = FullName(reader, definition);
            }
        }
        return names;
    }

    private static string? AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference) return null;
        var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference) return null;
        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        var name = reader.GetString(type.Name);
        return reader.GetString(type.Namespace) == AttributeNamespace && TypeAttributes.Contains(name) ? name : null;
    }

    private static string FullName(MetadataReader reader, TypeDefinition definition)
    {
        var name = reader.GetString(definition.Name);
        var declaring = definition.GetDeclaringType();
        if (!declaring.IsNil) return $"{FullName(reader, reader.GetTypeDefinition(declaring))}+{name}";
        var ns = reader.GetString(definition.Namespace);
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }

    /// <summary>The jsii package name and .NET root namespace, from a jsii class and its names.</summary>
    private static (string Package, string Root)? Roots(Type anchor)
    {
        if (DeclaredName(anchor) is not { } fqn || anchor.Namespace is null) return null;
        var jsiiParts = fqn.Split('.');
        var netParts = anchor.Namespace.Split('.');
        var depth = jsiiParts.Length - 2; // the submodule segments between package and type name
        return depth < 0 || netParts.Length <= depth ? null : (jsiiParts[0], string.Join('.', netParts[..^depth]));
    }

    /// <summary>
    /// The jsii name a type's attribute declares (with <c>$Proxy</c> for proxies), read from
    /// the attribute's metadata without running its constructor; null for a non-jsii type.
    /// </summary>
    internal static string? DeclaredName(Type type)
    {
        foreach (var attribute in type.GetCustomAttributesData())
        {
            var name = attribute.AttributeType.Name;
            if (attribute.AttributeType.Namespace != AttributeNamespace || !TypeAttributes.Contains(name)) continue;
            var fqn = attribute.ConstructorArguments.Where(a => a.ArgumentType == typeof(string)).Select(a => a.Value).OfType<string>().FirstOrDefault();
            return fqn is null ? null : name == "JsiiTypeProxyAttribute" ? fqn + "$Proxy" : fqn;
        }
        return null;
    }

    /// <summary>
    /// The runtime's type dictionary, answering for the indexed assembly type by type: first by
    /// jsii-pacmak's naming (<c>pkg.submodule.Name</c> is <c>Root.Submodule.Name</c>, <c>IName</c>
    /// for an interface, <c>NameProxy</c> for a proxy), accepted only when the type's attribute
    /// declares that very name; else from the metadata index, read once on the first such miss.
    /// </summary>
    private sealed class IndexedTypes(
        IDictionary<string, Type> inner, Lazy<IReadOnlyDictionary<string, string>> index, Assembly assembly, (string Package, string Root)? roots)
        : IDictionary<string, Type>
    {
        private Type? Resolve(string fqn)
        {
            if (inner.TryGetValue(fqn, out var known)) return known;
            if (roots is not var (package, _) || !fqn.StartsWith(package + ".", StringComparison.Ordinal)) return null; // another assembly's
            var type = ByConvention(fqn)
                ?? (index.Value.TryGetValue(fqn, out var typeName) ? assembly.GetType(typeName) : null);
            if (type is not null) inner[fqn] = type;
            return type;
        }

        private Type? ByConvention(string fqn)
        {
            var (package, root) = roots!.Value;
            var proxy = fqn.EndsWith("$Proxy", StringComparison.Ordinal);
            var parts = (proxy ? fqn[..^"$Proxy".Length] : fqn)[(package.Length + 1)..].Split('.');
            var ns = string.Join('.', parts[..^1].Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]).Prepend(root));
            var name = parts[^1];
            string[] candidates = proxy ? [$"{ns}.{name}Proxy"] : [$"{ns}.{name}", $"{ns}.I{name}"];
            return candidates.Select(c => assembly.GetType(c)).FirstOrDefault(t => t is not null && DeclaredName(t) == fqn);
        }

        public Type this[string key]
        {
            get => Resolve(key) ?? throw new KeyNotFoundException(key);
            set => inner[key] = value;
        }

        public bool ContainsKey(string key) => Resolve(key) is not null;

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out Type value) => (value = Resolve(key)) is not null;

        public ICollection<string> Keys => [.. inner.Keys.Union(index.Value.Keys)];

        public ICollection<Type> Values => [.. Keys.Select(k => this[k])];

        public int Count => Keys.Count;

        public bool IsReadOnly => false;

        public void Add(string key, Type value) => inner.Add(key, value);

        public void Add(KeyValuePair<string, Type> item) => inner.Add(item);

        public void Clear() => inner.Clear();

        public bool Contains(KeyValuePair<string, Type> item) => Resolve(item.Key) == item.Value;

        public void CopyTo(KeyValuePair<string, Type>[] array, int arrayIndex) =>
            Keys.Select(k => KeyValuePair.Create(k, this[k])).ToArray().CopyTo(array, arrayIndex);

        public bool Remove(string key) => inner.Remove(key);

        public bool Remove(KeyValuePair<string, Type> item) => inner.Remove(item);

        public IEnumerator<KeyValuePair<string, Type>> GetEnumerator() => Keys.Select(k => KeyValuePair.Create(k, this[k])).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Decodes attribute arguments with types as their names: all the index needs.</summary>
    private sealed class StringTypeProvider : ICustomAttributeTypeProvider<string>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeDefinition(handle).Name);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeReference(handle).Name);

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type is "System.Type" or "Type";
    }
}
