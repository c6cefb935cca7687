using System.Text.Json;
using System.Text.Json.Nodes;

namespace Valkey.Cdktf.Tools.Rehearsal;

/// <summary>
/// A state file given to <c>rehearse --state</c> (a <c>terraform state pull</c>), read before anything
/// runs: one that holds nothing to compare is an error naming the file, never taken as "no state".
/// </summary>
internal static class StateFile
{
    /// <summary>The state's JSON; or why the file is no state to rehearse against, in one line.</summary>
    public static (JsonObject? State, string? Problem) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        const string Pull = "write it with `terraform state pull > state.json` in the root that manages the cache, and check that command succeeded";
        if (Directory.Exists(path)) return (null, $"--state {path}: a folder; expected a state file ({Pull})");
        if (!File.Exists(path)) return (null, $"--state {path}: no such file ({Pull})");
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return (null, $"--state {path}: cannot be read: {e.Message}"); }
        if (text.Trim().Length == 0) return (null, $"--state {path}: empty; a failed `terraform state pull > state.json` leaves an empty file ({Pull})");
        JsonObject? state;
        try { state = JsonNode.Parse(text) as JsonObject; }
        catch (JsonException e) { return (null, $"--state {path}: not JSON ({e.Message}); expected a Terraform state ({Pull})"); }
        if (state is null || state["version"] is null) return (null, $"--state {path}: not a Terraform state (no \"version\"); {Pull}");
        var managed = (state["resources"] as JsonArray ?? []).Count(r => r?["mode"]?.GetValue<string>() == "managed");
        if (managed == 0)
        {
            var version = state["version"]!.ToJsonString();
            return (null, version == "3"
                ? $"--state {path}: a state of format 3 (Terraform 0.11 and older) holds no resources Terraform 1.x reads; {Pull} with Terraform 1.7 or newer"
                : $"--state {path}: holds no resources; rehearsing against it is rehearsing a new stack (drop --state for that), or {Pull}");
        }
        return (state, null);
    }
}
