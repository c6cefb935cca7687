namespace Valkey.Cdktf.Validation;

/// <summary>One thing wrong with an input: where, what was received, what is expected.</summary>
/// <param name="Field">The key path of the input, in the environment file's names (<c>variables.node_type</c>).</param>
/// <param name="Received">The value received, as written (JSON), or <c>(missing)</c>.</param>
/// <param name="Expected">What would be accepted.</param>
public sealed record ConfigurationProblem(string Field, string Received, string Expected)
{
    /// <summary>The value shown when a required key is absent.</summary>
    public const string Missing = "(missing)";

    /// <summary>The same problem with its field placed under <paramref name="parent"/>.</summary>
    public ConfigurationProblem Under(string parent) => this with { Field = $"{parent}.{Field}" };

    /// <inheritdoc />
    public override string ToString() => $"{Field}: got {Received}; expected {Expected}";
}
