using System.Globalization;

namespace EvalHarness.Synthetic;

/// <summary>What to generate: how many scenarios, from which seed, labelled by how many annotators with how much noise.</summary>
/// <param name="Count">Scenarios to generate; at least 1.</param>
/// <param name="Seed">The seed; the same seed and options give the same bytes.</param>
/// <param name="Annotators">Annotators in the panel, 1 to <see cref="MaxAnnotators"/>.</param>
/// <param name="Noise">The chance, 0 to 1, that an annotator gives another label than the constructed one.</param>
public sealed record SyntheticOptions(int Count, int Seed = SyntheticOptions.DefaultSeed, int Annotators = SyntheticOptions.DefaultAnnotators, double Noise = SyntheticOptions.DefaultNoise)
{
    /// <summary>The seed when none is given.</summary>
    public const int DefaultSeed = 42;

    /// <summary>The panel size when none is given, as in the bundled corpus.</summary>
    public const int DefaultAnnotators = 3;

    /// <summary>The flip chance when none is given.</summary>
    public const double DefaultNoise = 0.1;

    /// <summary>The largest panel.</summary>
    public const int MaxAnnotators = 20;

    /// <summary>What is wrong with the options, one sentence each; empty when they are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Count < 1)
            problems.Add(Invariant($"count must be at least 1, got {Count}"));
        if (Annotators is < 1 or > MaxAnnotators)
            problems.Add(Invariant($"annotators must be from 1 to {MaxAnnotators}, got {Annotators}"));
        if (!(Noise is >= 0 and <= 1))
            problems.Add(Invariant($"noise must be from 0 to 1, got {Noise}"));
        return problems;
    }

    /// <summary>Throws when the options are invalid: a caller's mistake.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names every one.</exception>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
            throw new ArgumentOutOfRangeException(nameof(SyntheticOptions), string.Join("; ", problems));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
