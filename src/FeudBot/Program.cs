using FeudBot.Cli;

// Every verb lives in Cli/ (CliApp lists the command factories); the bot's `run` verb is one of them.
// No verb at all runs the bot, so a container can start the image without arguments.
return await CliApp.RunAsync(args.Length == 0 ? [FeudBot.Hosting.RunCommand.Name] : args);
