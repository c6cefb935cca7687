namespace Valkey.Cdktf.App.Cli;

/// <summary>
/// What a whole process of the app or the tools needs around its command: its private temp folder, the interrupts, and
/// the last word on any failure: one line naming the path and the cause, an exit code of <see cref="ExitCode"/>,
/// nothing left in the temp folder.
/// </summary>
internal static class ProcessHost
{
    /// <summary>Runs <paramref name="command"/> in this process, with its console and environment.</summary>
    public static int Run(Func<CliContext, CancellationToken, ExitCode> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var temp = new PrivateTemp();
        using var interrupts = new Interrupts();
        var stderr = Console.Error;
        Console.SetError(new QuietAfterInterrupt(stderr, () => interrupts.Interrupted));
        try
        {
            return (int)command(CliContext.FromProcess(Console.Error), interrupts.Token);
        }
        catch (Exception e) when (interrupts.Interrupted || (IsChildLoss(e) && interrupts.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(1))))
        {
            // The jsii runtime's Node.js process gets Ctrl-C too and dies; its error is the interrupt's, not a cause to show
            // (an AggregateException of Parallel.For, the runtime's lost pipe).
            stderr.WriteLine("interrupted: nothing was written");
            if (Environment.GetEnvironmentVariable("VALKEY_DEBUG") == "1") stderr.WriteLine($"debug: the interrupt surfaced as {e.GetType().Name}: {e.Message}");
            stderr.Flush();
            temp.Dispose();
            PrivateTemp.RemoveRuntimeFiles();
            // The jsii runtime's exit handler would write to the dead process's pipe and end in an
            // unhandled exception: leave without running exit handlers (everything is cleaned up already).
            ImmediateExit.Now((int)ExitCode.Interrupted);
            return (int)ExitCode.Interrupted;
        }
        catch (OutputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}. Nothing was written.");
            return (int)e.Code;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // .NET's own messages end with a period ("Could not find file '…'."): one sentence end, not two.
            Console.Error.WriteLine($"error: {e.Message.TrimEnd('.')}. Nothing was written.");
            return (int)ExitCode.IoError;
        }
    }

    // Ctrl-C reaches the jsii runtime's Node.js process too; its death can surface a moment before the signal handler has
    // run, also wrapped (a TargetInvocationException when the jsii runtime was reached by reflection, as JsiiTypeIndex
    // does): look through the inner exceptions.
    private static bool IsChildLoss(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x.Message.Contains("Child process exited unexpectedly", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
