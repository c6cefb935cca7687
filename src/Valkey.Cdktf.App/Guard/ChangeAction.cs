namespace Valkey.Cdktf.App.Guard;

/// <summary>What Terraform will do about a change, by the provider's rules.</summary>
internal enum ChangeAction
{
    /// <summary>The resource is changed where it stands.</summary>
    UpdateInPlace,

    /// <summary>The resource is destroyed and created again: for a cache, its data is lost.</summary>
    Replace,

    /// <summary>A new resource.</summary>
    Create,

    /// <summary>The resource is destroyed (or, for a whole environment, no longer managed).</summary>
    Destroy,

    /// <summary>
    /// The stack moves to another state or region: Terraform finds nothing there and creates every
    /// resource again beside the existing ones, which it no longer manages.
    /// </summary>
    Relocate,

    /// <summary>A protection is turned off (<c>prevent_destroy</c>): nothing changes now, but a later replacement is no longer stopped.</summary>
    Unprotect,
}
