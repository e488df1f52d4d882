using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>The panel's verdict on a scenario: the label more experts chose than any other.</summary>
/// <remarks>
/// Only a strict plurality counts; a tie (1-1, 1-1-1, 2-2) leaves the scenario contested, because scoring the
/// classifier against a coin-flip between experts would reward or punish it for noise.
/// </remarks>
public static class PluralityLabel
{
    /// <summary>The strict plurality of <paramref name="labels"/>, or <c>null</c> when they are empty or the top count is tied.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A label is not a defined <see cref="Approach"/>.</exception>
    public static Approach? Of(ReadOnlySpan<Approach> labels)
    {
        int prompting = 0, rag = 0, fineTuning = 0;
        foreach (var label in labels)
        {
            switch (label)
            {
                case Approach.Prompting: prompting++; break;
                case Approach.Rag: rag++; break;
                case Approach.FineTuning: fineTuning++; break;
                default: throw new ArgumentOutOfRangeException(nameof(labels), label, "Not a defined approach.");
            }
        }

        return Of(prompting, rag, fineTuning);
    }

    /// <summary>The strict plurality given how many experts chose each approach, indexed by <c>(int)Approach</c>.</summary>
    /// <exception cref="ArgumentException">The span does not hold exactly three counts, or a count is negative.</exception>
    public static Approach? Of(ReadOnlySpan<int> countsByApproach)
    {
        if (countsByApproach.Length != ApproachCount.Value)
            throw new ArgumentException($"Expected {ApproachCount.Value} counts, one per approach; got {countsByApproach.Length}.", nameof(countsByApproach));
        foreach (var count in countsByApproach)
            ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(countsByApproach));

        return Of(countsByApproach[0], countsByApproach[1], countsByApproach[2]);
    }

    /// <summary>Allocation-free core shared by the accumulators; counts are known to be non-negative.</summary>
    internal static Approach? Of(int prompting, int rag, int fineTuning)
    {
        if (prompting > rag && prompting > fineTuning)
            return Approach.Prompting;
        if (rag > prompting && rag > fineTuning)
            return Approach.Rag;
        if (fineTuning > prompting && fineTuning > rag)
            return Approach.FineTuning;
        return null;
    }
}
