namespace Valkey.Cdktf.App;

/// <summary>
/// The toolchain this build is for (Directory.Build.props, from <c>VALKEY_TOOLCHAIN</c>): CDK for Terraform 0.21
/// (<c>cdktf</c>, the default) or CDK Terrain 0.24 (<c>cdktn</c>). The one place in C# where they differ by name; the
/// namespaces are global usings in Directory.Build.props.
/// </summary>
internal static class Toolchain
{
#if CDKTN
    /// <summary>The toolchain's name, as <c>VALKEY_TOOLCHAIN</c> spells it.</summary>
    public const string Name = "cdktn";

    /// <summary>Its CLI, from the repository's root (toolchains/cdktn/package.json pins it).</summary>
    public const string Cli = "toolchains/cdktn/node_modules/.bin/cdktn";

    /// <summary>Whether its provider has the write-only arguments that keep secrets out of state (auth_token_wo, passwords_wo).</summary>
    public const bool WriteOnlySecrets = true;

    /// <summary>Its accepted syntheses, under <c>accepted/</c>: the snapshots' oracle and the guard's default baseline.</summary>
    public const string AcceptedFolder = "cdktn";
#else
    /// <summary>The toolchain's name, as <c>VALKEY_TOOLCHAIN</c> spells it.</summary>
    public const string Name = "cdktf";

    /// <summary>Its CLI, from the repository's root (package.json pins it).</summary>
    public const string Cli = "node_modules/.bin/cdktf";

    /// <summary>Whether its provider has the write-only arguments that keep secrets out of state (auth_token_wo, passwords_wo).</summary>
    public const bool WriteOnlySecrets = false;

    /// <summary>Its accepted syntheses, under <c>accepted/</c>: the snapshots' oracle and the guard's default baseline.</summary>
    public const string AcceptedFolder = "";
#endif
}
