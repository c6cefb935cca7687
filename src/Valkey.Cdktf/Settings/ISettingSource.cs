namespace Valkey.Cdktf.Settings;

/// <summary>
/// Where settings are read from (an environment file's <c>variables</c>): each method returns the
/// value of a name, or null when it is absent or of the wrong JSON kind; the source reports those
/// itself (an absent name only when <c>required</c>).
/// </summary>
internal interface ISettingSource
{
    /// <summary>A string.</summary>
    string? String(string name, bool required);

    /// <summary>A string that is one of <paramref name="allowed"/>; the source reports any other.</summary>
    string? OneOf(string name, bool required, IReadOnlyList<string> allowed);

    /// <summary>An integer.</summary>
    int? Integer(string name, bool required);

    /// <summary>A number.</summary>
    double? Number(string name, bool required);

    /// <summary>true or false.</summary>
    bool? Boolean(string name, bool required);

    /// <summary>An array of strings.</summary>
    IReadOnlyList<string>? StringList(string name, bool required);

    /// <summary>An object of strings.</summary>
    IReadOnlyDictionary<string, string>? StringMap(string name, bool required);

    /// <summary>An array of user objects (<c>user_name</c>, <c>access_string</c>, <c>authentication</c>).</summary>
    IReadOnlyList<ValkeyUser>? Users(string name, bool required);

    /// <summary>A serverless cache's object (<c>max_data_storage_gb</c>, <c>max_ecpu_per_second</c>, …).</summary>
    ValkeyServerless? Serverless(string name, bool required);
}
