namespace Valkey.Cdktf.App.Synthesis;

/// <summary>A stack folder kept although its environment file is gone.</summary>
/// <param name="Folder">The folder (<c>cdktf.out/stacks/old</c>).</param>
/// <param name="Holds">What it holds beyond the synthesis (<c>terraform.tfstate</c>, <c>.terraform</c>, …).</param>
internal sealed record KeptStack(string Folder, IReadOnlyList<string> Holds);
