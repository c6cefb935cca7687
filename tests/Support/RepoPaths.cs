namespace Valkey.Cdktf.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root: the folder holding Valkey.Cdktf.sln above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Environments => Path.Combine(Root, "environments");

    /// <summary>One example environment file per capability beyond the module's (examples/).</summary>
    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>The global datastore example: a folder of its own, for its two files are one app (a primary and its secondary).</summary>
    public const string GlobalDatastoreFolder = "global-datastore";

    /// <summary>examples/global-datastore/.</summary>
    public static string GlobalDatastoreExample => Path.Combine(Examples, GlobalDatastoreFolder);

    /// <summary>The accepted syntheses of this build's toolchain (Directory.Build.props: CDKTN for CDK Terrain).</summary>
#if CDKTN
    public static string Accepted => AcceptedCdktn;
#else
    public static string Accepted => AcceptedCdktf;
#endif

    /// <summary>The accepted syntheses of this build's toolchain's examples.</summary>
    public static string AcceptedExamples => Path.Combine(Accepted, "examples");

    /// <summary>The accepted syntheses of the default toolchain (CDKTF), whatever this build's.</summary>
    public static string AcceptedCdktf => Path.Combine(Root, "accepted");

    /// <summary>The accepted syntheses of CDK Terrain.</summary>
    public static string AcceptedCdktn => Path.Combine(Root, "accepted", "cdktn");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Valkey.Cdktf.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"Valkey.Cdktf.sln not found above {AppContext.BaseDirectory}");
    }
}
