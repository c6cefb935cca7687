namespace Valkey.Cdktf.Tools.Changes;

/// <summary>Everything one change does to one stack: a row per resource, and the changes outside the resources.</summary>
/// <param name="Resources">A row per resource, in address order (no-ops included).</param>
/// <param name="Stack">The changes outside the resources (region, state, protection, a removed environment).</param>
internal sealed record ChangeSet(IReadOnlyList<ResourceChange> Resources, IReadOnlyList<StackChange> Stack)
{
    /// <summary>No change at all.</summary>
    public static ChangeSet Empty { get; } = new([], []);

    /// <summary>
    /// The row of the replication group the configuration declares; null when the stack has none. A state may hold another
    /// one under an address the configuration lacks (a root resource, an indexed module instance): its row only deletes,
    /// so the row that does not is the stack's.
    /// </summary>
    public ResourceChange? Cache => Resources
        .Where(r => r.Type == ResourceAddresses.ReplicationGroupType && r.Mode == "managed")
        .OrderBy(r => r.IsDelete ? 1 : 0)
        .FirstOrDefault();

    /// <summary>The rows that do something (not a no-op nor a read).</summary>
    public IEnumerable<ResourceChange> Acting => Resources.Where(r => r.DoesSomething);

    /// <summary>"3 to create, 1 to update, …": the counts a plan prints, moves and imports beside them.</summary>
    public string Counts()
    {
        var rows = Resources.Where(r => r.Mode == "managed").ToList();
        return $"{rows.Count(r => r.IsCreate)} to create, {rows.Count(r => r.IsUpdate)} to update, {rows.Count(r => r.IsReplace)} to replace, " +
            $"{rows.Count(r => r.IsDelete)} to delete, {rows.Count(r => r.PreviousAddress is not null)} to move" +
            (rows.Any(r => r.Importing) ? $", {rows.Count(r => r.Importing)} to import" : "");
    }
}
