namespace Valkey.Cdktf.Settings;

/// <summary>The JSON kind of a setting's value in an environment file, and its Terraform-style name in the README.</summary>
internal enum SettingKind
{
    /// <summary>A JSON string (<c>string</c>).</summary>
    String,

    /// <summary>A JSON integer (<c>number</c>).</summary>
    Integer,

    /// <summary>A JSON number (<c>number</c>).</summary>
    Number,

    /// <summary>true or false (<c>bool</c>).</summary>
    Boolean,

    /// <summary>An array of strings (<c>list(string)</c>).</summary>
    StringList,

    /// <summary>An object of strings (<c>map(string)</c>).</summary>
    StringMap,

    /// <summary>An array of user objects (<c>list(object)</c>): <see cref="ValkeyUser"/>.</summary>
    UserList,

    /// <summary>A serverless cache's object (<c>object</c>): <see cref="ValkeyServerless"/>.</summary>
    Serverless,
}
