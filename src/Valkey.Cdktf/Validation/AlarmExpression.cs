namespace Valkey.Cdktf.Validation;

/// <summary>
/// An alarm on metric math (PutMetricAlarm's <c>Metrics</c>: CloudWatch API Reference, MetricDataQuery): the metrics it
/// reads, each one's Sum over the alarm's period on the member's <c>CacheClusterId</c>, then the expressions over them;
/// the last is the one the alarm watches (<c>ReturnData</c>).
/// </summary>
/// <param name="Sums">Each metric read: its id in the expressions and the ElastiCache metric.</param>
/// <param name="Steps">Each expression: its id, the math, and its label; the last returns the data.</param>
internal sealed record AlarmExpression(IReadOnlyList<(string Id, string Metric)> Sums, IReadOnlyList<(string Id, string Math, string Label)> Steps);
