using System.Runtime.InteropServices;

namespace Valkey.Cdktf.App.Cli;

/// <summary>
/// Turns the first Ctrl-C (SIGINT), SIGTERM or SIGHUP into a cancellation, so a run stops at
/// its next safe point and cleans up after itself (exit 130); a second one ends the process at once.
/// Also when the parent started it with SIGINT ignored, as a shell does for a background job
/// (<see cref="InheritedIgnore"/>).
/// </summary>
internal sealed class Interrupts : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;

    public Interrupts()
    {
        InheritedIgnore.Undo();
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(s => PosixSignalRegistration.Create(s, Handle))];
    }

    public CancellationToken Token => _source.Token;

    public bool Interrupted => _source.IsCancellationRequested;

    private void Handle(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested) return; // the second one: the default action ends the process
        context.Cancel = true;
        _source.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _source.Dispose();
    }
}
