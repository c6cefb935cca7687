using System.Text.Json;
using System.Text.Json.Nodes;
using Valkey.Cdktf.App.Cli;
using Valkey.Cdktf.Validation;

namespace Valkey.Cdktf.Tools.Prices;

/// <summary>
/// <c>prices --from FILE...</c>: writes the price table (<c>prices.json</c>) from AWS Price List offer files of
/// AmazonElastiCache, downloaded where there is internet (one file a region). The table is replaced whole (a new file renamed
/// over it), never half written; a file that does not read changes nothing.
/// </summary>
internal static class PricesCommand
{
    /// <summary>The table the app embeds, from the repository's root.</summary>
    public const string DefaultTable = "src/Valkey.Cdktf.App/Compliance/prices.json";

    public static ExitCode Run(IReadOnlyList<string> files, string table, TextWriter output, TextWriter error)
    {
        if (files.Count == 0)
        {
            error.WriteLine("error: --from FILE is required: an AWS Price List offer file of AmazonElastiCache (offers/v1.0/aws/AmazonElastiCache/current/<region>/index.json)");
            return ExitCode.UsageError;
        }
        var offers = new List<(string, JsonNode)>();
        foreach (var file in files)
        {
            try
            {
                offers.Add((file, JsonNode.Parse(File.ReadAllText(file)) ?? throw new JsonException("empty")));
            }
            catch (JsonException e)
            {
                error.WriteLine($"error: {file}: not JSON ({e.Message.TrimEnd('.')}); nothing was written");
                return ExitCode.UsageError;
            }
        }
        var (data, problem) = PriceListImport.Read(offers);
        if (data is null)
        {
            error.WriteLine($"error: {problem}; nothing was written");
            return ExitCode.UsageError;
        }
        // The approximate monthly figures are not from AWS's files: the table's own are kept as they are.
        if (File.Exists(table))
        {
            var (approximate, wrong) = PriceData.ApproximateIn(File.ReadAllText(table));
            if (approximate is null)
            {
                error.WriteLine($"error: {table}: {wrong}; expected the price table this command writes (its approximate_monthly rows are kept); nothing was written");
                return ExitCode.UsageError;
            }
            data = data with { Approximate = approximate };
        }
        WholeFile.Write(table, data.ToJson());
        output.WriteLine($"{table}: {data.Prices.Count} prices in {data.Prices.Select(p => p.Region).Distinct().Count()} regions ({data.Read}); rebuild the app to use them");
        var missing = PriceListImport.Missing(data, NodeTypes.All);
        if (missing.Count > 0)
        {
            output.WriteLine($"no price for {missing.Count} node types the project knows (src/Valkey.Cdktf/Validation/NodeTypes.cs) in these regions; their cost shows unknown:");
            foreach (var line in missing) output.WriteLine($"  {line}");
        }
        return ExitCode.Ok;
    }
}
