using System.CommandLine;
using System.CommandLine.Parsing;
using EvalHarness.Corpus;

namespace EvalHarness.Cli;

/// <summary>
/// The usage errors of a parsed command line in the tool's words: an unknown command or option names the nearest one
/// (<c>evaluate</c>: did you mean <c>eval</c>?), a missing command lists the commands.
/// </summary>
internal static class UsageProblems
{
    /// <summary>One line per problem, without the <c>error: </c> prefix; empty when the command line is sound.</summary>
    /// <remarks>System.CommandLine reports each unmatched token as an error of its own; those are worded here instead.</remarks>
    public static IReadOnlyList<string> Of(ParseResult parsed, RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(root);
        var command = parsed.CommandResult.Command;
        var problems = new List<string>();
        var previousWasUnknownOption = false;
        foreach (var token in parsed.UnmatchedTokens)
        {
            var isOption = token.StartsWith('-');
            // The value of an unknown option is not a second mistake.
            if (!isOption && previousWasUnknownOption)
            {
                previousWasUnknownOption = false;
                continue;
            }

            previousWasUnknownOption = isOption;
            problems.Add(isOption ? UnknownOption(token, command)
                : ReferenceEquals(command, root) ? UnknownCommand(token, root)
                : $"unexpected argument '{token}' for '{command.Name}'; put a text with spaces in quotes");
        }

        foreach (var error in parsed.Errors)
        {
            if (error.SymbolResult is CommandResult { Command: var failed } && ReferenceEquals(failed, root))
            {
                // "Required command was not provided": said once, and not at all after an unknown command.
                if (problems.Count == 0)
                    problems.Add($"no command given; the commands are {Names(root.Subcommands)}");
                continue;
            }

            if (!problems.Contains(error.Message) && !IsUnmatchedTokenError(error, parsed))
                problems.Add(error.Message.TrimEnd('.'));
        }

        return problems;
    }

    /// <summary>The name nearest to what was typed: one it starts with (<c>evaluate</c> → <c>eval</c>), one that starts with it, or a typo of it.</summary>
    public static string? Nearest(string typed, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var all = names.ToArray();
        var bare = typed.TrimStart('-');
        var prefixed = all.Where(n => n.TrimStart('-') is { Length: >= 2 } name
            && bare.Length >= 2
            && (bare.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(bare, StringComparison.OrdinalIgnoreCase))).ToArray();
        return prefixed.Length == 1 ? prefixed[0] : EditDistance.Nearest(typed, all);
    }

    private static string UnknownCommand(string token, RootCommand root)
    {
        var near = Nearest(token, root.Subcommands.Select(c => c.Name));
        return near is null
            ? $"unknown command '{token}'; the commands are {Names(root.Subcommands)}"
            : $"unknown command '{token}'; did you mean '{near}'?";
    }

    private static string UnknownOption(string token, Command command)
    {
        // An option of the command typed before it: "--corpus x validate".
        if (command is not RootCommand && Owns(command, token))
            return $"option '{token}' goes after the command, as in '{command.Name} {token} ...'";
        if (command is RootCommand root && root.Subcommands.Where(verb => Owns(verb, token)).ToArray() is { Length: > 0 } owners)
            return $"option '{token}' goes after a command, such as '{owners[0].Name} {token} ...'; it belongs to {Names(owners)}";
        var names = command.Options.SelectMany(o => new[] { o.Name }.Concat(o.Aliases)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToArray();
        var near = Nearest(token, names);
        var where = command is RootCommand ? "" : $" for '{command.Name}'";
        return near is null
            ? $"unknown option '{token}'{where}; the options are {string.Join(", ", names)}"
            : $"unknown option '{token}'{where}; did you mean '{near}'?";
    }

    private static bool Owns(Command command, string option) => command.Options.Any(o => o.Name == option || o.Aliases.Contains(option));

    // System.CommandLine reports each unmatched token as an error too; they are worded above instead.
    private static bool IsUnmatchedTokenError(ParseError error, ParseResult parsed) =>
        parsed.UnmatchedTokens.Any(token => error.Message.Contains($"'{token}'", StringComparison.Ordinal));

    private static string Names(IEnumerable<Command> commands) => string.Join(", ", commands.Select(c => c.Name));
}
