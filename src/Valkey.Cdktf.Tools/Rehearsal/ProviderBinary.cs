namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>A hashicorp/aws provider binary the rehearsal runs.</summary>
/// <param name="Path">The executable.</param>
/// <param name="Version">Its version.</param>
/// <param name="Source">Where it was found, in words.</param>
internal sealed record ProviderBinary(string Path, Version Version, string Source);
