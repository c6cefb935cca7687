namespace Valkey.Cdktf.Configuration;

/// <summary>Where a stack's Terraform state lives: <see cref="LocalStateBackend"/> or <see cref="S3StateBackend"/>.</summary>
public abstract record StateBackend;
