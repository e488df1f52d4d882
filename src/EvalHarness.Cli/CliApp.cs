using System.CommandLine;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Cli.Commands;

namespace EvalHarness.Cli;

/// <summary>Wires the verbs into one command line and maps usage errors to exit code 2.</summary>
internal static class CliApp
{
    /// <summary>The exit codes and example of the tool as a whole, below the list of commands.</summary>
    private static readonly CommandHelp RootHelp = new(
        [
            (ExitCodes.Ok, "ok (the gate passed, or no gate was asked for)"),
            (ExitCodes.GateFailed, "the quality gate failed"),
            (ExitCodes.InvalidInput, "invalid input or usage: every problem is printed as file:line: message; hint"),
            (ExitCodes.ClassifierFailed, "the advisor failed on a scenario"),
        ],
        "validate");

    /// <summary>Parses and runs a command line, writing only to the context's writers.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="context">Where to write and which folder relative paths start from.</param>
    /// <param name="advisorFactory">The classifier under test; the built-in <see cref="FrameworkAdvisor"/> when <c>null</c>.</param>
    public static int Run(string[] args, CliContext context, Func<IAdvisor>? advisorFactory = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);

        var (root, verbs) = Build(context, advisorFactory);
        var configuration = new InvocationConfiguration { Output = context.Output, Error = context.Error };

        // No arguments: what the tool does and how to start, not an error.
        if (args.Length == 0)
            return root.Parse(["--help"]).Invoke(configuration);

        var parsed = root.Parse(args);
        var problems = UsageProblems.Of(parsed, root);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                context.Error.WriteLine($"error: {problem}");
            var verb = parsed.CommandResult.Command == root ? "" : parsed.CommandResult.Command.Name + " ";
            context.Error.WriteLine($"Run '{context.Command(verb + "--help")}' for usage.");
            return ExitCodes.InvalidInput;
        }

        return parsed.Invoke(configuration);
    }

    /// <summary>The command line: the root command with every verb, and each command's help sections.</summary>
    internal static (RootCommand Root, IReadOnlyDictionary<Command, CommandHelp> Help) Build(CliContext context, Func<IAdvisor>? advisorFactory = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var advisor = advisorFactory ?? (() => FrameworkAdvisor.Default);
        var root = new RootCommand("EvalHarness: evaluates the course's fine-tune vs prompt advice against expert labels.");
        var verbs = new Dictionary<Command, CommandHelp>
        {
            [root] = RootHelp,
            [ValidateCommand.Create(context)] = ValidateCommand.Help,
            [AdviseCommand.Create(context, advisor)] = AdviseCommand.Help,
            [ExplainCommand.Create(context, advisor)] = ExplainCommand.Help,
            [CostCommand.Create(context)] = CostCommand.Help,
            [EvalCommand.Create(context, advisor)] = EvalCommand.Help,
            [CompareCommand.Create(context)] = CompareCommand.Help,
            [GenerateCommand.Create(context)] = GenerateCommand.Help,
            [FormatCommand.Create(context)] = FormatCommand.Help,
            [AcceptCommand.Create(context, advisor)] = AcceptCommand.Help,
        };
        foreach (var verb in verbs.Keys.Where(v => v != root))
            root.Subcommands.Add(verb);
        CommandHelp.Install(root, context.CommandName, verbs);
        return (root, verbs);
    }
}
