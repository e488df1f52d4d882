using System.Globalization;
using Bogus;
using EvalHarness.Corpus;

namespace EvalHarness.Synthetic;

/// <summary>
/// A panel of synthetic annotators with controlled disagreement: each gives the constructed label, except that with
/// probability <see cref="SyntheticOptions.Noise"/> it gives one of the other two instead; one scenario in twenty
/// (with a panel of two or more) is labelled by one annotator fewer, as when an expert skips a row.
/// </summary>
/// <remarks>Not thread-safe: one panel is one random sequence.</remarks>
public sealed class SyntheticPanel
{
    /// <summary>The share of scenarios that one annotator leaves out.</summary>
    public const double SkipShare = 0.05;

    private readonly Randomizer _random;
    private readonly string[] _annotators;
    private readonly double _noise;

    /// <summary>Creates the panel of <paramref name="options"/>; its sequence depends only on the seed, not on the count.</summary>
    public SyntheticPanel(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _random = new Randomizer(unchecked(options.Seed * 17 + 1_000_003));
        _noise = options.Noise;
        _annotators = Enumerable.Range(1, options.Annotators).Select(AnnotatorName).ToArray();
    }

    /// <summary>The slug of the annotator at a 1-based position.</summary>
    public static string AnnotatorName(int position) =>
        string.Create(CultureInfo.InvariantCulture, $"synthetic-{position:D2}");

    /// <summary>Labels one scenario: one label per annotator who took part, in annotator order.</summary>
    public IReadOnlyList<ExpertLabel> Label(SyntheticScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var skipped = _annotators.Length > 1 && _random.Double() < SkipShare ? _random.Number(_annotators.Length - 1) : -1;
        var labels = new List<ExpertLabel>(_annotators.Length);
        for (var i = 0; i < _annotators.Length; i++)
        {
            if (i == skipped)
                continue;
            var label = scenario.Intended;
            var rationale = "constructed as " + scenario.Branch.ToSlug();

            // Drawn whatever the noise, so the same seed skips the same annotators at every noise level.
            var flip = _random.Double();
            var other = _random.Number(1);
            if (flip < _noise)
            {
                label = ApproachText.All[((int)label + 1 + other) % ApproachText.All.Count];
                rationale = "noise: constructed as " + scenario.Branch.ToSlug();
            }

            labels.Add(new ExpertLabel(scenario.Scenario.Id, _annotators[i], label, rationale));
        }

        return labels;
    }
}
