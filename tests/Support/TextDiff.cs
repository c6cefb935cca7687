namespace Valkey.Cdktf.Tests.Support;

/// <summary>A line diff for failure messages: '-' lines only in the expected text, '+' only in the actual, with context.</summary>
internal static class TextDiff
{
    public static string Unified(string expected, string actual, string expectedName, string actualName, int context = 3)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        // Longest common subsequence table, from the end.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var lines = new List<(char Tag, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { lines.Add((' ', a[x])); x++; y++; }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1])) { lines.Add(('-', a[x])); x++; }
            else { lines.Add(('+', b[y])); y++; }
        }
        var output = new List<string> { $"--- {expectedName}", $"+++ {actualName}" };
        var lastShown = -1;
        for (var k = 0; k < lines.Count; k++)
        {
            if (lines[k].Tag == ' ') continue;
            var from = Math.Max(lastShown + 1, k - context);
            if (from > lastShown + 1) output.Add("@@");
            for (var c = from; c < k; c++) output.Add($" {lines[c].Text}");
            output.Add($"{lines[k].Tag}{lines[k].Text}");
            lastShown = k;
            for (var c = k + 1; c < lines.Count && c <= k + context && lines[c].Tag == ' '; c++)
            {
                output.Add($" {lines[c].Text}");
                lastShown = c;
            }
        }
        return string.Join(Environment.NewLine, output);
    }
}
