using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary>
/// The NuGet package of the library, as a user gets it: packed from the built library, its metadata, and a new project
/// outside the repository that references it, whose Program.cs is the complete program of docs/csharp.md as written:
/// it must restore, build and synthesize.
/// </summary>
public sealed partial class PackageTests
{
    [GeneratedRegex("<!-- csharp program: [^>]*-->\\s*```csharp\\n(.*?)```", RegexOptions.Singleline)] private static partial Regex DocsProgram();

    [GeneratedRegex("""<PackageVersion Include="([^"]+)" Version="([^"]+)" />""")] private static partial Regex PinnedVersion();

    private static (int Code, string Output) Run(string workingDirectory, string temp, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        // dotnet leaves empty folders in the temp folder on every build: these go into the test's own, removed with it.
        start.Environment["TMPDIR"] = Directory.CreateDirectory(temp).FullName;
        start.Environment.Remove("NUGET_PACKAGES"); // the consumer's NuGet.config says where its packages go
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"waited 10 minutes for {file} {string.Join(' ', args)} in {workingDirectory}");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    // The toolchain this test assembly was built for (Directory.Build.props): the packages a consumer references.
#if CDKTN
    private const string Cdk = "Io.Cdktn";
    private const string Toolchain = "cdktn";
#else
    private const string Cdk = "HashiCorp.Cdktf";
    private const string Toolchain = "cdktf";
#endif

    [Fact]
    public void The_package_has_its_metadata_and_the_docs_program_builds_and_synthesizes_from_it_outside_the_repository()
    {
        using var work = new TempDir();
        var feed = Directory.CreateDirectory(Path.Combine(work.Path, "feed")).FullName;
        var temp = Path.Combine(work.Path, "tmp");
        var library = Path.Combine(RepoPaths.Root, "src", "Valkey.Cdktf", "Valkey.Cdktf.csproj");
        // A version of this run's own: NuGet's global packages folder keeps a package by id and version, and a consumer
        // would be given a Valkey.Cdktf 0.1.0 packed before (by the other toolchain, say) instead of this one.
        var suffix = $"test{Guid.NewGuid():N}"[..16];
        var pack = Run(RepoPaths.Root, temp, "dotnet", "pack", library, "-c", "Release", "--no-build", "--nologo", "-o", feed, "--version-suffix", suffix,
            "-p:RepositoryUrl=https://example.invalid/valkey-cdktf.git");
        Assert.True(pack.Code == 0, pack.Output);

        var package = Assert.Single(Directory.GetFiles(feed, "Valkey.Cdktf.*.nupkg"), f => !f.EndsWith(".snupkg", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(feed, "Valkey.Cdktf.*.snupkg"));
        using (var zip = ZipFile.OpenRead(package))
        {
            using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
            var nuspec = XDocument.Load(nuspecStream);
            XNamespace ns = nuspec.Root!.GetDefaultNamespace();
            var metadata = nuspec.Root.Element(ns + "metadata")!;
            Assert.Equal("Valkey.Cdktf", metadata.Element(ns + "id")!.Value);
            Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", metadata.Element(ns + "version")!.Value);
            Assert.Contains("Valkey", metadata.Element(ns + "description")!.Value, StringComparison.Ordinal);
            Assert.Contains("elasticache", metadata.Element(ns + "tags")!.Value, StringComparison.Ordinal);
            Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
            Assert.Equal("PACKAGE.md", metadata.Element(ns + "readme")!.Value);
            Assert.Equal("https://example.invalid/valkey-cdktf.git", metadata.Element(ns + "repository")!.Attribute("url")!.Value);
            Assert.Contains(zip.Entries, e => e.FullName == "PACKAGE.md");
            Assert.Contains(zip.Entries, e => e.FullName == "lib/net10.0/Valkey.Cdktf.xml");
            var dependencies = metadata.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).ToHashSet(StringComparer.Ordinal);
            Assert.Superset(new HashSet<string>([Cdk, $"{Cdk}.Providers.Aws", "Constructs"], StringComparer.Ordinal), dependencies);
        }

        // A consumer project where a user would make one: no Directory.Build.props, no NuGet.config of this repository above it.
        var consumer = Directory.CreateDirectory(Path.Combine(work.Path, "consumer")).FullName;
        // The versions of this toolchain's group of Directory.Packages.props (its marker comment to the group's end).
        var props = File.ReadAllText(Path.Combine(RepoPaths.Root, "Directory.Packages.props"));
        var group = props[props.IndexOf($"<!-- toolchain: {Toolchain}", StringComparison.Ordinal)..];
        var versions = PinnedVersion().Matches(group[..group.IndexOf("</ItemGroup>", StringComparison.Ordinal)])
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
        var version = Path.GetFileNameWithoutExtension(package)["Valkey.Cdktf.".Length..];
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Valkey.Cdktf" Version="{version}" />
                <PackageReference Include="{Cdk}" Version="{versions[Cdk]}" />
                <PackageReference Include="{Cdk}.Providers.Aws" Version="{versions[$"{Cdk}.Providers.Aws"]}" />
                <PackageReference Include="Constructs" Version="{versions["Constructs"]}" />
              </ItemGroup>
            </Project>
            """);
        // The package's own feed; the CDK for Terraform bindings from where the set-up put them (this repository's .feed,
        // or NuGet's global packages folder, which restore reads first); the rest from the sources the machine has.
        var sources = new[] { feed, Path.Combine(RepoPaths.Root, ".feed") }.Where(Directory.Exists);
        // Its packages into a folder of the test's own, the machine's global packages folder only read (a fallback folder):
        // nothing of this run is left in it.
        var global = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } named ? named
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(consumer, "NuGet.config"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources>" +
            string.Concat(sources.Select((s, i) => $"<add key=\"local{i}\" value=\"{s}\" />")) + "</packageSources>" +
            $"<config><add key=\"globalPackagesFolder\" value=\"{Path.Combine(work.Path, "packages")}\" /></config>" +
            $"<fallbackPackageFolders><add key=\"machine\" value=\"{global}\" /></fallbackPackageFolders></configuration>\n");
        var docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "csharp.md"));
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), DocsProgram().Match(docs) is { Success: true } m
            ? m.Groups[1].Value.Replace("HashiCorp.Cdktf", Cdk, StringComparison.Ordinal) // the one change CDK Terrain asks of a program: docs/cdk-terrain.md
            : throw new InvalidOperationException("docs/csharp.md has no block marked <!-- csharp program: ... -->"));

        var build = Run(consumer, temp, "dotnet", "build", "--nologo", "-c", "Release");
        Assert.True(build.Code == 0, build.Output);
        var run = Run(consumer, temp, "dotnet", "run", "--no-build", "-c", "Release");
        Assert.True(run.Code == 0, run.Output);
        var stack = File.ReadAllText(Path.Combine(consumer, "cdktf.out", "stacks", "hml", "cdk.tf.json"));
        Assert.Contains("\"aws_elasticache_replication_group\"", stack, StringComparison.Ordinal);
        Assert.Contains("\"num_cache_clusters\": 3", stack, StringComparison.Ordinal);
        Assert.Contains("\"transit_encryption_mode\": \"required\"", stack, StringComparison.Ordinal);
    }
}
