using System.CommandLine;
using EvalHarness.Comparison;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>compare</c> verb: two report folders compared case by case, written as comparison.csv and comparison.html.</summary>
internal static class CompareCommand
{
    /// <summary>The default folder the comparison is written to.</summary>
    public const string DefaultOut = "reports/comparison";

    /// <summary>The exit codes and an example, below the options in the help.</summary>
    public static CommandHelp Help { get; } = new(
        [(ExitCodes.Ok, "the comparison was written (regressions are reported, not failed: use eval --gate for that)"),
         (ExitCodes.InvalidInput, "a folder is missing or a report cannot be read; nothing was written")],
        "compare reports/baseline reports/latest");

    /// <summary>Creates the command bound to a context.</summary>
    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("BASE") { Description = "The base run's report folder, such as reports/baseline" };
        var after = new Argument<string>("NEW") { Description = "The new run's report folder, such as reports/latest" };
        var output = new Option<string>("--out") { Description = "Folder the comparison is written to (replaced as a whole)", DefaultValueFactory = _ => DefaultOut, HelpName = "DIR" };
        var command = new Command("compare", "Compare two report folders case by case: what each scenario's label and explanation did") { before, after, output };
        command.SetAction(parsed => Run(context, parsed.GetValue(before)!, parsed.GetValue(after)!, parsed.GetValue(output)!));
        return command;
    }

    private static int Run(CliContext context, string before, string after, string output)
    {
        var outDir = context.Resolve(output);
        if (!Reports.ReportFolder.CanReplace(outDir))
        {
            context.Error.WriteLine($"--out {output}: refusing to replace a folder that holds files other than reports; choose an empty or new folder");
            return ExitCodes.InvalidInput;
        }
        var (comparison, problems) = ComparisonWriter.Write(context.Resolve(before), context.Resolve(after), outDir, before, after);
        if (comparison is null)
        {
            foreach (var problem in problems)
                context.Error.WriteLine(problem);
            context.Error.WriteLine($"{problems.Count} problem(s) found; nothing was written.");
            return ExitCodes.InvalidInput;
        }
        ComparisonConsoleSummary.Write(context.Output, comparison);
        context.Output.WriteLine($"Comparison written to {output} ({string.Join(", ", ComparisonWriter.Files)})");
        return ExitCodes.Ok;
    }
}
