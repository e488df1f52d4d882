using System.CommandLine;
using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>advise</c> verb: advises one scenario given on the command line, for people or, with <c>--json</c>, for machines.</summary>
internal static class AdviseCommand
{
    /// <summary>The exit codes and example its help shows.</summary>
    public static CommandHelp Help { get; } = new(
        [(ExitCodes.Ok, "the advice was printed"), (ExitCodes.InvalidInput, "usage error: no text, or a number that is not a whole number of 0 or more"), (ExitCodes.ClassifierFailed, "the advisor failed")],
        "advise \"We answer 10,000 support emails a day and want replies in our brand voice.\" --tokens-per-request 200");

    /// <summary>Creates the command bound to a context.</summary>
    public static Command Create(CliContext context, Func<IAdvisor> advisorFactory)
    {
        var text = new Argument<string>("text") { Description = "The scenario in plain words, in quotes" };
        // An empty text would be advised as a scenario that says nothing: a mistake on the command line, not a question.
        text.Validators.Add(result =>
        {
            if (result.Tokens.All(token => string.IsNullOrWhiteSpace(token.Value)))
                result.AddError($"advise needs the scenario's text, such as {context.Command("advise \"Always answer in JSON.\"")}");
        });
        var daily = NonNegativeOption.Whole<long>("--daily-requests", "Requests per day, such as 10,000; wins over what the text says", "N");
        var tokens = NonNegativeOption.Whole<long>("--tokens-per-request", "Input tokens per request; wins over the text", "N");
        var examples = NonNegativeOption.Whole<long>("--training-examples", "Labelled examples available; wins over the text", "N");
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
