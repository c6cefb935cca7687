using System.Linq.Expressions;

namespace Valkey.Cdktf;

/// <summary>
/// The rules of one input type, as one table. Each rule names the inputs it reads; it runs
/// only when all of them are present (not null) and none was already reported by whoever
/// read the input (a wrong JSON type, say), so no rule needs stand-in values and no problem
/// is reported twice. <see cref="Check"/> runs them all and returns every problem. Inputs are
/// named by strings, or by the property they are (<c>p =&gt; p.NodeType</c>) when the table is
/// made with a way to name a property.
/// </summary>
/// <typeparam name="T">The input type.</typeparam>
internal sealed class RuleTable<T>
{
    private readonly List<(IReadOnlyList<(string Field, Func<T, object?> Value)> Inputs, Func<T, IEnumerable<ConfigurationProblem>> Check)> _rules = [];

    private readonly List<string> _fields = [];

    private readonly Func<Expression<Func<T, object?>>, string>? _nameOf;

    /// <summary>A table whose inputs are named by strings.</summary>
    public RuleTable()
    {
    }

    /// <summary>A table whose inputs may be named by the property they are; <paramref name="nameOf"/> gives a property's field name.</summary>
    public RuleTable(Func<Expression<Func<T, object?>>, string> nameOf)
    {
        _nameOf = nameOf;
    }

    /// <summary>Every field a rule names, in the order the rules were added (for tests: each is a declared setting).</summary>
    internal IReadOnlyList<string> Fields => _fields;

    /// <summary>The input at <paramref name="field"/> must be present.</summary>
    public RuleTable<T> Required(string field, Func<T, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _fields.Add(field);
        _rules.Add(([], input => value(input) is null ? [ConfigurationProblem.MissingValue(field)] : []));
        return this;
    }

    /// <summary>The property <paramref name="property"/> names must be present.</summary>
    public RuleTable<T> Required(Expression<Func<T, object?>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return Required(NameOf(property), property.Compile());
    }

    /// <summary>A rule on one input, skipped when it is absent.</summary>
    public RuleTable<T> For(string field, Func<T, object?> value, Func<T, IEnumerable<ConfigurationProblem>> check) =>
        ForAll([(field, value)], check);

    /// <summary>
    /// A rule on the one property <paramref name="property"/> names, skipped when it is absent: <paramref name="check"/>
    /// gets its field name and its value, and reads nothing else.
    /// </summary>
    public RuleTable<T> For<TValue>(Expression<Func<T, TValue>> property, Func<string, TValue, IEnumerable<ConfigurationProblem>> check)
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(check);
        var field = NameOf(Expression.Lambda<Func<T, object?>>(Expression.Convert(property.Body, typeof(object)), property.Parameters));
        var value = property.Compile();
        return ForAll([(field, input => value(input))], input => check(field, value(input)));
    }

    /// <summary>A rule on several inputs, skipped when any of them is absent.</summary>
    public RuleTable<T> ForAll(IReadOnlyList<(string Field, Func<T, object?> Value)> inputs, Func<T, IEnumerable<ConfigurationProblem>> check)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(check);
        _fields.AddRange(inputs.Select(i => i.Field));
        _rules.Add((inputs, check));
        return this;
    }

    /// <summary>A rule across settings, skipped when any of the properties <paramref name="inputs"/> name is absent (none: always run).</summary>
    public RuleTable<T> Across(IReadOnlyList<Expression<Func<T, object?>>> inputs, Func<T, IEnumerable<ConfigurationProblem>> check)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return ForAll([.. inputs.Select(i => (NameOf(i), i.Compile()))], check);
    }

    /// <summary>Every problem with <paramref name="input"/>; empty when it is valid.</summary>
    /// <param name="input">The input.</param>
    /// <param name="alreadyReported">Fields whose problems were reported already: rules reading them are skipped.</param>
    public IReadOnlyList<ConfigurationProblem> Check(T input, IReadOnlySet<string>? alreadyReported = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<ConfigurationProblem>();
        foreach (var (inputs, check) in _rules)
        {
            if (inputs.Any(i => alreadyReported?.Contains(i.Field) == true || i.Value(input) is null)) continue;
            problems.AddRange(check(input).Where(p => alreadyReported?.Contains(p.Field) != true));
        }
        return problems;
    }

    private string NameOf(Expression<Func<T, object?>> property) =>
        _nameOf is null ? throw new InvalidOperationException("this table names its inputs by strings") : _nameOf(property);
}
