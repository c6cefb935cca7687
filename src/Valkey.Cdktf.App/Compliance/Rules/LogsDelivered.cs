using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.App.Compliance.Rules;

/// <summary>The slow log and the engine log are delivered.</summary>
internal sealed class LogsDelivered : ComplianceRule
{
    public override string Id => "VKC-LOGS";

    public override string Title => "The slow log and the engine log are delivered.";

    public override IReadOnlyList<string> Controls => ["module documentation: Troubleshooting, Logs"];

    public override string Setting => ValkeyCacheSettings.NameOf(p => p.LogDeliveryEnabled);

    // The module documentation, its control, has no address: the AWS page behind the rule.
    public override string HelpUri => "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Log_Delivery.html";

    public override string? NotApplicable(StackView stack) => NoNodes(stack, "log delivery");

    public override string? Check(StackView stack) =>
        new[] { "slow-log", "engine-log" }.All(t => stack.ReplicationGroup["log_delivery_configuration"]?.AsArray().Any(d => StackView.Text(d?["log_type"]) == t) == true) ? null : "log_delivery_configuration lacks the slow log or the engine log (log_delivery_enabled is false)";
}
