using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>
/// How many rows disagreements.csv has of each kind and the first scenarios of each, counted as results arrive, so a
/// finished run can tell authors what waits for them in the work list without reading it back.
/// </summary>
public sealed class DisagreementTally
{
    /// <summary>How many scenario ids of each kind are kept to be named.</summary>
    public const int IdsKept = 5;

    private static readonly DisagreementKind[] Kinds = Enum.GetValues<DisagreementKind>();
    private readonly int[] _counts = new int[Kinds.Length];
    private readonly List<string>[] _first = Kinds.Select(_ => new List<string>(IdsKept)).ToArray();

    /// <summary>Counts one result under every kind it shows.</summary>
    public void Add(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!DisagreementKinds.Any(result))
            return;
        for (var k = 0; k < Kinds.Length; k++)
        {
            if (!DisagreementKinds.Shows(result, Kinds[k]))
                continue;
            _counts[k]++;
            if (_first[k].Count < IdsKept)
                _first[k].Add(result.Scenario.Id);
        }
    }

    /// <summary>How many rows of this kind the work list has.</summary>
    public int Count(DisagreementKind kind) => _counts[(int)kind];

    /// <summary>The first scenarios of this kind, in corpus order, at most <see cref="IdsKept"/>.</summary>
    public IReadOnlyList<string> FirstIds(DisagreementKind kind) => _first[(int)kind];

    /// <summary>Whether the work list is empty.</summary>
    public bool IsEmpty => _counts.All(c => c == 0);
}
