using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Valkey.Cdktf;

/// <summary>One thing wrong with an input: where, what was received, what is expected.</summary>
/// <param name="Field">The key path of the input, in the environment file's names (<c>variables.node_type</c>).</param>
/// <param name="Received">The value received, as written (JSON), or <c>(missing)</c>.</param>
/// <param name="Expected">What would be accepted.</param>
public sealed record ConfigurationProblem(string Field, string Received, string Expected)
{
    /// <summary>The value shown when a required key is absent.</summary>
    internal const string Missing = "(missing)";

    /// <summary>What a required key's problem expects.</summary>
    internal const string RequiredValue = "a value: this key is required";

    /// <summary>Longest value shown whole in a message; a longer one is cut, with its length.</summary>
    internal const int MaxShown = 80;

    // Shows "ã" as itself, not as \u00e3: messages are read by people.
    private static readonly JsonSerializerOptions ShowOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A problem with <paramref name="value"/>, shown as JSON (cut when long).</summary>
    internal static ConfigurationProblem For<T>(string field, T value, string expected) => new(field, Show(value), expected);

    /// <summary>The problem of a required key that is absent.</summary>
    internal static ConfigurationProblem MissingValue(string field) => new(field, Missing, RequiredValue);

    /// <summary>A value as JSON, the way the user wrote it; cut to <see cref="MaxShown"/> characters, with its length, when longer.</summary>
    internal static string Show<T>(T value) =>
        value is null ? "null" : ShowJson(JsonSerializer.Serialize(value, ShowOptions), value is string s ? s.Length : null);

    /// <summary><paramref name="json"/> as it is, or its first characters and how long the value is (<paramref name="length"/>, else the text's).</summary>
    internal static string ShowJson(string json, int? length = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return json.Length <= MaxShown
            ? json
            : string.Create(CultureInfo.InvariantCulture, $"{json.AsSpan(0, MaxShown - 20)}… ({length ?? json.Length} characters)");
    }

    /// <summary>The same problem with its field placed under <paramref name="parent"/>.</summary>
    internal ConfigurationProblem Under(string parent) => this with { Field = $"{parent}.{Field}" };

    /// <inheritdoc />
    public override string ToString() => $"{Field}: got {Received}; expected {Expected}";
}
