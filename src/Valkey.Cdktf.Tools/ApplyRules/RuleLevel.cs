namespace Valkey.Cdktf.Tools.ApplyRules;

/// <summary>How a broken apply-time rule counts.</summary>
internal enum RuleLevel
{
    /// <summary>AWS refuses the change at apply, or the change breaks what it protects: the guard and the rehearsal fail (exit 3).</summary>
    Failure,

    /// <summary>AWS applies the change, but the result is not what the setting says (a token the cache does not yet require): reported, not failed.</summary>
    Warning,

    /// <summary>AWS takes the change and applies it later, in the maintenance window: until then every plan shows it again.</summary>
    Pending,
}
