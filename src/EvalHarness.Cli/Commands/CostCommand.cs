using System.CommandLine;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>cost</c> verb (placeholder until implemented).</summary>
internal static class CostCommand
{
    /// <summary>Creates the command bound to a context.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("cost", "Not implemented yet.");
        command.SetAction(_ =>
        {
            context.Error.WriteLine("error: 'cost' is not implemented yet");
            return ExitCodes.InvalidInput;
        });
        return command;
    }
}
