using Valkey.Cdktf.App.Tests.Guard;

namespace Valkey.Cdktf.App.Tests.Rehearsal;

/// <summary>The rehearsal's decision alone (<see cref="StackEvaluation.Verdict"/>), without Terraform: what each judged plan earns.</summary>
public sealed class RehearsalVerdictTests
{
    public static TheoryData<string, string[], bool, int> Cases => new()
    {
        // label, the replication group's actions, a steady-state problem, the verdict
        { "created", ["create"], false, (int)ExitCode.Ok },
        { "updated", ["update"], false, (int)ExitCode.Ok },
        { "replaced", ["delete", "create"], false, (int)ExitCode.UnacknowledgedChange },
        { "created before destroyed", ["create", "delete"], false, (int)ExitCode.UnacknowledgedChange },
        { "destroyed", ["delete"], false, (int)ExitCode.UnacknowledgedChange },
        { "not settled", ["update"], true, (int)ExitCode.TerraformFailed },
        { "replaced and not settled", ["delete", "create"], true, (int)ExitCode.UnacknowledgedChange },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_plan_earns_its_exit_code(string label, string[] actions, bool unsettled, int expected)
    {
        var judgement = JudgeDecisionTests.Judge([JudgeDecisionTests.Row(actions)]);

        var verdict = StackEvaluation.Verdict(judgement, unsettled ? "perpetual diff" : null);

        Assert.True((ExitCode)expected == verdict, $"{label}: {verdict}");
    }
}
