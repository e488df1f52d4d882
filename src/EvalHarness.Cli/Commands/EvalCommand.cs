using System.CommandLine;
using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Gate;
using EvalHarness.Reports;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>eval</c> verb: advise every scenario, compare with the panel, write reports, check the gate.</summary>
internal static class EvalCommand
{
    /// <summary>The default report folder.</summary>
    public const string DefaultOut = "reports/latest";

    /// <summary>The default baseline folder.</summary>
    public const string DefaultBaseline = "reports/baseline";

    /// <summary>The exit codes and example its help shows.</summary>
    public static CommandHelp Help { get; } = new(
        [
            (ExitCodes.Ok, "the reports were written; the gate passed, or no gate was asked for"),
            (ExitCodes.GateFailed, "the gate failed: each failed condition is printed with its numbers"),
            (ExitCodes.InvalidInput, "invalid corpus, gate policy, baseline or usage, or the reports could not be written; nothing is written"),
            (ExitCodes.ClassifierFailed, "the advisor failed on more scenarios than the gate's max_advisor_errors allows (default 0): they are named; the reports are written"),
        ],
        "eval --gate fixtures/gate.json --baseline reports/baseline");

    /// <summary>Creates the command bound to a context and the classifier under test.</summary>
    public static Command Create(CliContext context, Func<IAdvisor> advisorFactory)
    {
        var corpus = CommonOptions.Corpus();
        var output = new Option<string?>("--out") { Description = $"Folder the reports are written to (replaced as a whole) [default: the repository's {DefaultOut}]", HelpName = "DIR" };
        var gate = new Option<string?>("--gate") { Description = "Gate policy to check, such as fixtures/gate.json", HelpName = "FILE" };
        var baseline = new Option<string?>("--baseline") { Description = "Baseline folder to compare with, such as reports/baseline", HelpName = "DIR" };
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "Accept this run: rewrite the baseline folder (default reports/baseline) from it" };
        var junit = new Option<string?>("--junit") { Description = "Also write a JUnit XML report, one test case per scenario", HelpName = "FILE" };
        var tag = new Option<string[]>("--tag") { Description = "Evaluate only the scenarios with this tag (repeatable; with --id, those with any of them)", HelpName = "TAG" };
        var id = new Option<string[]>("--id") { Description = "Evaluate only the scenario with this id (repeatable)", HelpName = "ID" };
        var advisor = new AdvisorOptions(several: true);
        var command = new Command("eval", "Evaluate the advisor on a corpus and write the reports") { corpus, output, gate, baseline, updateBaseline, junit, tag, id };
        advisor.AddTo(command);
        command.SetAction(parsed =>
        {
            // Without --corpus, the repository's corpus found from the working directory up, and its report folders.
            var repository = RepositoryLayout.Find(context.WorkingDirectory);
            var corpusFolder = parsed.GetValue(corpus) ?? (repository is null ? null : context.Display(repository.Corpus));
            if (corpusFolder is null)
            {
                context.Error.WriteLine(RepositoryLayout.NotFound(context));
                return ExitCodes.InvalidInput;
            }

            var advisors = advisor.ReadAll(parsed);
            var settings = new EvalSettings(
                corpusFolder,
                parsed.GetValue(output) ?? (repository is null ? DefaultOut : context.Display(repository.LatestReports)),
                parsed.GetValue(gate),
                parsed.GetValue(baseline),
                parsed.GetValue(updateBaseline),
                parsed.GetValue(junit))
            {
                Advisor = advisors[0],
                Advisors = advisors,
                DefaultBaseline = repository is null ? DefaultBaseline : context.Display(repository.Baseline),
                OfTheRepository = repository is not null && context.Resolve(corpusFolder) == repository.Corpus,
                Tags = parsed.GetValue(tag) ?? [],
                Ids = parsed.GetValue(id) ?? [],
            };
            return advisors.Count == 1
                ? new EvalRun(context, advisorFactory).Run(settings)
                : new SeveralAdvisorsEval(context, advisorFactory).Run(settings);
        });
        return command;
    }
}
