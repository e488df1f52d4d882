using System.Globalization;
using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Cli;

/// <summary>Renders advice for people: the approach first, then each question with its evidence, reasons, warnings and cost.</summary>
internal static class AdviceTextRenderer
{
    /// <summary>Writes the advice to <paramref name="output"/>.</summary>
    public static void Render(ScenarioAdvice advice, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(advice.Leaf is { } leaf
            ? $"Approach: {advice.Approach.ToSlug()} ({leaf.ToSlug()})"
            : $"Approach: {advice.Approach.ToSlug()}");
        output.WriteLine();
        output.WriteLine(advice.Path.Count == 0 ? "Path: not given by the advisor" : "Path:");
        for (var i = 0; i < advice.Path.Count; i++)
        {
            var step = advice.Path[i];
            output.WriteLine($"  {i + 1}. {QuestionText(step.Question)} {(step.Answer ? "yes" : "no")}");
            if (step.Evidence.Count == 0)
                output.WriteLine("       (no evidence)");
            foreach (var evidence in step.Evidence)
                output.WriteLine($"       {(evidence.Weight >= 0 ? '+' : '-')} {evidence}");
        }

        if (advice.UnplacedEvidence.Count > 0)
        {
            output.WriteLine("Evidence:");
            foreach (var evidence in advice.UnplacedEvidence)
                output.WriteLine($"  - {evidence.Found}");
        }

        output.WriteLine();
        output.WriteLine(advice.Reasons.Count == 0
            ? "Reasons to fine-tune: none"
            : $"Reasons to fine-tune: {string.Join(", ", advice.Reasons.Select(r => r.ToSlug()))}");
        if (advice.Warnings.Count == 0)
            output.WriteLine("Warnings: none");
        else
        {
            output.WriteLine("Warnings:");
            foreach (var warning in advice.Warnings)
                output.WriteLine($"  ! {warning.Code.ToSlug()}: {warning.Message}");
        }

        if (advice.Cost is { } cost)
        {
            output.WriteLine();
            RenderCost(cost, output);
        }
    }

    /// <summary>Writes the cost comparison: each model's daily cost and the monthly savings, in invariant culture.</summary>
    public static void RenderCost(CostComparison cost, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(cost);
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Cost at {cost.DailyRequests:N0} requests/day x {cost.TokensPerRequest:N0} tokens:"));
        output.WriteLine($"  prompted (large model, long system prompt):     {Money(cost.PromptedDailyCost)}/day");
        output.WriteLine($"  fine-tuned (small model, short system prompt):  {Money(cost.FineTunedDailyCost)}/day");
        output.WriteLine($"  saved by fine-tuning:                           {Money(cost.MonthlySavings)}/month ({Money(cost.DailySavings)}/day)");
    }

    /// <summary>US dollars with thousands separators and two decimals in invariant culture: <c>$1,027.50</c>.</summary>
    public static string Money(decimal value) =>
        value < 0
            ? "-$" + (-value).ToString("N2", CultureInfo.InvariantCulture)
            : "$" + value.ToString("N2", CultureInfo.InvariantCulture);

    private static string QuestionText(FrameworkQuestion question) => question switch
    {
        FrameworkQuestion.CanPromptingSolveIt => "Can prompting solve it?",
        FrameworkQuestion.IsStyleFormatOrPersona => "Is it a style, format or persona problem?",
        FrameworkQuestion.NeedsDomainKnowledge => "Does it need domain knowledge?",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };
}
