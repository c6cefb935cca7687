namespace Valkey.Cdktf.App.Terraform;

/// <summary>A Terraform expression found where a stack holds only literals.</summary>
/// <param name="Path">Where: the JSON path of the value (or of the key, with <c>(key …)</c>).</param>
/// <param name="Sequence">The interpolation or directive, <c>${…}</c> or <c>%{…}</c>.</param>
internal sealed record UnexpectedInterpolation(string Path, string Sequence)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Sequence}";
}
