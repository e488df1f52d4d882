using EvalHarness.Cli;

return CliApp.Run(args, CliContext.FromConsole());
