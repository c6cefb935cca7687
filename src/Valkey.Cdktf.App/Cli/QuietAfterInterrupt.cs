using System.Text;

namespace Valkey.Cdktf.App.Cli;

/// <summary>
/// Standard error as the jsii runtime sees it: once the run is interrupted, what the runtime's
/// Node.js processes print about their lost pipe (a Node.js stack trace) is dropped, so an
/// interrupt ends in the app's one line.
/// </summary>
internal sealed class QuietAfterInterrupt(TextWriter inner, Func<bool> interrupted) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (!interrupted()) inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (!interrupted()) inner.Write(value);
    }

    public override void WriteLine(string? value)
    {
        if (!interrupted()) inner.WriteLine(value);
    }

    public override void Flush() => inner.Flush();
}
