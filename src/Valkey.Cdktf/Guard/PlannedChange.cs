namespace Valkey.Cdktf.Guard;

/// <summary>One attribute that differs between the accepted and the new synthesis.</summary>
/// <param name="Resource">The Terraform address.</param>
/// <param name="Attribute">The attribute; <c>*</c> for the whole resource (created or destroyed).</param>
/// <param name="Old">The accepted value as compact JSON, references resolved; <c>null</c> when absent.</param>
/// <param name="New">The new value likewise.</param>
/// <param name="Action">What Terraform will do.</param>
/// <param name="Why">The provider rule behind <paramref name="Action"/>.</param>
public sealed record PlannedChange(string Resource, string Attribute, string? Old, string? New, ChangeAction Action, string Why)
{
    /// <summary>Whether the change loses what the resource holds.</summary>
    public bool IsDestructive => Action is ChangeAction.Replace or ChangeAction.Destroy;
}
