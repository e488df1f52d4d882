using System.CommandLine;
using EvalHarness.Advice;

namespace EvalHarness.Cli.Commands;

/// <summary>The <c>cost</c> verb: the course's prompted-versus-fine-tuned cost comparison, with overridable prices.</summary>
internal static class CostCommand
{
    /// <summary>The exit codes and example its help shows.</summary>
    public static CommandHelp Help { get; } = new(
        [(ExitCodes.Ok, "the comparison was printed"), (ExitCodes.InvalidInput, "usage error: a missing option, a number that breaks the rules, or costs too large to compute")],
        "cost --daily-requests 10,000 --tokens-per-request 200");

    /// <summary>Creates the command bound to a context.</summary>
    public static Command Create(CliContext context)
    {
        var daily = Required(NonNegativeOption.Whole<long>("--daily-requests", "Requests per day, such as 10000 or 10,000", "N"));
        var tokens = Required(NonNegativeOption.Whole<long>("--tokens-per-request", "Input tokens per request, excluding the system prompt", "N"));
        var promptedPrice = NonNegativeOption.Amount<decimal>("--prompted-price-per-million",
            $"USD per 1M input tokens of the prompted model (default {CostAssumptions.CoursePromptedPricePerMillion}, GPT-4o)", "USD", "5.00");
        var promptedSystem = NonNegativeOption.Whole<long>("--prompted-system-tokens",
            $"System-prompt tokens of the prompted model (default {CostAssumptions.CoursePromptedSystemTokens})", "N");
        var tunedPrice = NonNegativeOption.Amount<decimal>("--fine-tuned-price-per-million",
            $"USD per 1M input tokens of the fine-tuned model (default {CostAssumptions.CourseFineTunedPricePerMillion}, GPT-4o-mini)", "USD", "0.30");
        var tunedSystem = NonNegativeOption.Whole<long>("--fine-tuned-system-tokens",
            $"System-prompt tokens of the fine-tuned model (default {CostAssumptions.CourseFineTunedSystemTokens})", "N");
        var command = new Command("cost", "Compare the daily cost of a prompted large model with a fine-tuned small one.")
        {
            daily, tokens, promptedPrice, promptedSystem, tunedPrice, tunedSystem,
        };
        command.SetAction(parsed =>
        {
            var course = CostAssumptions.Course;
            var assumptions = new CostAssumptions(
                parsed.GetValue(promptedPrice) ?? course.PromptedPricePerMillion,
                parsed.GetValue(promptedSystem) ?? course.PromptedSystemTokens,
                parsed.GetValue(tunedPrice) ?? course.FineTunedPricePerMillion,
                parsed.GetValue(tunedSystem) ?? course.FineTunedSystemTokens);
            if (!CostModel.TryCompare(parsed.GetValue(daily)!.Value, parsed.GetValue(tokens)!.Value, assumptions, out var cost))
            {
                context.Error.WriteLine("error: the costs are too large to compute; give realistic request counts, token counts and prices");
                return ExitCodes.InvalidInput;
            }

            AdviceTextRenderer.RenderCost(cost, context.Output);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<long?> Required(Option<long?> option)
    {
        option.Required = true;
        return option;
    }
}
