namespace Valkey.Cdktf.App.Synthesis;

/// <summary>The synthesis could not be put in place; nothing was written.</summary>
internal sealed class OutputException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>, with <paramref name="cause"/> in plain words.</summary>
    public OutputException(string path, string cause, ExitCode code = ExitCode.IoError)
        : base($"{path}: {cause}")
    {
        Path = path;
        Cause = cause;
        Code = code;
    }

    /// <summary>The exit code: <see cref="ExitCode.IoError"/>, or <see cref="ExitCode.ConfigurationError"/> when the input must change.</summary>
    public ExitCode Code { get; }

    /// <summary>The file or folder at fault.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it.</summary>
    public string Cause { get; }
}
