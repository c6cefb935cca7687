namespace Valkey.Cdktf.Tests.Support;

/// <summary>Every file under a folder with its bytes, to prove a failed run changed nothing.</summary>
internal static class FolderSnapshot
{
    public static SortedDictionary<string, byte[]> Take(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes),
            StringComparer.Ordinal);

    public static void AssertUnchanged(SortedDictionary<string, byte[]> before, string folder)
    {
        var after = Take(folder);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (file, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[file]), $"{file} changed");
        }
    }

    /// <summary>A previous synthesis stand-in: stack files and a .terraform folder, with known bytes.</summary>
    public static void Seed(string outdir)
    {
        Directory.CreateDirectory(Path.Combine(outdir, "stacks", "hml", ".terraform"));
        File.WriteAllText(Path.Combine(outdir, "manifest.json"), "{\"previous\": true, \"stacks\": {\"hml\": {}, \"retired\": {}}}\n");
        File.WriteAllText(Path.Combine(outdir, "stacks", "hml", "cdk.tf.json"), "{\"previous\": \"hml\"}\n");
        File.WriteAllText(Path.Combine(outdir, "stacks", "hml", ".terraform", "marker"), "terraform init was here\n");
    }
}
