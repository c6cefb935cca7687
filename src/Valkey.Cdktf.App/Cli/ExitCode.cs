namespace Valkey.Cdktf.App.Cli;

/// <summary>The exit codes of every command (synth, guard, rehearse, rehearse --deploy, docs).</summary>
internal enum ExitCode
{
    /// <summary>Done; nothing destructive.</summary>
    Ok = 0,

    /// <summary>An environment file has problems; nothing was written.</summary>
    ConfigurationError = 1,

    /// <summary>Bad arguments, or a baseline that does not exist.</summary>
    UsageError = 2,

    /// <summary>The guard found a replacement, destruction, move or unprotection that is not acknowledged; or the rehearsal's plan replaces or destroys a resource, or Terraform refuses it for prevent_destroy.</summary>
    UnacknowledgedChange = 3,

    /// <summary>Terraform failed (validate, plan, its diagnostics shown), or the steady-state plan was not empty.</summary>
    TerraformFailed = 4,

    /// <summary>A file or folder could not be read or written (read-only, not a folder, disk full); nothing was written.</summary>
    IoError = 74,

    /// <summary>Interrupted (SIGINT, SIGTERM or SIGHUP, even with SIGINT ignored by the parent); nothing was written.</summary>
    Interrupted = 130,
}
