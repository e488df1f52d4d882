using EvalHarness.Advice;

namespace EvalHarness.Reports;

/// <summary>The one-cell forms of advice used in the CSV reports.</summary>
public static class AdviceText
{
    /// <summary>The leaf slug, such as <c>fine-tune</c>.</summary>
    public static string Leaf(ScenarioAdvice advice) => advice.Leaf.ToSlug();

    /// <summary>Every piece of evidence of the path, in order, joined with <c>; </c>.</summary>
    public static string Evidence(ScenarioAdvice advice) =>
        string.Join("; ", advice.Path.SelectMany(step => step.Evidence).Select(e => e.ToString()));

    /// <summary>The warning codes, joined with <c>;</c>.</summary>
    public static string Warnings(ScenarioAdvice advice) =>
        string.Join(';', advice.Warnings.Select(w => w.Code.ToSlug()));
}
