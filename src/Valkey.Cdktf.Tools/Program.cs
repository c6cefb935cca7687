// The tools around the app: guard, rehearse (and rehearse --deploy), docs, prices (CommandLine).
return ProcessHost.Run((context, cancel) => CommandLine.Run(args, context, cancel));
