using EvalHarness.Corpus;

namespace EvalHarness.Comparison;

/// <summary>
/// One scenario as a report folder records it: a row of results.csv, with the advice in the cells the report writes
/// (see reports/README.md). Two runs are compared through these, whether read from files or made from results in memory.
/// </summary>
/// <param name="Id">The scenario's id.</param>
/// <param name="Expected">The panel label; <c>null</c> when contested.</param>
/// <param name="Predicted">The advisor's approach; <c>null</c> when the advisor gave none (an advisor error).</param>
/// <param name="ExpertLabels">Every expert label in annotator order, joined with <c>;</c>.</param>
/// <param name="Leaf">The framework's outcome.</param>
/// <param name="Path">Each question asked, as <c>question=yes|no</c>, joined with <c>; </c>.</param>
/// <param name="Evidence">The evidence cell: each question's evidence as <c>N: piece; piece</c>, joined with <c> | </c>.</param>
/// <param name="Reasons">The course's reasons for fine-tuning that apply, joined with <c>;</c>.</param>
/// <param name="Warnings">The warning codes, joined with <c>;</c>.</param>
/// <param name="Cost">The cost comparison's three money cells, <c>prompted/fine-tuned/monthly savings</c>; empty without one.</param>
/// <param name="Text">The scenario text, as the report wrote it.</param>
/// <param name="AdvisorError">Why the advisor gave no advice, when the run records it; empty otherwise.</param>
/// <param name="Stability">How often repeated advice agreed, when the run records it; empty otherwise.</param>
public sealed record RecordedScenario(
    string Id,
    Approach? Expected,
    Approach? Predicted,
    string ExpertLabels,
    string Leaf,
    string Path,
    string Evidence,
    string Reasons,
    string Warnings,
    string Cost,
    string Text,
    string AdvisorError = "",
    string Stability = "")
{
    /// <summary>Whether the panel is tied, so the scenario is not scored.</summary>
    public bool Contested => Expected is null;

    /// <summary>Whether the prediction equals the panel label; <c>false</c> when contested or without a prediction.</summary>
    public bool Correct => Expected is not null && Expected == Predicted;

    /// <summary>The pieces of evidence, each prefixed with its question's number (<c>2: cue.format.json "json" (+3)</c>), in order.</summary>
    public IReadOnlyList<string> EvidencePieces()
    {
        var pieces = new List<string>();
        foreach (var group in Evidence.Split(Reports.AdviceText.GroupSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = group.IndexOf(": ", StringComparison.Ordinal);
            var question = colon > 0 && colon <= 2 ? group[..(colon + 2)] : "";
            foreach (var piece in group[question.Length..].Split(Reports.AdviceText.ItemSeparator, StringSplitOptions.RemoveEmptyEntries))
                pieces.Add(question + piece);
        }

        return pieces;
    }
}
