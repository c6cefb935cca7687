using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Valkey.Cdktf.Tools.Deploy;

/// <summary>
/// An existing Terraform root (HCL or JSON), such as one calling <c>module "valkey"</c>, copied into a
/// scratch folder with the local module folders its <c>source</c> paths reach, its backend replaced by
/// a local one and its provider pointed at the emulator. The user's folder is only read: its
/// <c>.terraform</c>, lock file and state files are not copied.
/// </summary>
internal sealed partial class ModuleRoot
{
    private readonly Rehearsal.StackRehearsal _terraform;

    private ModuleRoot(string folder, Rehearsal.StackRehearsal terraform)
    {
        Folder = folder;
        _terraform = terraform;
    }

    /// <summary>The copy of the root, where Terraform runs.</summary>
    public string Folder { get; }

    /// <summary>The copy's state file (local backend).</summary>
    public string StateFile => Path.Combine(Folder, "terraform.tfstate");

    // `source = "./modules/valkey"` (HCL) or `"source": "../modules/valkey"` (JSON): a local module path.
    [GeneratedRegex("""(?m)^\s*"?source"?\s*[=:]\s*"(\.{1,2}/[^"]*)"\s*,?\s*$""")]
    private static partial Regex LocalSource();

    [GeneratedRegex("""(?m)^\s*provider\s+"aws"|"provider"\s*:\s*\{\s*"aws"\s*:""")]
    private static partial Regex AwsProviderBlock();

    private static readonly string[] Skipped = [".terraform", ".git"];

    /// <summary>Copies the root at <paramref name="directory"/> into <paramref name="scratch"/>; or why it cannot.</summary>
    public static (ModuleRoot? Root, string? Problem) Copy(Rehearsal.RehearsalSession session, string directory, string scratch)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (File.Exists(directory)) return (null, $"--from {directory}: a file; expected the folder of a Terraform root (its *.tf files)");
        if (!Directory.Exists(directory)) return (null, $"--from {directory}: no such folder");
        var root = Path.GetFullPath(directory);
        if (!ConfigurationFiles(root).Any()) return (null, $"--from {directory}: no *.tf or *.tf.json file; expected the folder of a Terraform root");

        // The root and every local module it reaches, transitively, kept at the same relative places.
        var folders = new List<string> { root };
        for (var i = 0; i < folders.Count; i++)
        {
            foreach (var file in ConfigurationFiles(folders[i]))
            {
                foreach (Match m in LocalSource().Matches(File.ReadAllText(file)))
                {
                    var module = Path.GetFullPath(Path.Combine(folders[i], m.Groups[1].Value));
                    if (!Directory.Exists(module)) return (null, $"{file}: module source {m.Groups[1].Value} is not a folder ({module})");
                    if (!folders.Contains(module, StringComparer.Ordinal)) folders.Add(module);
                }
            }
        }
        var common = folders.Aggregate(CommonParent);
        var copy = Path.Combine(scratch, "from");
        foreach (var folder in folders) CopyFolder(folder, Path.Combine(copy, Path.GetRelativePath(common, folder)));
        var rootCopy = Path.Combine(copy, Path.GetRelativePath(common, root));

        // Local state in the copy; the provider at the emulator, at the version the rehearsal runs.
        var over = new JsonObject
        {
            ["terraform"] = new JsonObject
            {
                ["backend"] = new JsonObject { ["local"] = new JsonObject { ["path"] = "terraform.tfstate" } },
                ["required_providers"] = new JsonObject { ["aws"] = new JsonObject { ["source"] = "hashicorp/aws", ["version"] = session.Provider.Version.ToString() } },
            },
        };
        var provider = new JsonObject { ["provider"] = new JsonObject { ["aws"] = EmulatorOverride.Provider() } };
        // An override may only change a block the root has: without a provider block, the provider goes in a file of its own.
        if (ConfigurationFiles(rootCopy).Any(f => AwsProviderBlock().IsMatch(File.ReadAllText(f)))) over["provider"] = provider["provider"]!.DeepClone();
        else File.WriteAllText(Path.Combine(rootCopy, "zz_emulator_provider.tf.json"), provider.ToJsonString());
        File.WriteAllText(Path.Combine(rootCopy, EmulatorOverride.FileName), over.ToJsonString());
        return (new ModuleRoot(rootCopy, Rehearsal.StackRehearsal.Existing(session, rootCopy)), null);
    }

    /// <summary><c>terraform init</c> and <c>terraform apply</c> of the copy, into the emulator.</summary>
    public Rehearsal.TerraformResult Apply()
    {
        var init = _terraform.Init();
        return init.Succeeded ? _terraform.Run("apply", "-auto-approve", "-input=false", "-no-color") : init;
    }

    /// <summary>Any terraform command in the copy.</summary>
    public Rehearsal.TerraformResult Terraform(params string[] args) => _terraform.Run(args);

    /// <summary>The copy's state after its apply.</summary>
    public JsonObject State() => JsonNode.Parse(File.ReadAllText(StateFile))!.AsObject();

    private static IEnumerable<string> ConfigurationFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.tf").Concat(Directory.EnumerateFiles(folder, "*.tf.json"));

    private static string CommonParent(string a, string b)
    {
        var parts = a.Split(Path.DirectorySeparatorChar);
        var other = b.Split(Path.DirectorySeparatorChar);
        var n = 0;
        while (n < parts.Length && n < other.Length && parts[n] == other[n]) n++;
        var joined = string.Join(Path.DirectorySeparatorChar, parts[..n]);
        return joined.Length == 0 ? Path.DirectorySeparatorChar.ToString() : joined;
    }

    /// <summary>Copies a folder's configuration: not Terraform's working files, state or lock file (the copy gets its own).</summary>
    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".tfstate", StringComparison.Ordinal) || name.Contains(".tfstate.", StringComparison.Ordinal) || name == ".terraform.lock.hcl") continue;
            File.Copy(file, Path.Combine(to, name), overwrite: true);
        }
        foreach (var dir in Directory.EnumerateDirectories(from))
        {
            if (!Skipped.Contains(Path.GetFileName(dir))) CopyFolder(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
