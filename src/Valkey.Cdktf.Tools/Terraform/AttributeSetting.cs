using Valkey.Cdktf.Tools.Changes;

namespace Valkey.Cdktf.Tools.Terraform;

/// <summary>The environment-file setting behind an attribute of a stack's resource (<see cref="SettingAttributes.WriterOf"/>); for the guard's and the rehearsal's reports.</summary>
internal static class AttributeSetting
{
    /// <summary>The snake_case name of the setting that writes <paramref name="attribute"/> of the resource at <paramref name="address"/>; null when none does, or the address is not a resource's.</summary>
    public static string? Of(string address, string attribute) =>
        TerraformAddress.TryParse(address) is { } resource ? SettingAttributes.Embedded().WriterOf(resource.Type, attribute)?.Name : null;
}
