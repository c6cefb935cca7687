using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>
/// A real <c>terraform plan</c> of a stack's folder, read as rows (<see cref="PlanChanges"/>). When Terraform refuses the
/// plan and the configuration protects resources with <c>prevent_destroy</c>, the stack is planned again with the
/// protection off (an override file, removed afterwards, and that plan deleted): the protected resources that plan
/// replaces or destroys are what Terraform refused, read from the plan's structure, never from its messages. A plan
/// refused for another reason is a failure with Terraform's diagnostics.
/// </summary>
/// <param name="Changes">The rows; from the unprotected plan when Terraform refused the real one; null when the plan failed.</param>
/// <param name="Plan">The plan (<c>terraform show -json</c>), applicable as <c>plan.bin</c>; null when refused or failed.</param>
/// <param name="Refused">The protected resources Terraform refused to replace or destroy.</param>
/// <param name="Failure">Why the plan failed otherwise, with Terraform's diagnostics; null when it did not.</param>
internal sealed record RehearsedPlan(ChangeSet? Changes, JsonNode? Plan, IReadOnlySet<string> Refused, string? Failure)
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Plans <paramref name="folder"/>, whose configuration is <paramref name="configuration"/> (see <see cref="StackRehearsal.Plan"/> for <paramref name="live"/>).</summary>
    public static RehearsedPlan Of(StackRehearsal folder, JsonNode configuration, bool live = false, bool destroy = false)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(configuration);
        var plan = folder.Plan(live, destroy);
        if (plan.Succeeded)
        {
            var json = folder.ShowPlan();
            return new(PlanChanges.Read(json), json, None, null);
        }
        var failed = new RehearsedPlan(null, null, None, $"terraform plan failed:\n{plan.Diagnostics}");
        var protectedAddresses = SynthesisDiff.ProtectedAddresses(configuration);
        if (protectedAddresses.Count == 0) return failed;
        var files = protectedAddresses.Select(address =>
        {
            var target = TerraformAddress.Parse(address);
            return folder.AddOverride($"unprotect_{target.Type}_{target.Name}", new JsonObject
            {
                ["resource"] = new JsonObject { [target.Type] = new JsonObject { [target.Name] = new JsonObject { ["lifecycle"] = new JsonObject { ["prevent_destroy"] = false } } } },
            });
        }).ToList();
        try
        {
            // The unprotected plan's own diagnostics too: when it fails, the refusal cannot be read, and the reason is there
            // (a fresh-clone CI run once failed here under load with only the first plan's refusal to show).
            var unprotected = folder.Plan(live, destroy);
            if (!unprotected.Succeeded)
            {
                return failed with { Failure = $"{failed.Failure}\nthe plan without prevent_destroy, to read what was refused, failed too:\n{unprotected.Diagnostics}" };
            }
            var changes = PlanChanges.Read(folder.ShowPlan());
            var refused = changes.Resources.Where(r => protectedAddresses.Contains(r.Address) && r.LosesItself).Select(r => r.Address).ToHashSet(StringComparer.Ordinal);
            return refused.Count == 0 ? failed : new(changes, null, refused, null);
        }
        finally
        {
            foreach (var file in files) File.Delete(file);
            File.Delete(Path.Combine(folder.Folder, "plan.bin")); // the unprotected plan is never to be applied
        }
    }
}
