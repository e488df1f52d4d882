using System.CommandLine;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>validate</c> verb (placeholder until implemented).</summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command bound to a context.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("validate", "Not implemented yet.");
        command.SetAction(_ =>
        {
            context.Error.WriteLine("error: 'validate' is not implemented yet");
            return ExitCodes.InvalidInput;
        });
        return command;
    }
}
