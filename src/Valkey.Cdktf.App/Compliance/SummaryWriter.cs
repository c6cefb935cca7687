using Spectre.Console;

namespace Valkey.Cdktf.App.Compliance;

/// <summary>The summary after a synth: one row per environment.</summary>
internal static class SummaryWriter
{
    public static void Write(IReadOnlyList<EnvironmentSummary> summaries, TextWriter output, bool terminal)
    {
        if (summaries.Count == 0) return;
        static string YesNo(bool value) => value ? "yes" : "no";
        TableWriter.Write(output, terminal, ["environment", "nodes", "Multi-AZ", "at rest", "in transit", "auth", "alarms", "logs", "compliance", "est. monthly cost"],
            summaries.Select(s => ((IReadOnlyList<string>)[s.Stack, s.Capacity, s.Serverless ? "n/a" : YesNo(s.MultiAz), YesNo(s.AtRest), YesNo(s.InTransit), s.Auth,
                s.Alarms.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Serverless ? "n/a" : YesNo(s.Logs), s.ComplianceCounts, s.Cost],
                s.Compliance.Failed > 0 ? new Style(Color.Yellow) : Style.Plain)));
        output.WriteLine($"  cost: on-demand node-hours × {PriceTable.HoursPerMonth} h ({PriceTable.Source}); {PriceTable.LeftOut}; details and each rule in cdktf.out/stacks/<env>/compliance.json");
        foreach (var unknown in summaries.Where(s => s.MonthlyCost is null)) output.WriteLine($"  cost of {unknown.Stack} unknown: {unknown.CostNote}");
    }
}
