namespace Valkey.Cdktf.Tools.Terraform;

/// <summary>A resource's address in a stack: <c>{type}.{name}</c>, such as <c>aws_security_group.valkey</c>.</summary>
/// <param name="Type">The resource type (<c>aws_security_group</c>).</param>
/// <param name="Name">The resource name (<c>valkey</c>).</param>
internal sealed record TerraformAddress(string Type, string Name)
{
    /// <summary>Parses <c>type.name</c>; throws <see cref="FormatException"/> on anything else.</summary>
    public static TerraformAddress Parse(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var parts = address.Split('.');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new FormatException($"'{address}' is not a resource address of the form type.name");
        }
        return new TerraformAddress(parts[0], parts[1]);
    }

    /// <summary>Parses <c>type.name</c>, or returns <c>null</c>.</summary>
    public static TerraformAddress? TryParse(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var parts = address.Split('.');
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 ? new TerraformAddress(parts[0], parts[1]) : null;
    }

    /// <summary>The resource at the end of an address that may begin with modules (<c>module.valkey.aws_security_group.this</c>).</summary>
    public static TerraformAddress OfResource(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var parts = address.Split('.');
        return parts.Length >= 2 ? new TerraformAddress(parts[^2], parts[^1]) : throw new FormatException($"'{address}' is not a resource address");
    }

    /// <summary>The first module of a module address (<c>module.valkey.aws_x.this</c> → <c>valkey</c>); null when it names no module.</summary>
    public static string? ModuleOf(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var parts = address.Split('.');
        return parts.Length >= 2 && parts[0] == "module" ? parts[1] : null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Type}.{Name}";
}
