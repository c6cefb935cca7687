namespace Valkey.Cdktf.Settings;

/// <summary>Where a setting comes from, which is also the README table it is listed in.</summary>
internal enum SettingGroup
{
    /// <summary>A variable of the Terraform module this project replaces, with its name and default.</summary>
    Module,

    /// <summary>What the module's documentation recommends for production (alarms, logs, access control, keys).</summary>
    Production,

    /// <summary>Data protection: what keeps a cache's data through a mistaken plan or a deliberate delete.</summary>
    DataProtection,

    /// <summary>Names and texts that let a stack adopt existing resources exactly.</summary>
    Names,
}
