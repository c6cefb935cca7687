namespace Valkey.Cdktf.Tools.Emulator;

/// <summary>What a deploy cycle asks of the emulator beside AWS's APIs: where it is, the maintenance window, an out-of-band call.</summary>
internal interface IEmulatorControl
{
    /// <summary>Every AWS endpoint of the stacks, here.</summary>
    string Endpoint { get; }

    /// <summary>The maintenance window, simulated for <paramref name="replicationGroupId"/> (every group when null): the count of deferred changes applied.</summary>
    int SimulateMaintenanceWindow(string? replicationGroupId);

    /// <summary>An AWS CLI command (<c>aws elasticache modify-replication-group …</c>) made against the emulator: whether it succeeded, and its answer or error.</summary>
    (bool Succeeded, string Answer) Aws(string command);
}
