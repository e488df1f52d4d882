using System.Runtime.CompilerServices;

namespace EvalHarness.Corpus;

/// <summary>
/// The ids scenarios.csv defines, each with the line that first defined it. An id that has labels is kept by its slot in
/// the label index, so one lookup both finds its labels and catches a duplicate, and the index learns which of its ids
/// scenarios.csv defines; only unlabelled ids get a table of their own.
/// </summary>
internal sealed class ScenarioIdSet
{
    private readonly LabelIndex? _labels;
    private readonly IdTable _unlabelled = new();
    private int[] _unlabelledLines = new int[64];
    // File order: a label slot, or the complement of an unlabelled slot. Null while the n-th id defined is the label
    // index's slot n, as when scenarios.csv lists its scenarios in the order labels.csv first named them (a generated
    // corpus, a spreadsheet kept in step): a million such ids then need no array of four megabytes, grown by doubling
    // while the run waits on its first writes to every page (a sixth of a 1M run's page faults; docs/performance.md).
    private int[]? _order;
    private int _likelySlot;

    /// <summary>Creates an empty set over a complete label index, or over none.</summary>
    public ScenarioIdSet(LabelIndex? labels)
    {
        _labels = labels;
    }

    /// <summary>How many distinct ids were defined.</summary>
    public int Count { get; private set; }

    /// <summary>The label slot of the id defined last, or -1 when no label names it.</summary>
    public int LabelSlot { get; private set; } = -1;

    /// <summary>Every id defined, in file order.</summary>
    public IEnumerable<string> Ids
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                var entry = _order is null ? i : _order[i];
                yield return entry >= 0 ? _labels!.IdOf(entry) : _unlabelled.IdOf(~entry);
            }
        }
    }

    /// <summary>Defines an id on a line (1 or more); returns 0, or the line that defined it before.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public int Define(ReadOnlySpan<byte> id, int line)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        // Scenarios usually come in the order their labels did, so the slot after the last one is tried first.
        var slot = _labels is null ? -1 : _labels.Find(id, _likelySlot);
        LabelSlot = slot;
        if (slot >= 0)
        {
            _likelySlot = slot + 1;
            // The label index keeps the defining line of its own ids, which also tells it which labels name no scenario.
            var earlier = _labels!.Define(slot, line);
            if (earlier == 0)
                Append(slot);
            return earlier;
        }

        var own = _unlabelled.FindOrAdd(id, out var added);
        if (!added)
            return _unlabelledLines[own];
        if (own == _unlabelledLines.Length)
            Array.Resize(ref _unlabelledLines, own * 2);
        _unlabelledLines[own] = line;
        Append(~own);
        return 0;
    }

    private void Append(int entry)
    {
        if (_order is null)
        {
            if (entry == Count)
            {
                Count++;
                return;
            }

            _order = new int[Math.Max(256, Count * 2)];
            for (var i = 0; i < Count; i++)
                _order[i] = i;
        }
        else if (Count == _order.Length)
        {
            Array.Resize(ref _order, Count * 2);
        }

        _order[Count++] = entry;
    }
}
