using System.ComponentModel;
using Spectre.Console.Cli;
using Valkey.Cdktf.App.Compliance;

namespace Valkey.Cdktf.Tools.Cli.Verbs;

/// <summary><c>prices</c>: the price table from AWS Price List offer files (<see cref="PricesCommand"/>).</summary>
internal sealed class PricesVerb : Command<PricesVerb.Settings>
{
    /// <summary>The prices command's options.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--from <FILE>")]
        [Description("An AWS Price List offer file of AmazonElastiCache, one per region (repeatable)")]
        public string[] From { get; init; } = [];

        [CommandOption("--table <FILE>")]
        [Description("The price table to write. Default: src/Valkey.Cdktf.App/Compliance/prices.json")]
        public string Table { get; init; } = PricesCommand.DefaultTable;
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var cli = CommandLine.Context(context);
        return (int)PricesCommand.Run(settings.From, settings.Table, cli.Output, cli.Error);
    }
}
