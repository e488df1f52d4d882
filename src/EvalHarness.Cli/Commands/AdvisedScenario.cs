using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;
using EvalHarness.Reports;

namespace EvalHarness.Cli.Commands;

/// <summary>What <c>advise</c> and <c>explain</c> share: build the advisor, ask it about one scenario, show the advice or say why there is none.</summary>
internal static class AdvisedScenario
{
    /// <summary>Advises one scenario and writes the advice; returns the exit code.</summary>
    /// <param name="context">Where to write.</param>
    /// <param name="settings">The advisor under test.</param>
    /// <param name="framework">Makes the built-in advisor.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="labels">Its expert labels, if it comes from a corpus.</param>
    /// <param name="json">Whether to write JSON instead of text.</param>
    /// <param name="writeScenario">Writes what comes before the advice in text form (the scenario and its panel), given the result.</param>
    /// <param name="workFolder">The corpus folder the scenario comes from, whose repository holds the default cache.</param>
    public static int Run(CliContext context, AdvisorSettings settings, Func<IAdvisor> framework, Scenario scenario, IReadOnlyList<ExpertLabel> labels, bool json, Action<ScenarioResult>? writeScenario, string? workFolder = null)
    {
        var problems = new List<string>();
        var advisor = AdvisorBuilder.Build(context, settings, framework, problems, workFolder);
        if (advisor is null)
        {
            foreach (var problem in problems)
                context.Error.WriteLine($"error: {problem}");
            return ExitCodes.InvalidInput;
        }

        ScenarioResult result;
        try
        {
            result = advisor.AdviseAsync(scenario, labels).GetAwaiter().GetResult();
        }
        catch (AdvisorStartException e)
        {
            context.Error.WriteLine($"error: the advisor {advisor.Name} cannot be used: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        finally
        {
            advisor.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        // A predictions file without an answer for the scenario, or with rows it cannot read, is the user's to fix.
        if (advisor.InputProblems(corpusIds: null) is { Count: > 0 } inputProblems)
        {
            foreach (var problem in inputProblems)
                context.Error.WriteLine(problem.ToString());
            context.Error.WriteLine($"{inputProblems.Count} problem(s) found.");
            return ExitCodes.InvalidInput;
        }

        if (result.Advice is not { } advice)
        {
            context.Error.WriteLine(result.AdvisorError is { } error
                ? $"error: the advisor failed on scenario '{scenario.Id}': {error}"
                : $"error: scenario '{scenario.Id}' {result.Outcome}");
            return ExitCodes.ClassifierFailed;
        }

        if (json)
        {
            context.Output.WriteLine(AdviceJson.Write(advice));
            return ExitCodes.Ok;
        }

        writeScenario?.Invoke(result);
        if (advisor.Repeats > 1)
            context.Output.WriteLine($"Asked {advisor.Repeats} times: {ReportCsv.Number(result.Stability)} of the answers agree.");
        if (advisor.Name != "framework")
            context.Output.WriteLine($"Advisor: {advisor.Name} ({advisor.Version})");
        AdviceTextRenderer.Render(advice, context.Output);
        return ExitCodes.Ok;
    }
}
