using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EvalHarness.Reports;
using EvalHarness.Synthetic;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>generate</c> verb: writes a synthetic, labelled corpus folder that <c>validate</c> and <c>eval</c> accept.</summary>
internal static class GenerateCommand
{
    /// <summary>The exit codes and example its help shows.</summary>
    public static CommandHelp Help { get; } = new(
        [(ExitCodes.Ok, "the corpus was written"), (ExitCodes.InvalidInput, "usage error, or --out could not be written (nothing is left half-written)")],
        "generate --count 10000 --seed 42 --out artifacts/synthetic");

    /// <summary>Creates the command bound to a context.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var count = NonNegativeOption.Whole<int>("--count", "Scenarios to generate (at least 1)", "N");
        count.Required = true;
        var seed = new Option<int>("--seed") { Description = "Seed; the same seed and options give the same files", DefaultValueFactory = _ => SyntheticOptions.DefaultSeed, HelpName = "S" };
        var annotators = NonNegativeOption.Whole<int>("--annotators", $"Annotators in the panel, 1 to {SyntheticOptions.MaxAnnotators} (default {SyntheticOptions.DefaultAnnotators})", "K");
        var noise = NonNegativeOption.Amount<double>("--noise", "Chance, 0 to 1, that an annotator gives another label than the constructed one (default 0.1)", "P", "0.1");
        var output = new Option<string>("--out") { Description = "Corpus folder to write (replaced as a whole)", HelpName = "DIR", Required = true };
        var command = new Command("generate", "Write a synthetic corpus whose labels are known by construction") { count, seed, annotators, noise, output };
        command.SetAction(parsed => Run(
            context,
            new SyntheticOptions(
                parsed.GetValue(count) ?? 0,
                parsed.GetValue(seed),
                parsed.GetValue(annotators) ?? SyntheticOptions.DefaultAnnotators,
                parsed.GetValue(noise) ?? SyntheticOptions.DefaultNoise),
            parsed.GetValue(output)!));
        return command;
    }

    private static int Run(CliContext context, SyntheticOptions options, string outArgument)
    {
        var problems = options.Problems().Select(p => "--" + p).ToList();
        var outDir = context.Resolve(outArgument);
        if (!ReportFolder.CanReplace(outDir))
            problems.Add($"--out {outArgument}: refusing to replace a folder that holds files other than .csv, .md or .xml; choose an empty or new folder");
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                context.Error.WriteLine($"error: {problem}");
            return ExitCodes.InvalidInput;
        }

        var watch = Stopwatch.StartNew();
        SyntheticCorpusSummary? summary = null;
        try
        {
            ReportFolder.Replace(outDir, folder => summary = SyntheticCorpusWriter.Write(folder, options));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"error: could not write {outArgument}: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        var written = summary!;
        var seconds = watch.Elapsed.TotalSeconds;
        context.Output.WriteLine(Invariant(
            $"Wrote {written.Scenarios:N0} scenarios and {written.Labels:N0} labels to {outArgument} in {seconds:0.00} s"));
        context.Output.WriteLine(Invariant(
            $"  seed {options.Seed}, {options.Annotators} annotators, noise {options.Noise:0.###}"));
        context.Output.WriteLine(Invariant($"  scenarios.csv: {written.ScenariosBytes:N0} bytes"));
        context.Output.WriteLine(Invariant($"  labels.csv:    {written.LabelsBytes:N0} bytes"));
        return ExitCodes.Ok;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
