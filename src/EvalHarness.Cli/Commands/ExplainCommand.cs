using System.CommandLine;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>explain</c> verb (placeholder until implemented).</summary>
internal static class ExplainCommand
{
    /// <summary>Creates the command bound to a context.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("explain", "Not implemented yet.");
        command.SetAction(_ =>
        {
            context.Error.WriteLine("error: 'explain' is not implemented yet");
            return ExitCodes.InvalidInput;
        });
        return command;
    }
}
