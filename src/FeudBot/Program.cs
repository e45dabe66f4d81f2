using FeudBot.Cli;

// Every verb lives in Cli/ (CliApp lists the command factories); the bot's `run` verb is one of them.
return await CliApp.RunAsync(args);
