namespace Valkey.Cdktf.App.Synthesis;

/// <summary>
/// <c>VALKEY_TEST_HOLD=staged|swapped</c>: the synthesis stops at that moment of putting the output in place
/// (<see cref="OutputDirectory.Publish"/>), says so on standard error and waits for an interrupt (at most two
/// minutes), so a test can kill the process exactly there. Unset: never holds.
/// </summary>
internal sealed class TestHold(string? moment, TextWriter error, CancellationToken cancel)
{
    /// <summary>Holds when <paramref name="reached"/> is the moment asked for.</summary>
    public void At(string reached)
    {
        if (moment != reached) return;
        error.WriteLine($"hold: {reached}");
        error.Flush();
        cancel.WaitHandle.WaitOne(TimeSpan.FromMinutes(2));
    }
}
