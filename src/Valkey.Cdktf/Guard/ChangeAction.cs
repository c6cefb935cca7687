namespace Valkey.Cdktf.Guard;

/// <summary>What Terraform will do about a change, by the provider's rules.</summary>
public enum ChangeAction
{
    /// <summary>The resource is changed where it stands.</summary>
    UpdateInPlace,

    /// <summary>The resource is destroyed and created again: for a cache, its data is lost.</summary>
    Replace,

    /// <summary>A new resource.</summary>
    Create,

    /// <summary>The resource is destroyed.</summary>
    Destroy,
}
