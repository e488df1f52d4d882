using System.Globalization;

namespace EvalHarness.Comparison;

/// <summary>How the corpora of two runs differ: the runs are compared on the scenarios they share, and this says what that leaves out.</summary>
/// <param name="Shared">Scenarios in both runs.</param>
/// <param name="Added">Scenarios only in the new run.</param>
/// <param name="Removed">Scenarios only in the base run.</param>
/// <param name="TextChanged">Shared scenarios whose text differs.</param>
/// <param name="PanelChanged">Shared scenarios whose expert labels differ.</param>
/// <param name="SameCorpusFiles">Whether both runs stamp the same SHA-256 for scenarios.csv and labels.csv.</param>
public sealed record CorpusDelta(int Shared, int Added, int Removed, int TextChanged, int PanelChanged, bool SameCorpusFiles)
{
    /// <summary>Whether any scenario was added, removed or changed its text or panel.</summary>
    public bool ScenariosDiffer => Added + Removed + TextChanged + PanelChanged > 0;

    /// <summary>One sentence for people when the corpora differ; <c>null</c> when both runs evaluated the same corpus.</summary>
    public string? Warning
    {
        get
        {
            if (!ScenariosDiffer)
                return SameCorpusFiles ? null
                    : $"the corpus files differ, but all {Count(Shared)} scenarios have the same ids, texts and panels in both runs";
            return $"the runs evaluated different corpora: compared on the {Count(Shared)} scenarios they share; "
                + $"{Count(Added)} added, {Count(Removed)} removed, {Count(TextChanged)} with changed text, {Count(PanelChanged)} with a changed panel";
        }
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
