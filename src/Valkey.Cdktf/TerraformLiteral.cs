using System.Text;

namespace Valkey.Cdktf;

/// <summary>
/// Terraform's template escapes. In Terraform's JSON syntax every string a resource, provider,
/// output or import block holds is a template: <c>${…}</c> is an interpolation and <c>%{…}</c>
/// a directive, evaluated at plan time (<c>${file("~/.aws/credentials")}</c> reads a file).
/// <see cref="Escape"/> turns any text into the template that yields exactly that text, by
/// doubling the introducer: <c>$${</c> and <c>%%{</c>. Backend blocks are not templates (Terraform
/// reads them literally), so they are the one place user text is written as it is.
/// </summary>
internal static class TerraformLiteral
{
    /// <summary>The template that Terraform evaluates to exactly <paramref name="text"/>.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("${", StringComparison.Ordinal) && !text.Contains("%{", StringComparison.Ordinal)) return text;
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '$' || c == '%') && i + 1 < text.Length && text[i + 1] == '{') result.Append(c);
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>The text a template of literals only (as <see cref="Escape"/> writes them) stands for.</summary>
    public static string Unescape(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.Replace("$${", "${", StringComparison.Ordinal).Replace("%%{", "%{", StringComparison.Ordinal);
    }

    /// <summary>
    /// Every interpolation (<c>${…}</c>) and directive (<c>%{…}</c>) Terraform would evaluate in
    /// <paramref name="template"/>, as the text from its introducer to its closing brace (or to the
    /// end, when unclosed). Escaped introducers (<c>$${</c>, <c>%%{</c>) are literals and not listed.
    /// </summary>
    public static IReadOnlyList<string> Sequences(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var found = new List<string>();
        for (var i = 0; i + 1 < template.Length; i++)
        {
            var c = template[i];
            if (c != '$' && c != '%') continue;
            if (template[i + 1] == c && i + 2 < template.Length && template[i + 2] == '{')
            {
                i += 2; // $${ or %%{: a literal
                continue;
            }
            if (template[i + 1] != '{') continue;
            var depth = 0;
            var end = template.Length - 1;
            for (var j = i + 1; j < template.Length; j++)
            {
                if (template[j] == '{') depth++;
                else if (template[j] == '}' && --depth == 0)
                {
                    end = j;
                    break;
                }
            }
            found.Add(template[i..(end + 1)]);
            i = end;
        }
        return found;
    }
}
