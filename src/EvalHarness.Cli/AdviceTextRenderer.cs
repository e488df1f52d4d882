using System.Globalization;
using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Cli;

/// <summary>
/// Renders advice for people: the approach first, then each question with its score against its threshold and rivals and
/// the evidence behind it, the reasons to fine-tune, warnings and cost.
/// </summary>
internal static class AdviceTextRenderer
{
    /// <summary>Writes the advice to <paramref name="output"/>.</summary>
    public static void Render(ScenarioAdvice advice, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"Approach: {ApproachText(advice)}");
        output.WriteLine();
        output.WriteLine(advice.Path.Count == 0 ? "Path: not given by the advisor" : "Path:");
        for (var i = 0; i < advice.Path.Count; i++)
        {
            var step = advice.Path[i];
            output.WriteLine($"  {i + 1}. {QuestionText(step.Question)} {(step.Answer ? "yes" : "no")}");
            if (ScoreText(step) is { } score)
                output.WriteLine($"       {score}");
            if (step.Note is { } note)
                output.WriteLine($"       {note}");
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
        output.WriteLine(ReasonsText(advice));
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
        if (cost.Assumptions is { } a)
        {
            var course = CostAssumptions.Course;
            var promptedFrom = cost.PromptedSystemTokensStated ? "stated in the text"
                : a.PromptedSystemTokens == course.PromptedSystemTokens ? "the course's" : "given";
            output.WriteLine(string.Create(c,
                $"  assumed: the prompted model at {Money(a.PromptedPricePerMillion)} per 1M input tokens with a {a.PromptedSystemTokens:N0}-token system prompt ({promptedFrom}),"));
            output.WriteLine(string.Create(c,
                $"           the fine-tuned model at {Money(a.FineTunedPricePerMillion)} per 1M with a {a.FineTunedSystemTokens:N0}-token one, a {CostAssumptions.DaysPerMonth}-day month"));
        }
    }

    /// <summary>US dollars with thousands separators and two decimals in invariant culture: <c>$1,027.50</c>.</summary>
    public static string Money(decimal value) =>
        value < 0
            ? "-$" + (-value).ToString("N2", CultureInfo.InvariantCulture)
            : "$" + value.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>The approach, and the framework's outcome where its name says more: "prompting (prompt-engineer-harder)", but "rag".</summary>
    private static string ApproachText(ScenarioAdvice advice) =>
        advice is { Approach: Approach.Prompting, Leaf: { } leaf } ? $"{advice.Approach.ToSlug()} ({leaf.ToSlug()})" : advice.Approach.ToSlug();

    /// <summary>"score 5, threshold 2; beats knowledge 3; outweighed by fine-tuning 6", or <c>null</c> for an advisor that gives no scores.</summary>
    private static string? ScoreText(DecisionStep step)
    {
        if (step.Score is null && step.Threshold is null && step.Rivals.Count == 0)
            return null;
        var parts = new List<string>();
        if (step.Score is { } score)
            parts.Add(step.Threshold is { } threshold ? $"score {score}, threshold {threshold}" : $"score {score}");
        else if (step.Threshold is { } threshold)
            parts.Add($"threshold {threshold}");
        foreach (var rival in step.Rivals)
        {
            // A rival is weighed against the whole score, part of it, or the threshold (cost reasons once prompting works).
            var against = rival.Against == step.Score ? ""
                : rival.Against == step.Threshold ? $" (compared with the threshold {rival.Against})"
                : rival.Beaten && rival.Against < rival.Score && rival.Score < step.Threshold ? $" (below the threshold {step.Threshold})"
                : $" (compared with {rival.Against} of the score)";
            var verdict = rival.Beaten ? "beats" : rival.Score == rival.Against ? "only ties with" : "outweighed by";
            parts.Add($"{verdict} {RivalText(rival.Rival)} {rival.Score}{against}");
        }

        return string.Join("; ", parts);
    }

    private static string RivalText(string rival) => rival switch
    {
        "fine-tuning-cost-reasons" => "fine-tuning's cost reasons",
        _ => rival,
    };

    /// <summary>The reasons to fine-tune when it is advised; otherwise the ones that would apply if it were.</summary>
    private static string ReasonsText(ScenarioAdvice advice)
    {
        if (advice.Reasons.Count > 0)
            return $"Reasons to fine-tune: {Join(advice.Reasons)}";
        if (advice.ReasonsIfFineTuned.Count == 0)
            return "Reasons to fine-tune: none";
        var unless = advice.Leaf switch
        {
            Leaf.UsePrompting => "if prompting fell short",
            Leaf.Rag => "if the gap were not knowledge",
            Leaf.PromptEngineerHarder => "if the scenario asked for them more clearly",
            _ => "if fine-tuning were chosen",
        };
        return $"Reasons to fine-tune: none advised; would apply {unless}: {Join(advice.ReasonsIfFineTuned)}";
    }

    private static string Join(IReadOnlyList<FineTuneReason> reasons) => string.Join(", ", reasons.Select(r => r.ToSlug()));

    private static string QuestionText(FrameworkQuestion question) => question switch
    {
        FrameworkQuestion.CanPromptingSolveIt => "Can prompting solve it?",
        FrameworkQuestion.IsStyleFormatOrPersona => "Is it a style, format or persona problem?",
        FrameworkQuestion.NeedsDomainKnowledge => "Does it need domain knowledge?",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };
}
