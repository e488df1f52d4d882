using System.CommandLine;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>eval</c> verb (placeholder until implemented).</summary>
internal static class EvalCommand
{
    /// <summary>Creates the command bound to a context.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("eval", "Not implemented yet.");
        command.SetAction(_ =>
        {
            context.Error.WriteLine("error: 'eval' is not implemented yet");
            return ExitCodes.InvalidInput;
        });
        return command;
    }
}
