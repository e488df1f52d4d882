using System.CommandLine;
using EvalHarness.Corpus;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>format</c> verb: rewrites the corpus files in the repository's one form, changing no value.</summary>
internal static class FormatCommand
{
    /// <summary>The exit codes and example its help shows.</summary>
    public static CommandHelp Help { get; } = new(
        [
            (ExitCodes.Ok, "the files are in the committed form (rewritten, or already so)"),
            (1, "with --check: a file is not in the committed form; nothing was written"),
            (ExitCodes.InvalidInput, "a file cannot be read record by record (not UTF-8, a broken quote, a row with too many fields); nothing was written"),
        ],
        "format --check");

    /// <summary>Creates the command bound to a context.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var corpus = CommonOptions.Corpus();
        var check = new Option<bool>("--check") { Description = "Only say whether a file would change (exit code 1 when one would), for CI" };
        var command = new Command("format",
            "Rewrite scenarios.csv and labels.csv in the committed form (UTF-8 without BOM, LF, ',', minimal quotes, header order) without changing any value")
        {
            corpus, check,
        };
        command.SetAction(parsed => CommonOptions.CorpusFolder(context, parsed.GetValue(corpus)) is { } folder ? Run(context, folder, parsed.GetValue(check)) : ExitCodes.InvalidInput);
        return command;
    }

    /// <summary>Formats a corpus folder and says what changed; also run by <c>accept</c>.</summary>
    public static int Run(CliContext context, string corpusFolder, bool check)
    {
        var result = CorpusFormatter.Format(context.Resolve(corpusFolder), write: !check);
        if (result.Problems.Count > 0)
        {
            foreach (var problem in result.Problems)
                context.Error.WriteLine(problem);
            context.Error.WriteLine($"{result.Problems.Count} problem(s) found in {corpusFolder}; nothing was rewritten.");
            return ExitCodes.InvalidInput;
        }

        foreach (var file in result.Files)
        {
            var state = !file.Changed ? "already in the committed form"
                : check ? $"not in the committed form ({string.Join("; ", file.Differences)}); run '{context.Command("format")}'"
                : $"rewritten: {string.Join("; ", file.Differences)}";
            context.Output.WriteLine($"{file.File}: {state}");
        }

        return check && result.AnyChanged ? 1 : ExitCodes.Ok;
    }
}
