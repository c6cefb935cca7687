using Spectre.Console;
using Spectre.Console.Cli;
using Valkey.Cdktf.Tools.Cli.Verbs;

namespace Valkey.Cdktf.Tools.Cli;

/// <summary>
/// The tools' command line, on Spectre.Console.Cli: <c>guard</c>, <c>rehearse</c>, <c>docs</c> and <c>prices</c>, each
/// with its own <c>--help</c> (synthesis is the app's: Valkey.Cdktf.App). Parsing only: each verb hands its settings to the command that
/// does the work. A command line Spectre refuses is one line on standard error and <see cref="ExitCode.UsageError"/>;
/// exceptions of the work itself (I/O, interrupts) reach the caller.
/// </summary>
internal static class CommandLine
{
    /// <summary>Parses <paramref name="args"/> and runs the command they name.</summary>
    public static ExitCode Run(IReadOnlyList<string> args, CliContext context, CancellationToken cancel)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("Valkey.Cdktf.Tools");
            config.PropagateExceptions();
            config.Settings.StrictParsing = true; // an unknown option is an error, never an ignored extra
            config.ConfigureConsole(AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(context.Output),
                Ansi = context.Terminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = context.Terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            }));
            config.AddCommand<GuardVerb>("guard").WithData(context)
                .WithDescription("Compares each environment's new synthesis with the accepted one and fails on an unacknowledged replacement, destroy, move of state or region, prevent_destroy turned off, or a change AWS refuses at apply.")
                .WithExample("guard", "--env", "hml")
                .WithExample("guard", "--against", "accepted", "--new", "qa");
            config.AddCommand<RehearseVerb>("rehearse").WithData(context)
                .WithDescription("Real Terraform and the real AWS provider plan every stack offline, with fake credentials; with --deploy, cdktf deploy into an AWS emulator on a loopback port.")
                .WithExample("rehearse", "--env", "prod", "--state", "prod.tfstate.json")
                .WithExample("rehearse", "--deploy", "--env", "hml", "--from", "../infra/valkey")
                .WithExample("rehearse", "--deploy", "--env", "hml", "--then", "hml-tls-preferred.json", "--then", "hml-tls-required.json");
            config.AddCommand<DocsVerb>("docs").WithData(context)
                .WithDescription("Writes the generated files: the attributes each setting writes (its examples synthesized, src/Valkey.Cdktf.Tools/Changes/setting-attributes.json), the README's variable tables (from src/Valkey.Cdktf/ValkeyCacheProps.cs and the provider schema) and outputs, the apply rules' table in docs/guard.md (from src/Valkey.Cdktf.Tools/ApplyRules/Rules).")
                .WithExample("docs", "--check");
            config.AddCommand<PricesVerb>("prices").WithData(context)
                .WithDescription("Writes the cost estimate's price table from AWS Price List offer files of AmazonElastiCache, downloaded where there is internet.")
                .WithExample("prices", "--from", "us-east-1.json", "--from", "eu-west-1.json");
        });
        if (MissingValue(args) is { } option)
        {
            context.Error.WriteLine($"error: {option} needs a value (see --help)");
            return ExitCode.UsageError;
        }
        try
        {
            return (ExitCode)app.Run(args, cancel);
        }
        catch (CommandAppException e)
        {
            context.Error.WriteLine($"error: {e.Message.TrimEnd('.')} (see --help)");
            return ExitCode.UsageError;
        }
    }

    internal static readonly IReadOnlyDictionary<string, Type> Verbs = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["guard"] = typeof(GuardVerb.Settings),
        ["rehearse"] = typeof(RehearseVerb.Settings),
        ["docs"] = typeof(DocsVerb.Settings),
        ["prices"] = typeof(PricesVerb.Settings),
    };

    /// <summary>
    /// The first option of <paramref name="args"/> that takes a value but is last or followed by another option.
    /// Spectre.Console.Cli 0.57.2 does not refuse those itself: with a default command it gives the option the
    /// value <c>__default_command</c>, or none to a repeatable one.
    /// </summary>
    internal static string? MissingValue(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || !Verbs.TryGetValue(args[0], out var settings)) return null;
        var valued = settings.GetProperties()
            .Select(p => p.GetCustomAttributes(typeof(CommandOptionAttribute), false).OfType<CommandOptionAttribute>().FirstOrDefault())
            .Where(o => o is { ValueName: not null, ValueIsOptional: false })
            .SelectMany(o => o!.LongNames.Select(n => "--" + n))
            .ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (valued.Contains(args[i]) && (i + 1 == args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))) return args[i];
        }
        return null;
    }

    /// <summary>The <see cref="CliContext"/> a verb runs in.</summary>
    internal static CliContext Context(CommandContext context) =>
        context.Data as CliContext ?? throw new InvalidOperationException("the command line runs with a CliContext");
}
