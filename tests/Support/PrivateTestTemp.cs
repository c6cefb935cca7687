using System.Runtime.CompilerServices;

namespace Valkey.Cdktf.Tests.Support;

/// <summary>
/// Gives each test process a temp folder of its own, removed when the process exits, however
/// the tests were started (<c>./build.sh test</c> or a plain <c>dotnet test</c>): CDKTF's
/// <c>Testing.App()</c> makes a <c>cdktf.outdir.*</c> folder for every stack it synthesizes and the
/// jsii runtime unpacks its packages, and neither removes them. <c>TMPDIR</c> is set before the
/// jsii runtime's Node.js process starts, so it inherits the folder too.
/// </summary>
internal static class PrivateTestTemp
{
    [ModuleInitializer]
    internal static void Install()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"valkey-cdktf-test-run-{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;
        Environment.SetEnvironmentVariable("TMPDIR", folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        };
    }
}
