using System.CommandLine;
using System.Globalization;
using EvalHarness.Corpus;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>validate</c> verb: checks a corpus folder and lists every problem, or summarises the corpus.</summary>
internal static class ValidateCommand
{
    /// <summary>The exit codes and example its help shows.</summary>
    public static CommandHelp Help { get; } = new(
        [(ExitCodes.Ok, "the corpus is valid; its statistics were printed"), (ExitCodes.InvalidInput, "problems were found, each printed as file:line: message; hint")],
        "validate --corpus fixtures/corpus");

    /// <summary>Creates the command bound to a context.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var corpus = CommonOptions.Corpus();
        var command = new Command("validate", "Check a corpus folder and list every problem, or summarise it when valid") { corpus };
        command.SetAction(parsed => CommonOptions.CorpusFolder(context, parsed.GetValue(corpus)) is { } folder ? Run(context, folder) : ExitCodes.InvalidInput);
        return command;
    }

    private static int Run(CliContext context, string directory)
    {
        // Streamed, so validating a million scenarios needs memory for their labels, not their texts.
        var statistics = CorpusStatistics.Stream(context.Resolve(directory), out var problems);
        if (statistics is null)
        {
            foreach (var problem in problems)
                context.Error.WriteLine(problem.ToString());
            var count = problems.Count;
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "problem" : "problems")} found in {directory}"));
            return ExitCodes.InvalidInput;
        }

        WriteSummary(context.Output, directory, statistics);
        return ExitCodes.Ok;
    }

    private static void WriteSummary(TextWriter output, string directory, CorpusStatistics statistics)
    {
        var perClass = string.Join(", ", statistics.LabelsPerClass.Select(p => $"{p.Key.ToSlug()} {N(p.Value)}"));
        output.WriteLine($"Corpus {directory} is valid.");
        output.WriteLine($"  scenarios:        {N(statistics.Scenarios)}");
        output.WriteLine($"  labels:           {N(statistics.Labels)}");
        output.WriteLine($"  annotators:       {N(statistics.Annotators)}");
        output.WriteLine($"  labels per class: {perClass}");
        output.WriteLine($"  unanimous:        {N(statistics.Unanimous)}");
        output.WriteLine($"  split:            {N(statistics.Split)}");
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
