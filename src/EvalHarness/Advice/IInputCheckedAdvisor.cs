using EvalHarness.Corpus;

namespace EvalHarness.Advice;

/// <summary>
/// An advisor that answers from data its user can fix, such as a predictions file: problems in that data (a row it
/// cannot read, a scenario it has no answer for) are located problems reported with the corpus's, exit code 2,
/// and nothing is written — not advisor errors.
/// </summary>
public interface IInputCheckedAdvisor
{
    /// <summary>Every problem found in the advisor's data: when it was read, and while it was asked.</summary>
    /// <param name="corpusIds">
    /// Every scenario id of the corpus, once it was read in full (a slice of it asked, or all), so that data for any
    /// other id is a mistake too (a prediction for an id that is not in the corpus); <c>null</c> when only one scenario
    /// was looked up.
    /// </param>
    IReadOnlyList<CorpusProblem> InputProblems(IEnumerable<string>? corpusIds);
}
