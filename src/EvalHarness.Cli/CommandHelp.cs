using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace EvalHarness.Cli;

/// <summary>What a verb's help adds below its options: the exit codes it can end with and an example to copy.</summary>
/// <param name="ExitCodes">Each exit code the verb uses, with what it means for this verb.</param>
/// <param name="Example">One command line after the command name, such as <c>eval --gate fixtures/gate.json</c>.</param>
internal sealed record CommandHelp(IReadOnlyList<(int Code, string Meaning)> ExitCodes, string Example)
{
    /// <summary>The widest help is wrapped at, so help reads the same in every terminal and in tests.</summary>
    private const int MaxWidth = 110;

    /// <summary>
    /// Makes the help of <paramref name="root"/> and its verbs name the command as the user ran it, and end with the
    /// sections of <paramref name="verbs"/>.
    /// </summary>
    public static void Install(RootCommand root, string commandName, IReadOnlyDictionary<Command, CommandHelp> verbs)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(verbs);
        root.HelpName = commandName;
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            if (option.Action is HelpAction standard)
            {
                standard.MaxWidth = MaxWidth;
                option.Action = new WithSections(standard, commandName, verbs);
            }
        }
    }

    /// <summary>The standard help, then the verb's exit codes and example.</summary>
    private sealed class WithSections(HelpAction standard, string commandName, IReadOnlyDictionary<Command, CommandHelp> verbs)
        : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var code = standard.Invoke(parseResult);
            if (!verbs.TryGetValue(parseResult.CommandResult.Command, out var help))
                return code;
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Exit codes:");
            foreach (var (exit, meaning) in help.ExitCodes)
                output.WriteLine($"  {exit}  {meaning}");
            output.WriteLine();
            output.WriteLine("Example:");
            output.WriteLine($"  {commandName} {help.Example}");
            output.WriteLine();
            return code;
        }
    }
}
