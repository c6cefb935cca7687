// The CDKTF app cdktf.json runs: every environment file to a stack (AppCommand). The guard, the
// rehearsals and the generators are Valkey.Cdktf.Tools.
return ProcessHost.Run((context, cancel) => AppCommand.Run(args, context, cancel));
