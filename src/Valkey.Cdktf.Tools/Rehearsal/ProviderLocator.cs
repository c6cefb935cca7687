using System.Runtime.InteropServices;

namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>
/// Finds the hashicorp/aws provider to rehearse with: the pinned version where Terraform can
/// install it (the network, a plugin cache, the user's CLI configuration); else a filesystem
/// mirror, <c>VALKEY_TF_PROVIDER_MIRROR</c> first, then Terraform's implied local mirror folders,
/// the pinned version if there, else the newest. Mirrors in Terraform's unpacked layout:
/// <c>registry.terraform.io/hashicorp/aws/&lt;version&gt;/&lt;os&gt;_&lt;arch&gt;/terraform-provider-aws_v&lt;version&gt;…</c>.
/// </summary>
internal static class ProviderLocator
{
    public const string MirrorVariable = "VALKEY_TF_PROVIDER_MIRROR";

    /// <summary>The provider; or why none was found, with how to provide one.</summary>
    public static (ProviderBinary? Binary, string? Problem) Find(Version pinned, TerraformCli terraform, string scratch)
    {
        if (Installed(pinned, terraform, scratch) is { } installed) return (installed, null);
        var mirrors = new List<string>();
        if (Environment.GetEnvironmentVariable(MirrorVariable) is { Length: > 0 } named) mirrors.Add(named);
        mirrors.AddRange(ImpliedMirrors());
        var found = mirrors.SelectMany(m => InMirror(m)).ToList();
        var best = found.FirstOrDefault(b => b.Version == pinned) ?? found.OrderByDescending(b => b.Version).FirstOrDefault();
        if (best is not null) return (best, null);
        return (null,
            $"no hashicorp/aws provider: Terraform could not install {pinned} (no network or plugin cache), and no filesystem mirror has one. " +
            $"Name a mirror in Terraform's unpacked layout with {MirrorVariable}=<folder holding registry.terraform.io/hashicorp/aws/<version>/{Platform}/>, " +
            $"or put one in {string.Join(", ", ImpliedMirrors())}, or set TF_PLUGIN_CACHE_DIR to a cache holding {pinned}");
    }

    /// <summary>Terraform's own installation of the pinned version (the user's network, plugin cache or CLI configuration), in a scratch folder.</summary>
    private static ProviderBinary? Installed(Version pinned, TerraformCli terraform, string scratch)
    {
        var folder = Directory.CreateDirectory(Path.Combine(scratch, "provider-install")).FullName;
        File.WriteAllText(Path.Combine(folder, "main.tf.json"),
            new System.Text.Json.Nodes.JsonObject
            {
                ["terraform"] = new System.Text.Json.Nodes.JsonObject
                {
                    ["required_providers"] = new System.Text.Json.Nodes.JsonObject
                    {
                        ["aws"] = new System.Text.Json.Nodes.JsonObject { ["source"] = "hashicorp/aws", ["version"] = pinned.ToString() },
                    },
                },
            }.ToJsonString());
        var user = new Dictionary<string, string?>
        {
            ["TF_CLI_CONFIG_FILE"] = Environment.GetEnvironmentVariable("TF_CLI_CONFIG_FILE") is { Length: > 0 } own && File.Exists(own) ? own : null,
            ["TF_PLUGIN_CACHE_DIR"] = Environment.GetEnvironmentVariable("TF_PLUGIN_CACHE_DIR"),
        };
        if (!terraform.Run(["init", "-input=false", "-backend=false", "-no-color"], folder, user).Succeeded) return null;
        var dir = Path.Combine(folder, ".terraform", "providers", "registry.terraform.io", "hashicorp", "aws", pinned.ToString(), Platform);
        var binary = Directory.Exists(dir) ? Directory.GetFiles(dir, "terraform-provider-aws*").FirstOrDefault() : null;
        return binary is null ? null : new ProviderBinary(binary, pinned, "installed by terraform init");
    }

    private static IEnumerable<ProviderBinary> InMirror(string mirror)
    {
        var root = Path.Combine(mirror, "registry.terraform.io", "hashicorp", "aws");
        if (!Directory.Exists(root)) yield break;
        foreach (var versionDir in Directory.GetDirectories(root))
        {
            if (!Version.TryParse(Path.GetFileName(versionDir), out var version)) continue;
            var platformDir = Path.Combine(versionDir, Platform);
            var binary = Directory.Exists(platformDir) ? Directory.GetFiles(platformDir, "terraform-provider-aws*").FirstOrDefault() : null;
            if (binary is not null) yield return new ProviderBinary(binary, version, $"filesystem mirror {mirror}");
        }
    }

    /// <summary>Terraform's implied local mirror folders on this platform.</summary>
    public static IReadOnlyList<string> ImpliedMirrors()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsMacOS())
        {
            return [Path.Combine(home, ".terraform.d", "plugins"), Path.Combine(home, "Library", "Application Support", "io.terraform", "plugins"), "/Library/Application Support/io.terraform/plugins"];
        }
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } x ? x : Path.Combine(home, ".local", "share");
        var dataDirs = (Environment.GetEnvironmentVariable("XDG_DATA_DIRS") is { Length: > 0 } d ? d : "/usr/local/share:/usr/share").Split(':');
        return [Path.Combine(home, ".terraform.d", "plugins"), Path.Combine(dataHome, "terraform", "plugins"), .. dataDirs.Select(dir => Path.Combine(dir, "terraform", "plugins"))];
    }

    /// <summary>Terraform's name of this platform, such as <c>linux_amd64</c>.</summary>
    public static string Platform
    {
        get
        {
            var os = OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows" : "linux";
            var arch = RuntimeInformation.OSArchitecture switch { Architecture.Arm64 => "arm64", Architecture.X86 => "386", _ => "amd64" };
            return $"{os}_{arch}";
        }
    }
}
