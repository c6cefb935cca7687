namespace Valkey.Cdktf.App.Configuration;

/// <summary>Where a stack's Terraform state lives: <see cref="LocalStateBackend"/> or <see cref="S3StateBackend"/>.</summary>
internal abstract record StateBackend;
