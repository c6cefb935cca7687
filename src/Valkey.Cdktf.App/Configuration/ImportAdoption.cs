namespace Valkey.Cdktf.App.Configuration;

/// <summary>
/// Adopt existing resources into a stack with its own, new state: Terraform <c>import</c>
/// blocks for the replication group (by its id), the subnet group (by its name) and the
/// security group (by <paramref name="SecurityGroupId"/>). The ids and names the stack uses
/// must be those of the existing resources (set them in the variables when they do not
/// follow the convention).
/// </summary>
/// <param name="SecurityGroupId">The existing security group's id (<c>sg-…</c>).</param>
internal sealed record ImportAdoption(string SecurityGroupId);
