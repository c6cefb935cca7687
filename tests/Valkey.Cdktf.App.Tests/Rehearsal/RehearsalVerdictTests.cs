using Valkey.Cdktf.App.ApplyRules;
using Valkey.Cdktf.App.ApplyRules.Rules;

namespace Valkey.Cdktf.App.Tests.Rehearsal;

/// <summary>The rehearsal's decision alone (<see cref="StackEvaluation.Verdict"/>), without Terraform: what each plan earns.</summary>
public sealed class RehearsalVerdictTests
{
    private static PlannedResource Resource(string address, params string[] actions) => new(address, actions, null, [], []);

    private static readonly RuleFinding Failing = new(new LogDeliveryNeedsApplyImmediately(), "why", "fix");
    private static readonly RuleFinding Warning = new(new AuthTokenAddedWithRotate(), "why", "fix");

    public static TheoryData<string, string[], bool, bool, bool, int> Cases => new()
    {
        // label, the replication group's actions, a failing finding, a warning, a steady-state problem, the verdict
        { "created", ["create"], false, false, false, (int)ExitCode.Ok },
        { "updated", ["update"], false, false, false, (int)ExitCode.Ok },
        { "replaced", ["delete", "create"], false, false, false, (int)ExitCode.UnacknowledgedChange },
        { "created before destroyed", ["create", "delete"], false, false, false, (int)ExitCode.UnacknowledgedChange },
        { "destroyed", ["delete"], false, false, false, (int)ExitCode.UnacknowledgedChange },
        { "an apply-time rule broken", ["update"], true, false, false, (int)ExitCode.UnacknowledgedChange },
        { "only a warning", ["update"], false, true, false, (int)ExitCode.Ok },
        { "not settled", ["update"], false, false, true, (int)ExitCode.TerraformFailed },
        { "replaced and not settled", ["delete", "create"], false, false, true, (int)ExitCode.UnacknowledgedChange },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_plan_earns_its_exit_code(string label, string[] actions, bool failing, bool warning, bool unsettled, int expected)
    {
        var findings = new List<RuleFinding>();
        if (failing) findings.Add(Failing);
        if (warning) findings.Add(Warning);

        var verdict = StackEvaluation.Verdict([Resource("aws_elasticache_replication_group.valkey", actions)], findings, unsettled ? "perpetual diff" : null);

        Assert.True((ExitCode)expected == verdict, $"{label}: {verdict}");
    }

    [Theory]
    [InlineData("aws_cloudwatch_metric_alarm.valkey_001_memory", 0)] // holds no data: replaced freely
    [InlineData("aws_security_group.valkey", 3)] // its id changes under every client's rules
    [InlineData("aws_elasticache_subnet_group.valkey", 3)]
    public void Replacing_another_resource_is_judged_by_what_it_holds(string address, int expected) =>
        Assert.Equal((ExitCode)expected, StackEvaluation.Verdict([Resource(address, "delete", "create")], [], null));
}
