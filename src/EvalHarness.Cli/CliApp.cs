using System.CommandLine;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Cli.Commands;

namespace EvalHarness.Cli;

/// <summary>Wires the verbs into one command line and maps usage errors to exit code 2.</summary>
internal static class CliApp
{
    /// <summary>Parses and runs a command line, writing only to the context's writers.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="context">Where to write and which folder relative paths start from.</param>
    /// <param name="advisorFactory">The classifier under test; the built-in <see cref="FrameworkAdvisor"/> when <c>null</c>.</param>
    public static int Run(string[] args, CliContext context, Func<IAdvisor>? advisorFactory = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);

        var advisor = advisorFactory ?? (() => FrameworkAdvisor.Default);
        var root = new RootCommand("EvalHarness: evaluates the course's fine-tune vs prompt advice against expert labels.")
        {
            ValidateCommand.Create(context),
            AdviseCommand.Create(context, advisor),
            ExplainCommand.Create(context, advisor),
            CostCommand.Create(context),
            EvalCommand.Create(context, advisor),
            GenerateCommand.Create(context),
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
