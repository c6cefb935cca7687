using System.Globalization;
using System.Text.Json;

namespace Valkey.Cdktf.App.Configuration;

/// <summary>
/// Reads one JSON object strictly: each value must have the JSON type asked for, every key
/// must be one the caller asks about (an unknown key is reported with the nearest known
/// one), a key may appear once. Problems are collected, never thrown, so one run reports
/// them all.
/// </summary>
internal sealed class JsonObjectReader : Settings.ISettingSource
{
    private readonly JsonElement _object;
    private readonly string _path;
    private readonly List<ConfigurationProblem> _problems;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public JsonObjectReader(JsonElement element, string path, List<ConfigurationProblem> problems)
    {
        _object = element;
        _path = path;
        _problems = problems;
    }

    /// <summary>Reads the object at <paramref name="path"/>, or reports that it is not one.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, List<ConfigurationProblem> problems)
    {
        if (element.ValueKind == JsonValueKind.Object) return new JsonObjectReader(element, path, problems);
        problems.Add(new(path.Length == 0 ? "(root)" : path, Raw(element), "a JSON object { … }"));
        return null;
    }

    private string Field(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    private JsonElement? Get(string key, bool required)
    {
        _known.Add(key);
        if (_object.TryGetProperty(key, out var value)) return value;
        if (required) _problems.Add(new(Field(key), ConfigurationProblem.Missing, "a value: this key is required"));
        return null;
    }

    private void WrongType(string key, JsonElement value, string expected) =>
        _problems.Add(new(Field(key), Raw(value), expected));

    /// <summary>Reports a problem with <paramref name="key"/> of this object that no one value shows (two keys that exclude each other).</summary>
    public void Problem(string key, string received, string expected) => _problems.Add(new(Field(key), received, expected));

    public bool Has(string key)
    {
        _known.Add(key);
        return _object.TryGetProperty(key, out _);
    }

    public string? String(string key, bool required = false)
    {
        if (Get(key, required) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.String) return v.GetString();
        WrongType(key, v, "a JSON string \"…\"");
        return null;
    }

    public string? OneOf(string key, bool required, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (String(key, required) is not { } s) return null;
        if (allowed.Contains(s, StringComparer.Ordinal)) return s;
        _problems.Add(new(Field(key), ConfigurationProblem.Show(s), Settings.SettingValues.Expected(allowed)));
        return null;
    }

    public int? Integer(string key, bool required = false)
    {
        if (Get(key, required) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)) return i;
        WrongType(key, v, v.ValueKind == JsonValueKind.Number ? "a whole number" : "a JSON number (without quotes)");
        return null;
    }

    public double? Number(string key, bool required = false)
    {
        if (Get(key, required) is not { } v) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d)) return d;
        WrongType(key, v, "a JSON number (without quotes)");
        return null;
    }

    public bool? Boolean(string key, bool required = false)
    {
        if (Get(key, required) is not { } v) return null;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        WrongType(key, v, "a JSON boolean, true or false (without quotes)");
        return null;
    }

    public IReadOnlyList<string>? StringList(string key, bool required = false)
    {
        if (Get(key, required) is not { } v) return null;
        if (v.ValueKind != JsonValueKind.Array)
        {
            WrongType(key, v, "a JSON array of strings [\"…\", …]");
            return null;
        }
        var list = new List<string>();
        var index = 0;
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String) list.Add(item.GetString()!);
            else _problems.Add(new($"{Field(key)}[{index}]", Raw(item), "a JSON string \"…\""));
            index++;
        }
        return list;
    }

    public IReadOnlyDictionary<string, string>? StringMap(string key, bool required = false)
    {
        if (Get(key, required) is not { } v) return null;
        if (v.ValueKind != JsonValueKind.Object)
        {
            WrongType(key, v, "a JSON object of strings { \"Key\": \"value\", … }");
            return null;
        }
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in v.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                _problems.Add(new($"{Field(key)}.{property.Name}", Raw(property.Value), "a JSON string \"…\" (the values are strings)"));
            }
            else if (!map.TryAdd(property.Name, property.Value.GetString()!))
            {
                _problems.Add(new($"{Field(key)}.{property.Name}", Raw(property.Value), "each key once; this one appears twice"));
            }
        }
        return map;
    }

    /// <summary>
    /// The users of <c>users</c>: each object's <c>user_name</c> (required), <c>access_string</c> and <c>authentication</c>
    /// (<c>"iam"</c>, or <c>{ "password_secret_ids": [...], "password_version": n }</c>), read strictly; a user with problems is
    /// left out (they are reported).
    /// </summary>
    public IReadOnlyList<ValkeyUser>? Users(string key, bool required = false)
    {
        if (ObjectList(key, required) is not { } objects) return null;
        var users = new List<ValkeyUser>();
        foreach (var o in objects)
        {
            var before = _problems.Count;
            var name = o.String("user_name", required: true);
            var access = o.String("access_string");
            var authentication = ValkeyUserAuthentication.Iam;
            IReadOnlyList<string> secrets = [];
            int? version = null;
            if (o.Get("authentication", required: false) is { } mode)
            {
                if (mode.ValueKind == JsonValueKind.String && mode.GetString() == "iam")
                {
                    authentication = ValkeyUserAuthentication.Iam;
                }
                else if (mode.ValueKind == JsonValueKind.Object && o.Object("authentication") is { } passwords)
                {
                    authentication = ValkeyUserAuthentication.Password;
                    secrets = passwords.StringList("password_secret_ids", required: true) ?? [];
                    version = passwords.Integer("password_version");
                    passwords.RejectUnknownKeys();
                }
                else
                {
                    o.WrongType("authentication", mode, "\"iam\", or { \"password_secret_ids\": [\"…\"], \"password_version\": 1 } (passwords from Secrets Manager)");
                }
            }
            o.RejectUnknownKeys();
            if (_problems.Count > before || name is null) continue;
            var user = new ValkeyUser
            {
                UserName = name, AccessString = access ?? ValkeyUser.DefaultAccessString, Authentication = authentication, PasswordSecretIds = secrets,
            };
            users.Add(version is { } v ? user with { PasswordVersion = v } : user);
        }
        return users;
    }

    /// <summary>
    /// The serverless cache of <c>serverless</c>: an object of <c>max_data_storage_gb</c>, <c>min_data_storage_gb</c>,
    /// <c>max_ecpu_per_second</c>, <c>min_ecpu_per_second</c> (whole numbers) and <c>daily_snapshot_time</c> (a string), each
    /// optional, read strictly; null with problems (they are reported).
    /// </summary>
    public ValkeyServerless? Serverless(string key, bool required = false)
    {
        if (Get(key, required) is not { } v) return null;
        if (v.ValueKind != JsonValueKind.Object)
        {
            WrongType(key, v, "a JSON object { \"max_data_storage_gb\": 10, \"max_ecpu_per_second\": 5000, … } ({} for no limits)");
            return null;
        }
        var o = Open(v, Field(key), _problems)!;
        var before = _problems.Count;
        var serverless = new ValkeyServerless
        {
            MaxDataStorageGb = o.Integer("max_data_storage_gb"),
            MinDataStorageGb = o.Integer("min_data_storage_gb"),
            MaxEcpuPerSecond = o.Integer("max_ecpu_per_second"),
            MinEcpuPerSecond = o.Integer("min_ecpu_per_second"),
            DailySnapshotTime = o.String("daily_snapshot_time"),
        };
        o.RejectUnknownKeys();
        return _problems.Count > before ? null : serverless;
    }

    /// <summary>Any JSON value, as a node; <c>null</c> when absent or JSON <c>null</c>.</summary>
    public System.Text.Json.Nodes.JsonNode? AnyJson(string key, bool required = false) =>
        Get(key, required) is { } v ? System.Text.Json.Nodes.JsonNode.Parse(v.GetRawText()) : null;

    /// <summary>A JSON array of objects, each read strictly.</summary>
    public IReadOnlyList<JsonObjectReader>? ObjectList(string key, bool required = false)
    {
        if (Get(key, required) is not { } v) return null;
        if (v.ValueKind != JsonValueKind.Array)
        {
            WrongType(key, v, "a JSON array of objects [{ … }, …]");
            return null;
        }
        return [.. v.EnumerateArray().Select((item, i) => Open(item, $"{Field(key)}[{i}]", _problems)).OfType<JsonObjectReader>()];
    }

    public JsonObjectReader? Object(string key, bool required = false) =>
        Get(key, required) is { } v ? Open(v, Field(key), _problems) : null;

    /// <summary>Reports every key not asked about, and every key given twice. Call last.</summary>
    public void RejectUnknownKeys()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in _object.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                _problems.Add(new(Field(property.Name), Raw(property.Value), "each key once; this one appears twice"));
            }
            else if (!_known.Contains(property.Name))
            {
                var suggestion = Nearest(property.Name, _known);
                var expected = suggestion is null
                    ? $"one of the known keys: {string.Join(", ", _known.Order(StringComparer.Ordinal))}"
                    : $"a known key; did you mean `{suggestion}`?";
                _problems.Add(new(Field(property.Name), "(unknown key)", expected));
            }
        }
    }

    /// <summary>The value as it stands in the file (compact JSON).</summary>
    public static string Raw(JsonElement value) =>
        ConfigurationProblem.ShowJson(value.GetRawText(), value.ValueKind == JsonValueKind.String ? value.GetString()!.Length : null);

    /// <summary>The known key nearest to <paramref name="key"/> by edit distance, when near enough to be a typo.</summary>
    internal static string? Nearest(string key, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            var d = Validation.EditDistance.Between(key.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance) (best, bestDistance) = (candidate, d);
        }
        return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
    }

    internal static string Position(JsonException e) =>
        string.Create(CultureInfo.InvariantCulture, $"line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}");
}
