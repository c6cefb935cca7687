namespace Valkey.Cdktf.Validation;

/// <summary>One CloudWatch alarm on one member cluster of the replication group.</summary>
/// <param name="Id">The construct id and Terraform name (<c>valkey_001_engine_cpu</c>).</param>
/// <param name="Name">The alarm's name (<c>pbet-hml-valkey-001-engine-cpu</c>).</param>
/// <param name="ClusterId">The member cluster: the <c>CacheClusterId</c> dimension (<c>pbet-hml-valkey-001</c>).</param>
/// <param name="Metric">The ElastiCache metric, or for an alarm on metric math the metrics it reads, comma separated.</param>
/// <param name="Comparison">CloudWatch's comparison operator.</param>
/// <param name="Threshold">The threshold, in the metric's unit.</param>
/// <param name="Datapoints">Datapoints to alarm, of as many evaluation periods of 60 s.</param>
/// <param name="MissingData">How missing data is treated.</param>
/// <param name="Description">What the alarm means.</param>
internal sealed record AlarmDefinition(string Id, string Name, string ClusterId, string Metric, string Comparison, double Threshold, int Datapoints, string MissingData, string Description)
{
    /// <summary>For an alarm on metric math, what it computes; null for an alarm on one metric's average.</summary>
    public AlarmExpression? Expression { get; init; }

    /// <summary>The dimension <see cref="ClusterId"/> is the value of: <c>CacheClusterId</c> for a member cluster.</summary>
    public string Dimension { get; init; } = "CacheClusterId";

    /// <summary>The statistic of an alarm on one metric: <c>Average</c> unless said.</summary>
    public string Statistic { get; init; } = "Average";
}
