using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>Alarms exist and each notifies someone.</summary>
internal sealed class AlarmsWithActions : ComplianceRule
{
    public override string Id => "VKC-ALARMS";

    public override string Title => "Alarms watch the cache, each with at least one action.";

    public override IReadOnlyList<string> Controls => ["module documentation: Monitoramento, Alertas Recomendados"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.AlarmActions);

    // The module documentation, its control, has no address: the AWS page behind the rule.
    public override string HelpUri => "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheMetrics.WhichShouldIMonitor.html";

    public override string? Check(StackView stack)
    {
        if (stack.Alarms.Count == 0) return "no alarms (alarms_enabled is false)";
        var silent = stack.Alarms.Count(a => (a["alarm_actions"]?.AsArray().Count ?? 0) == 0);
        return silent == 0 ? null : $"{silent} of {stack.Alarms.Count} alarms notify no one: alarm_actions is empty";
    }
}
