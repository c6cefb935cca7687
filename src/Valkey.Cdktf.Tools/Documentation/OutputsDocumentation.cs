using System.Text;
using Valkey.Cdktf.Tools.Changes;

namespace Valkey.Cdktf.Tools.Documentation;

/// <summary>
/// The README's table of outputs, generated from synthesized stacks (the <c>output</c> blocks of <c>cdk.tf.json</c>, with
/// the descriptions the stack gives them): one stack with the required settings only, and stacks with users, which add
/// outputs of their own. Between the markers <see cref="Begin"/> and <see cref="End"/>.
/// </summary>
internal static class OutputsDocumentation
{
    /// <summary>The line before the generated table.</summary>
    public const string Begin = "<!-- outputs (generated from synthesized stacks by ./build.sh docs; do not edit) -->";

    /// <summary>The line after it.</summary>
    public const string End = "<!-- end of outputs -->";

    // Each stack: its name, when its outputs appear, and the variables beside the required ones.
    private static readonly (string Name, string When, string Variables)[] Stacks =
    [
        ("required", "every stack", "{}"),
        ("users", "with `users`", """{"transit_encryption_enabled": true, "users": [{"user_name": "app", "authentication": {"password_secret_ids": ["valkey/app"]}}]}"""),
        ("iam", "with IAM `users`", """{"transit_encryption_enabled": true, "users": [{"user_name": "app"}]}"""),
    ];

    /// <summary>The table, one output a line, ending with a newline; synthesizes in a scratch folder removed after.</summary>
    public static string Table()
    {
        var stacks = SettingAttributes.SynthesizeInScratch(
            [.. Stacks.Select(s => SettingAttributes.Environment(s.Name, SettingAttributes.Variables(s.Variables), $"the outputs' {s.Name} stack"))]);
        var text = new StringBuilder("| output | in | description |\n|---|---|---|\n");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, when, _) in Stacks)
        {
            var outputs = stacks.Single(s => s.Environment.Name == name).Json["output"]?.AsObject() ?? [];
            foreach (var (output, value) in outputs)
            {
                if (!seen.Add(output)) continue;
                text.Append($"| `{output}` | {when} | {value?["description"]?.GetValue<string>()} |\n");
            }
        }
        return text.ToString();
    }

    /// <summary><paramref name="readme"/> with its outputs table rewritten.</summary>
    /// <exception cref="FormatException">The markers are missing.</exception>
    public static string Rewrite(string readme, string table)
    {
        ArgumentNullException.ThrowIfNull(readme);
        var start = readme.IndexOf(Begin + "\n", StringComparison.Ordinal);
        var end = start < 0 ? -1 : readme.IndexOf(End, start, StringComparison.Ordinal);
        if (start < 0 || end < 0) throw new FormatException($"the README has no generated table of outputs: a line \"{Begin}\" followed later by \"{End}\"");
        var from = start + Begin.Length + 1;
        return readme[..from] + table + readme[end..];
    }
}
