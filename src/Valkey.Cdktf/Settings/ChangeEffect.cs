namespace Valkey.Cdktf.Settings;

/// <summary>What changing a setting on a deployed stack does (from the provider's ForceNew attributes).</summary>
internal enum ChangeEffect
{
    /// <summary>An in-place update, or a change of resources that hold no data (alarms, log groups).</summary>
    InPlace,

    /// <summary>Terraform replaces the replication group: a new, empty cache (the guard asks for an acknowledgement).</summary>
    ReplacesCache,

    /// <summary>Terraform replaces the security group, which holds no data (EC2 changes neither a group's name, description nor VPC).</summary>
    ReplacesSecurityGroup,

    /// <summary>Read once, when the replication group is created: a change on an existing group replaces it.</summary>
    OnCreate,

    /// <summary>Changes no resource of AWS, only what Terraform does (<c>lifecycle</c>, apply timing).</summary>
    TerraformOnly,
}
