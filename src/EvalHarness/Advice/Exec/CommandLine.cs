using System.Text;

namespace EvalHarness.Advice.Exec;

/// <summary>
/// Splits a command line into a program and its arguments as a POSIX shell would — white space separates words,
/// single quotes keep everything literally, double quotes keep all but <c>\"</c> and <c>\\</c>, a backslash outside
/// quotes escapes the next character — without running a shell: no variables, globs, pipes or redirections.
/// </summary>
public static class CommandLine
{
    /// <summary>Splits <paramref name="commandLine"/>; <c>false</c> with a problem for an unclosed quote or an empty line.</summary>
    public static bool TrySplit(string commandLine, out IReadOnlyList<string> words, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var result = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < commandLine.Length; i++)
        {
            var c = commandLine[i];
            if (quote == '\'')
            {
                if (c == '\'')
                    quote = null;
                else
                    word.Append(c);
                continue;
            }

            if (quote == '"')
            {
                if (c == '"')
                    quote = null;
                else if (c == '\\' && i + 1 < commandLine.Length && commandLine[i + 1] is '"' or '\\' or '$' or '`')
                    word.Append(commandLine[++i]);
                else
                    word.Append(c);
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                    result.Add(word.ToString());
                word.Clear();
                inWord = false;
                continue;
            }

            inWord = true;
            if (c is '\'' or '"')
                quote = c;
            else if (c == '\\' && i + 1 < commandLine.Length)
                word.Append(commandLine[++i]);
            else
                word.Append(c);
        }

        if (quote is not null)
        {
            words = [];
            problem = $"the command has an unclosed {(quote == '"' ? "double" : "single")} quote: {commandLine}";
            return false;
        }

        if (inWord)
            result.Add(word.ToString());
        if (result.Count == 0)
        {
            words = [];
            problem = "the command is empty";
            return false;
        }

        words = result;
        problem = null;
        return true;
    }
}
