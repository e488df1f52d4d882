using System.CommandLine;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>advise</c> verb (placeholder until implemented).</summary>
internal static class AdviseCommand
{
    /// <summary>Creates the command bound to a context.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("advise", "Not implemented yet.");
        command.SetAction(_ =>
        {
            context.Error.WriteLine("error: 'advise' is not implemented yet");
            return ExitCodes.InvalidInput;
        });
        return command;
    }
}
