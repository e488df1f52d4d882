using System.CommandLine;
using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>advise</c> verb: advises one scenario given on the command line, for people or, with <c>--json</c>, for machines.</summary>
internal static class AdviseCommand
{
    /// <summary>Creates the command bound to a context.</summary>
    public static Command Create(CliContext context, Func<IAdvisor> advisorFactory)
    {
        var text = new Argument<string>("text") { Description = "The scenario in plain words" };
        var daily = NonNegativeOption.Create<long>("--daily-requests", "Requests per day; wins over what the text says", "N");
        var tokens = NonNegativeOption.Create<long>("--tokens-per-request", "Input tokens per request; wins over the text", "N");
        var examples = NonNegativeOption.Create<long>("--training-examples", "Labelled examples available; wins over the text", "N");
        var json = new Option<bool>("--json") { Description = "Write the advice as JSON" };
        var advisor = new AdvisorOptions();
        var command = new Command("advise", "Recommend prompting, RAG or fine-tuning for one scenario, and show why.")
        {
            text, daily, tokens, examples, json,
        };
        advisor.AddTo(command);
        command.SetAction(parsed =>
        {
            var scenario = new Scenario("cli", parsed.GetValue(text) ?? string.Empty)
            {
                DailyRequests = parsed.GetValue(daily),
                TokensPerRequest = parsed.GetValue(tokens),
                TrainingExamples = parsed.GetValue(examples),
            };
            var settings = advisor.Read(parsed);
            if (AdvisorSpec.TryParse(settings.Spec, out var spec, out _) && spec!.Kind == AdvisorKind.Predictions)
            {
                context.Error.WriteLine("error: a predictions file answers only the scenarios of a corpus; use 'explain ID --advisor " + spec + "' instead");
                return ExitCodes.InvalidInput;
            }

            return AdvisedScenario.Run(context, settings, advisorFactory, scenario, [], parsed.GetValue(json), writeScenario: null);
        });
        return command;
    }
}
