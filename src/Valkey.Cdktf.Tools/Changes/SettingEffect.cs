using Valkey.Cdktf.Tools.ApplyRules.Rules;
using Valkey.Cdktf.Settings;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>
/// What changing a setting on a deployed stack does, derived from the one model of the provider the judge uses
/// (<see cref="ProviderSchema"/>) and the attributes each step of the setting's examples changed
/// (<see cref="SettingAttributes"/>, computed by synthesis): their <c>force_new</c> and conditional rules, the resources
/// the setting adds or removes, and which resource types hold data. The README's "a change" column is this, never a
/// second copy of the provider's facts; the rehearsal checks it against the real provider's plan for every variable.
/// </summary>
/// <param name="Replaced">The resource types every step of the examples that keeps them replaces.</param>
/// <param name="MayReplace">The types only some steps replace, with the attributes that do (a new family, not a minor version).</param>
/// <param name="Adds">The resource types it adds or removes.</param>
/// <param name="Conditions">The provider's conditional rules on the attributes it changes (replaces only for some values).</param>
internal sealed record SettingEffect(
    IReadOnlyList<string> Replaced,
    IReadOnlyList<(string Type, IReadOnlyList<string> Attributes)> MayReplace,
    IReadOnlyList<string> Adds,
    IReadOnlyList<string> Conditions)
{
    /// <summary>The effect of changing <paramref name="setting"/>, from the embedded <see cref="SettingAttributes"/>.</summary>
    public static SettingEffect Of(Setting setting, ProviderSchema schema) => Of(setting, schema, SettingAttributes.Embedded());

    /// <summary>The effect of changing <paramref name="setting"/>, from <paramref name="attributes"/>.</summary>
    public static SettingEffect Of(Setting setting, ProviderSchema schema, SettingAttributes attributes)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(attributes);
        var steps = attributes.Of(setting);
        var also = setting.Also.Select(a => a.Split('.', 2)).Select(p => new TerraformAttribute(p[0], p[1])).ToList();
        var changed = steps.SelectMany(s => s.Changes).Concat(also).Distinct().ToList();
        var replaced = new List<string>();
        var may = new List<(string, IReadOnlyList<string>)>();
        foreach (var type in changed.Select(a => a.Type).Distinct())
        {
            // A step that adds or removes the type does not replace it; of the others, which force a new one.
            var keeping = steps.Where(s => !s.Adds.Contains(type)).ToList();
            var forcingSteps = keeping.Select(s => s.Changes.Where(a => a.Type == type && schema.ForcesNew(type, a.Attribute)).Select(a => a.Attribute).ToList()).ToList();
            var forcing = forcingSteps.SelectMany(f => f).Concat(also.Where(a => a.Type == type && schema.ForcesNew(type, a.Attribute)).Select(a => a.Attribute))
                .Distinct().Order(StringComparer.Ordinal).ToList();
            if (forcingSteps.Count > 0 && forcingSteps.All(f => f.Count > 0)) replaced.Add(type);
            else if (forcing.Count > 0) may.Add((type, forcing));
        }
        var conditions = changed.Select(a => schema.Condition(a.Type, a.Attribute) is { } when ? $"{Plain(a.Type)}, `{when.Replace(": ", "`: ", StringComparison.Ordinal)}" : null)
            .OfType<string>().Distinct().ToList();
        // The cache first: it is what a reader looks for.
        replaced = [.. replaced.OrderBy(t => t == ResourceAddresses.ReplicationGroupType ? 0 : 1)];
        var adds = steps.SelectMany(s => s.Adds).Distinct().Order(StringComparer.Ordinal).ToList();
        return new SettingEffect(replaced, may, adds, conditions) { InPlace = changed.Any(a => !schema.ForcesNew(a.Type, a.Attribute)) };
    }

    /// <summary>Whether it changes no resource of AWS, only what Terraform does (a lifecycle).</summary>
    public bool TerraformOnly => Replaced.Count == 0 && MayReplace.Count == 0 && Adds.Count == 0 && Conditions.Count == 0 && !InPlace;

    /// <summary>Whether it writes an attribute that some change updates in place (set by <see cref="Of"/>).</summary>
    public bool InPlace { get; init; }

    /// <summary>The types any change replaces that hold data (the judge asks for an acknowledgement).</summary>
    public IReadOnlyList<string> LosingData(ProviderSchema schema) => [.. Replaced.Where(schema.HoldsData)];

    /// <summary>The README's cell: Markdown, one line.</summary>
    public string Describe(ProviderSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (TerraformOnly) return "Terraform's behaviour only (no attribute of AWS)";
        var data = LosingData(schema);
        var other = Replaced.Except(data).ToList();
        var parts = new List<string>();
        if (data.Count > 0) parts.Add($"**replaces {List(data)}** (data lost: the guard asks for an acknowledgement)");
        if (other.Count > 0)
        {
            var inUse = other.Contains(ResourceAddresses.SecurityGroupType) && !data.Contains(ResourceAddresses.ReplicationGroupType);
            parts.Add($"replaces {List(other)} (no data)" + (inUse ? $": refused before apply while the cache uses the group ({new SecurityGroupReplacedInUse().Id})" : ""));
        }
        if (parts.Count == 0 && InPlace) parts.Add("in place");
        foreach (var (type, attributes) in MayReplace)
        {
            parts.Add($"a new {string.Join(" or ", attributes.Select(a => $"`{a}`"))} replaces {Plain(type)}" +
                (schema.HoldsData(type) ? " (data lost: the guard asks for an acknowledgement)" : " (no data)"));
        }
        if (Adds.Count > 0)
        {
            parts.Add($"adds or removes {List(Adds)}" + (Adds.Any(schema.HoldsData) ? " (removing them loses what they hold: the guard asks for an acknowledgement)" : ""));
        }
        if (parts.Count == 0) parts.Add("in place");
        if (Conditions.Count > 0) parts.Add("the provider decides by value: " + string.Join("; ", Conditions));
        return string.Join("; ", parts);
    }

    private static string List(IReadOnlyList<string> types) => string.Join(", ", types.Select(Plain));

    /// <summary>A resource type as the README says it.</summary>
    private static string Plain(string type) => type switch
    {
        ResourceAddresses.ReplicationGroupType => "the cache",
        ResourceAddresses.ServerlessCacheType => "the serverless cache",
        ResourceAddresses.GlobalReplicationGroupType => "the global datastore",
        ResourceAddresses.SubnetGroupType => "the subnet group",
        ResourceAddresses.SecurityGroupType => "the security group",
        "aws_elasticache_parameter_group" => "the parameter group",
        "aws_cloudwatch_log_group" => "the log groups",
        "aws_cloudwatch_metric_alarm" => "the alarms",
        "aws_elasticache_user" => "the users",
        "aws_elasticache_user_group" => "the user group",
        _ => $"`{type}`",
    };
}
