using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Deploy;

/// <summary>
/// A CDKTF project of one environment in a scratch folder, as a user's checkout has it: a
/// <c>cdktf.json</c> whose app is this build of the app, an <c>environments/</c> folder holding a
/// copy of the environment's file (which the cycle edits: the user's file is never written), and
/// <c>cdktf.out/</c>, where synthesis keeps the emulator's override files beside each stack.
/// </summary>
internal sealed class ScratchProject
{
    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly object _synthLock;

    private ScratchProject(string folder, string name, object synthLock)
    {
        Folder = folder;
        Name = name;
        _synthLock = synthLock;
    }

    /// <summary>The project folder (<c>cdktf deploy</c> runs here).</summary>
    public string Folder { get; }

    /// <summary>The environment's, and so the stack's, name.</summary>
    public string Name { get; }

    public string EnvironmentsFolder => Path.Combine(Folder, EnvironmentFile.DefaultFolder);

    public string EnvironmentPath => Path.Combine(EnvironmentsFolder, $"{Name}.json");

    public string OutputFolder => Path.Combine(Folder, "cdktf.out");

    /// <summary>The synthesized stack's folder, where Terraform runs.</summary>
    public string StackFolder => Path.Combine(OutputFolder, OutputDirectory.StacksFolder, Name);

    /// <summary>
    /// A project in <paramref name="folder"/> for the environment file <paramref name="environmentFile"/>.
    /// <paramref name="synthLock"/> serializes synthesis: the jsii runtime of this process serves one app at a time.
    /// </summary>
    public static ScratchProject Create(string folder, string environmentFile, object synthLock) => Create(folder, [environmentFile], synthLock);

    /// <summary>
    /// A project in <paramref name="folder"/> of several environment files that are one app (a global datastore's primary and
    /// its secondaries: a secondary's stack reads its primary's); the project is the first file's environment's, and
    /// <see cref="Member"/> gives the others'.
    /// </summary>
    public static ScratchProject Create(string folder, IReadOnlyList<string> environmentFiles, object synthLock)
    {
        ArgumentNullException.ThrowIfNull(environmentFiles);
        var name = Path.GetFileNameWithoutExtension(environmentFiles[0]);
        var project = new ScratchProject(Directory.CreateDirectory(folder).FullName, name, synthLock);
        Directory.CreateDirectory(project.EnvironmentsFolder);
        foreach (var file in environmentFiles) File.Copy(file, Path.Combine(project.EnvironmentsFolder, Path.GetFileName(file)));
        var config = new JsonObject
        {
            ["language"] = "csharp",
            ["app"] = CdktfCli.AppCommand,
            ["sendCrashReports"] = false,
            ["terraformProviders"] = new JsonArray(),
            ["terraformModules"] = new JsonArray(),
            ["context"] = new JsonObject(),
        };
        File.WriteAllText(Path.Combine(project.Folder, "cdktf.json"), config.ToJsonString(Indented));
        return project;
    }

    /// <summary>The same project seen as environment <paramref name="name"/>'s, another of its files.</summary>
    public ScratchProject Member(string name) => new(Folder, name, _synthLock);

    /// <summary>The project's copy of the environment file.</summary>
    public JsonObject ReadEnvironment() => JsonNode.Parse(File.ReadAllText(EnvironmentPath))!.AsObject();

    /// <summary>Replaces the project's copy of the environment file.</summary>
    public void WriteEnvironment(JsonObject environment) => File.WriteAllText(EnvironmentPath, environment.ToJsonString(Indented));

    /// <summary>Synthesizes the project's environment into <c>cdktf.out</c> with this process's app; the problems, when it fails.</summary>
    public string? Synth()
    {
        using var error = new StringWriter();
        ExitCode code;
        lock (_synthLock) code = SynthCommand.Run(EnvironmentsFolder, OutputFolder, error);
        return code == ExitCode.Ok ? null : $"synthesis failed (exit {(int)code}):\n{error.ToString().Trim()}";
    }

    /// <summary>The synthesized stack (cdk.tf.json).</summary>
    public JsonNode Stack() => JsonNode.Parse(File.ReadAllText(Path.Combine(StackFolder, OutputDirectory.StackFile)))!;
}
