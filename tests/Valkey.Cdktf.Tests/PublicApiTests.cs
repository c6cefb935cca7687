using PublicApiGenerator;
using Valkey.Cdktf.Tests.Support;

namespace Valkey.Cdktf.Tests;

/// <summary>
/// The library's public API, pinned: every public type and member as PublicApiGenerator writes it
/// (C#-like declarations with their attributes), compared on every run with <c>PublicApi.approved.txt</c>. Widening (or narrowing) it is a visible decision: on a
/// difference the test fails, writes <c>PublicApi.received.txt</c> beside the approved file,
/// and the change is approved by copying it over.
/// </summary>
public sealed class PublicApiTests
{
#if CDKTN
    private const string Suffix = ".cdktn";
#else
    private const string Suffix = "";
#endif

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Valkey.Cdktf.Tests");

    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        var received = typeof(ValkeyCache).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n") + "\n";
        // Each toolchain's own: on CDK Terrain the token's reader is an ephemeral resource (docs/cdk-terrain.md).
        var approvedPath = Path.Combine(Folder, $"PublicApi{Suffix}.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";
        var receivedPath = Path.Combine(Folder, $"PublicApi{Suffix}.received.txt");
        if (approved == received)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received);
        Assert.Fail("The library's public API changed:" + Environment.NewLine +
            TextDiff.Unified(approved, received, $"PublicApi{Suffix}.approved.txt", $"PublicApi{Suffix}.received.txt") + Environment.NewLine +
            $"If that is intended, approve it: cp {receivedPath} {approvedPath}");
    }

    [Fact]
    public void The_library_references_no_jsii_runtime_internals_and_does_no_io()
    {
        var assembly = typeof(ValkeyCache).Assembly;
        var referenced = assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain("System.Console", referenced);
        Assert.DoesNotContain("Amazon.JSII.Runtime", referenced);
        Assert.DoesNotContain(assembly.GetTypes(), t => t.Namespace?.Contains("Jsii", StringComparison.Ordinal) == true);
    }
}
