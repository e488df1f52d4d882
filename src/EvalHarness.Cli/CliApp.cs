using System.CommandLine;
using EvalHarness.Cli.Commands;

namespace EvalHarness.Cli;

/// <summary>Wires the verbs into one command line and maps usage errors to exit code 2.</summary>
internal static class CliApp
{
    /// <summary>Parses and runs a command line, writing only to the context's writers.</summary>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);

        var root = new RootCommand("EvalHarness: evaluates the course's fine-tune vs prompt advice against expert labels.")
        {
            ValidateCommand.Create(context),
            AdviseCommand.Create(context),
            ExplainCommand.Create(context),
            CostCommand.Create(context),
            EvalCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                context.Error.WriteLine($"error: {error.Message}");
            context.Error.WriteLine("Run 'eval-harness --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error });
    }
}
