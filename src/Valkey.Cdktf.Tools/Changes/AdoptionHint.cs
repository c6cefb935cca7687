using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Changes;

/// <summary>
/// When a plan against a real state would create the stack's cache while the state holds one elsewhere (in a
/// <c>module "valkey"</c>, an indexed module instance, or the root module), and the stack adopts nothing: the
/// <c>adoption</c> setting that takes those resources over, written out with the names the state has.
/// </summary>
internal static class AdoptionHint
{
    private static readonly string[] Types = [ResourceAddresses.ReplicationGroupType, ResourceAddresses.SubnetGroupType, ResourceAddresses.SecurityGroupType];

    /// <summary>The hint for <paramref name="changes"/>, planned from <paramref name="configuration"/> against <paramref name="state"/>; null when none is due.</summary>
    public static Finding? For(JsonNode configuration, JsonObject state, ChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(changes);
        if (configuration["moved"] is not null || configuration["import"] is not null) return null;
        if (changes.Cache is not { IsCreate: true } created) return null;
        var held = (state["resources"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(r => r["mode"]?.GetValue<string>() == "managed" && Types.Contains(r["type"]?.GetValue<string>()))
            .Select(r => (Module: r["module"]?.GetValue<string>(), Type: r["type"]!.GetValue<string>(), Name: r["name"]!.GetValue<string>(),
                Id: (r["instances"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault()?["attributes"]?["id"]?.GetValue<string>()))
            .ToList();
        var cache = held.FirstOrDefault(h => h.Type == ResourceAddresses.ReplicationGroupType);
        if (cache.Type is null) return null;
        var inPlace = held.Where(h => h.Module == cache.Module).ToList();
        string Name(string type) => inPlace.FirstOrDefault(h => h.Type == type).Name ?? ModuleMove.DefaultResource;
        var names = $"\"replication_group\": \"{Name(ResourceAddresses.ReplicationGroupType)}\", \"subnet_group\": \"{Name(ResourceAddresses.SubnetGroupType)}\", " +
            $"\"security_group\": \"{Name(ResourceAddresses.SecurityGroupType)}\"";
        var where = cache.Module is null ? "the root module" : cache.Module;
        var moved = cache.Module is null
            ? $"\"adoption\": {{\"moved_from_root\": {{{names}}}}}"
            : $"\"adoption\": {{\"moved_from_module\": {{\"module\": \"{ModuleMove.Spec(cache.Module)}\", {names}}}}}";
        var group = inPlace.FirstOrDefault(h => h.Type == ResourceAddresses.SecurityGroupType).Id;
        return new Finding(FindingKind.Adoption, FindingLevel.Note, created.Address,
            $"the state holds a replication group in {where} ({(cache.Module is null ? "" : cache.Module + ".")}{cache.Type}.{cache.Name}) and the stack adopts none of its resources: " +
            "the plan creates a new cache beside it and destroys the old one")
        {
            Fix = $"to take them over in this state, add to the environment file {moved}" +
                (group is null ? "" : $"; or, for a new state of the stack's own, \"adoption\": {{\"import\": {{\"security_group_id\": \"{group}\"}}}} (and release them from the old root)"),
        };
    }
}
