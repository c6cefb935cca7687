using System.Text.RegularExpressions;

namespace Valkey.Cdktf.Tools.Rehearsal.Tests;

/// <summary>
/// docs/terraform.md's recipe for `cdktf synth` then `terraform plan` with a provider mirror, followed as written by a new
/// user: the two files it gives (the CLI configuration with the mirror's path in place of /path/to/mirror, the override
/// naming the mirror's version), then terraform init and validate in a synthesized stack's folder. Needs terraform and a
/// mirror (./build.sh test and .ci/run name the machine's); without them it fails saying so, never skips.
/// </summary>
public sealed partial class DocsRecipeTests
{
    [GeneratedRegex("<!-- recipe: (?<name>[^ ]+) [^>]*-->\\s*```[a-z]+\\n(?<body>.*?)```", RegexOptions.Singleline)] private static partial Regex Recipe();

    [Fact]
    public void The_provider_mirror_recipe_inits_and_validates_a_synthesized_stack()
    {
        var mirror = new[] { Environment.GetEnvironmentVariable(ProviderLocator.MirrorVariable) }.Concat(ProviderLocator.ImpliedMirrors())
            .OfType<string>().FirstOrDefault(m => Directory.Exists(Path.Combine(m, "registry.terraform.io", "hashicorp", "aws")));
        Assert.True(mirror is not null, $"no provider mirror: set {ProviderLocator.MirrorVariable} (./build.sh test finds the machine's)");
        var version = Directory.GetDirectories(Path.Combine(mirror, "registry.terraform.io", "hashicorp", "aws")).Select(Path.GetFileName).OfType<string>()
            .Where(v => Version.TryParse(v, out _)).OrderByDescending(Version.Parse).First();
        var recipes = Recipe().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "terraform.md")))
            .ToDictionary(m => m.Groups["name"].Value, m => Unindent(m.Groups["body"].Value), StringComparer.Ordinal);
        Assert.Equal(["mirror.tfrc", "provider_override.tf.json"], recipes.Keys.Order(StringComparer.Ordinal));

        using var work = new TempDir();
        var stacks = Synthesizer.Synthesize(EnvironmentFile.ReadFolder(RepoPaths.Environments).Environments.Where(e => e.Name == "hml").ToList(),
            Path.Combine(work.Path, "cdktf.out"));
        var folder = Assert.Single(stacks).Folder;
        var tfrc = Path.Combine(work.Path, "mirror.tfrc");
        File.WriteAllText(tfrc, recipes["mirror.tfrc"].Replace("/path/to/mirror", mirror, StringComparison.Ordinal));
        // The page names 5.100.0, the mirror of the machines this project is tested on; another mirror's version in its place.
        File.WriteAllText(Path.Combine(folder, "provider_override.tf.json"), recipes["provider_override.tf.json"].Replace("5.100.0", version, StringComparison.Ordinal));
        var environment = new Dictionary<string, string> { ["TF_CLI_CONFIG_FILE"] = tfrc, ["TF_IN_AUTOMATION"] = "1", ["CHECKPOINT_DISABLE"] = "1" };

        var init = Processes.Run("terraform", ["init", "-input=false", "-no-color"], folder, environment);
        Assert.True(init.ExitCode == 0, init.Stdout + init.Stderr);
        Assert.Contains($"hashicorp/aws v{version}", init.Stdout, StringComparison.Ordinal);
        var validate = Processes.Run("terraform", ["validate", "-no-color"], folder, environment);
        Assert.True(validate.ExitCode == 0, validate.Stdout + validate.Stderr);
    }

    private static string Unindent(string block)
    {
        var lines = block.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
