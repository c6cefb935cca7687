using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.Tools.Documentation;

/// <summary>
/// The library's XML documentation (<c>Valkey.Cdktf.xml</c>, written by the compiler beside the assembly) as Markdown, as
/// terraform-docs reads a variable's <c>description</c>: a setting's <c>summary</c> is its documentation and its
/// <c>value</c> what its default means when the construct computes it. Tags: <c>c</c> is code, <c>see cref</c> to a
/// setting is its snake_case name, to a constant its value, <c>a href</c> a link, <c>b</c> bold.
/// </summary>
internal sealed partial class XmlDocumentation
{
    private readonly Dictionary<string, XElement> _members;

    private XmlDocumentation(XDocument document)
    {
        _members = document.Descendants("member").Where(m => m.Attribute("name") is not null)
            .ToDictionary(m => m.Attribute("name")!.Value, StringComparer.Ordinal);
    }

    /// <summary>The documentation of the assembly of <see cref="ValkeyCacheProps"/>, from the file beside it.</summary>
    /// <exception cref="FileNotFoundException">The file is missing (the library built without <c>GenerateDocumentationFile</c>).</exception>
    public static XmlDocumentation OfLibrary()
    {
        var path = Path.ChangeExtension(typeof(ValkeyCacheProps).Assembly.Location, ".xml");
        if (!File.Exists(path)) throw new FileNotFoundException($"the library's XML documentation is missing: {path} (the library builds it: GenerateDocumentationFile in Directory.Build.props)", path);
        return new XmlDocumentation(XDocument.Load(path, LoadOptions.PreserveWhitespace));
    }

    /// <summary>The <c>summary</c> of <paramref name="property"/>, as one line of Markdown; empty when it has none.</summary>
    public string Summary(PropertyInfo property) => Markdown(Member(property)?.Element("summary"));

    /// <summary>The <c>value</c> of <paramref name="property"/>, as one line of Markdown; null when it has none.</summary>
    public string? Value(PropertyInfo property) => Member(property)?.Element("value") is { } value ? Markdown(value) : null;

    private XElement? Member(PropertyInfo property) =>
        _members.GetValueOrDefault($"P:{property.DeclaringType!.FullName}.{property.Name}");

    [GeneratedRegex(@"\s+")] private static partial Regex Whitespace();

    private static string Markdown(XElement? element)
    {
        if (element is null) return "";
        var text = new StringBuilder();
        foreach (var node in element.Nodes()) Append(text, node);
        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    private static void Append(StringBuilder text, XNode node)
    {
        switch (node)
        {
            case XText t:
                text.Append(t.Value);
                break;
            case XElement { Name.LocalName: "c" } c:
                text.Append('`').Append(c.Value).Append('`');
                break;
            case XElement { Name.LocalName: "b" } b:
                text.Append("**").Append(Markdown(b)).Append("**");
                break;
            case XElement { Name.LocalName: "a" } a:
                text.Append('[').Append(Markdown(a)).Append("](").Append(a.Attribute("href")?.Value).Append(')');
                break;
            case XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word:
                text.Append('`').Append(word.Value).Append('`');
                break;
            case XElement { Name.LocalName: "see" } see when see.Attribute("href") is { } href:
                text.Append('[').Append(see.Value.Length > 0 ? see.Value : href.Value).Append("](").Append(href.Value).Append(')');
                break;
            case XElement { Name.LocalName: "see" } see:
                text.Append(Reference(see.Attribute("cref")?.Value ?? ""));
                break;
            case XElement other:
                foreach (var child in other.Nodes()) Append(text, child);
                break;
        }
    }

    /// <summary>A <c>cref</c>: a setting's property is its name in code, a constant its value as JSON, a type its name.</summary>
    private static string Reference(string cref)
    {
        var member = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var name = member[(member.LastIndexOf('.') + 1)..];
        if (cref.StartsWith("P:", StringComparison.Ordinal) && ValkeyCacheSettings.All.FirstOrDefault(s => s.Property.Name == name) is { } setting)
        {
            return $"`{setting.Name}`";
        }
        if (cref.StartsWith("F:", StringComparison.Ordinal) && typeof(ValkeyCacheProps).GetField(name) is { IsLiteral: true } constant)
        {
            var value = constant.GetRawConstantValue();
            var json = constant.FieldType.IsEnum ? JsonSerializer.Serialize(SettingValues.Of(constant.FieldType, Enum.ToObject(constant.FieldType, value!)))
                : value is double d ? d.ToString(CultureInfo.InvariantCulture) : JsonSerializer.Serialize(value);
            return $"`{json}`";
        }
        return $"`{name}`";
    }
}
