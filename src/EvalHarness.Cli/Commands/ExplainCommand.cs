using System.CommandLine;
using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>explain</c> verb: the advice for one corpus scenario, next to its expert labels.</summary>
internal static class ExplainCommand
{
    /// <summary>The exit codes and example its help shows.</summary>
    public static CommandHelp Help { get; } = new(
        [(ExitCodes.Ok, "the advice was printed"), (ExitCodes.InvalidInput, "the corpus has problems, or no scenario has that id"), (ExitCodes.ClassifierFailed, "the advisor failed")],
        "explain quiz-structured-json");

    /// <summary>Creates the command bound to a context and the classifier under test.</summary>
    public static Command Create(CliContext context, Func<IAdvisor> advisorFactory)
    {
        var id = new Argument<string>("id") { Description = "The id of a scenario in the corpus" };
        var corpus = CommonOptions.Corpus();
        var json = new Option<bool>("--json") { Description = "Write the advice as JSON" };
        var advisor = new AdvisorOptions();
        var command = new Command("explain", "Show the advice for a corpus scenario next to its expert labels.") { id, corpus, json };
        advisor.AddTo(command);
        command.SetAction(parsed => CommonOptions.CorpusFolder(context, parsed.GetValue(corpus)) is { } folder
            ? Run(context, advisor.Read(parsed), advisorFactory, parsed.GetValue(id)!, folder, parsed.GetValue(json))
            : ExitCodes.InvalidInput);
        return command;
    }

    private static int Run(CliContext context, AdvisorSettings settings, Func<IAdvisor> advisorFactory, string id, string corpusFolder, bool json)
    {
        var loaded = CorpusLoader.Load(context.Resolve(corpusFolder));
        if (!loaded.IsValid)
        {
            foreach (var problem in loaded.Problems)
                context.Error.WriteLine(problem);
            context.Error.WriteLine($"{loaded.Problems.Count} problem(s) found in {corpusFolder}; run '{context.Command("validate")}' for details.");
            return ExitCodes.InvalidInput;
        }
        var corpus = loaded.Corpus!;
        var scenario = corpus.Find(id);
        if (scenario is null)
        {
            var near = EditDistance.Nearest(id, corpus.Scenarios.Select(s => s.Id));
            context.Error.WriteLine($"error: no scenario '{id}' in {corpusFolder}" + (near is null ? "" : $"; did you mean '{near}'?"));
            return ExitCodes.InvalidInput;
        }

        var labels = corpus.LabelsFor(id);
        return AdvisedScenario.Run(context, settings, advisorFactory, scenario, labels, json, result => WriteScenario(context.Output, scenario, labels, result), context.Resolve(corpusFolder));
    }

    private static void WriteScenario(TextWriter output, Scenario scenario, IReadOnlyList<ExpertLabel> labels, ScenarioResult result)
    {
        output.WriteLine($"Scenario {scenario.Id} (scenarios.csv line {scenario.Line})");
        output.WriteLine($"  {scenario.Text.ReplaceLineEndings(" ")}");
        if (scenario.DailyRequests is not null || scenario.TokensPerRequest is not null || scenario.TrainingExamples is not null)
            output.WriteLine($"  daily_requests={scenario.DailyRequests?.ToString() ?? "-"} tokens_per_request={scenario.TokensPerRequest?.ToString() ?? "-"} training_examples={scenario.TrainingExamples?.ToString() ?? "-"}");
        if (scenario.Tags.Count > 0)
            output.WriteLine($"  tags: {string.Join(", ", scenario.Tags)}");
        output.WriteLine();
        output.WriteLine("Experts:");
        foreach (var label in labels)
            output.WriteLine($"  {label.Annotator,-20} {label.Label.ToSlug(),-12} {label.Rationale}");
        var panel = CorpusEvaluator.PanelLabelOf(labels);
        var verdict = panel is null
            ? "contested (the panel is tied; not scored)"
            : panel == result.Predicted ? $"{panel.Value.ToSlug()} (the advisor agrees)" : $"{panel.Value.ToSlug()} (the advisor DISAGREES)";
        output.WriteLine($"  panel label: {verdict}");
        output.WriteLine();
    }
}
