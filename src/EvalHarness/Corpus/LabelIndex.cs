using System.Runtime.CompilerServices;
using System.Text;

namespace EvalHarness.Corpus;

/// <summary>Expert labels indexed by scenario id, kept compact (parallel arrays, ids in one UTF-8 table) so the labels of a million scenarios fit in memory without their texts.</summary>
/// <remarks>Not thread-safe while it is filled; safe to read from several threads once complete.</remarks>
public sealed class LabelIndex
{
    private readonly IdTable _ids = new();
    private readonly IdTable _annotatorIds = new();
    private readonly List<string> _annotators = [];
    private readonly bool _keepRationales;
    private int[] _firstLabel = new int[256];
    private int[] _firstLine = new int[256];
    private int[] _definedOn = new int[256]; // per slot: the scenarios.csv line that defined the id, 0 while none has
    private int[] _next = new int[1024];
    private int[] _line = new int[1024];
    private byte[] _approach = new byte[1024];
    private ushort[] _annotator = new ushort[1024];
    private string[] _rationale = [];
    private int[]? _rank;
    private int _populateAt = int.MaxValue; // the label count at which the pages ahead are next mapped; only after Reserve

    /// <summary>Creates an empty index; rationales are kept only when asked for, since large runs never show them.</summary>
    public LabelIndex(bool keepRationales = false) => _keepRationales = keepRationales;

    /// <summary>
    /// Makes room for the labels of a labels.csv of <paramref name="fileBytes"/> bytes before the first is added, so a
    /// large file's arrays are not grown by doubling: in this virtual machine each page first touched costs a fault of
    /// several microseconds, and a million scenarios' arrays, copied and faulted in again at every doubling, were a third
    /// of the labels load (which every run waits for; see "Session 11" in docs/performance.md). Only the
    /// reader of labels.csv makes room.
    /// </summary>
    /// <remarks>
    /// The room is a guess from the size: rows of <see cref="BytesPerLabel"/> bytes, two labels a scenario. It is not
    /// cleared, so pages past what is filled are never touched and cost no memory; every slot is written before it is
    /// read. A file that holds more grows its arrays as before.
    /// </remarks>
    internal void Reserve(long fileBytes)
    {
        if (LabelCount > 0 || ScenarioCount > 0)
            throw new InvalidOperationException("Room is made before the first label is added.");
        var labels = (int)Math.Min(fileBytes / BytesPerLabel, MaxReserved);
        if (labels <= _next.Length)
            return;
        var scenarios = labels / 2;
        _firstLabel = GC.AllocateUninitializedArray<int>(scenarios);
        _firstLine = GC.AllocateUninitializedArray<int>(scenarios);
        _definedOn = GC.AllocateUninitializedArray<int>(scenarios);
        _next = GC.AllocateUninitializedArray<int>(labels);
        _line = GC.AllocateUninitializedArray<int>(labels);
        _approach = GC.AllocateUninitializedArray<byte>(labels);
        _annotator = GC.AllocateUninitializedArray<ushort>(labels);
        _ids.Reserve(scenarios, scenarios * BytesPerId);
        PopulateAhead();
    }

    /// <summary>
    /// Has the pages of the room <see cref="Reserve"/> made mapped on another core, two windows of
    /// <see cref="PopulateWindow"/> labels ahead of the filling, and again each window: the first write to each fresh
    /// page was a fault of several microseconds on the thread every run waits for. Only ahead of the filling, so the
    /// pages past what the file fills are still never touched.
    /// </summary>
    private void PopulateAhead()
    {
        var labels = LabelCount;
        var scenarios = ScenarioCount;
        var ahead = 2L * PopulateWindow;
        var pages = new PagePopulation()
            .Add(_next, labels, labels + ahead)
            .Add(_line, labels, labels + ahead)
            .Add(_approach, labels, labels + ahead)
            .Add(_annotator, labels, labels + ahead)
            .Add(_firstLabel, scenarios, scenarios + ahead)
            .Add(_firstLine, scenarios, scenarios + ahead)
            .Add(_definedOn, scenarios, scenarios + ahead);
        _ids.PopulateAhead(pages, ahead, ahead * BytesPerId);
        pages.Start();
        _populateAt = labels + PopulateWindow;
    }

    /// <summary>The bytes a label row is taken to have when room is made (a generated corpus's rows have 63; rationales make them longer).</summary>
    private const int BytesPerLabel = 48;

    /// <summary>Room made for each scenario id's UTF-8 ("syn-0000015" is 11 bytes).</summary>
    private const int BytesPerId = 16;

    /// <summary>How many labels each request to map pages ahead covers (about 6 ms of a 1M labels load, some 350 pages).</summary>
    private const int PopulateWindow = 32 * 1024;

    /// <summary>The most labels room is made for at once; past them the arrays grow as they fill.</summary>
    private const int MaxReserved = 64 * 1024 * 1024;

    /// <summary>Whether rationales are kept; when not, readers need not read them.</summary>
    public bool KeepsRationales => _keepRationales;

    /// <summary>How many distinct scenario ids the labels name.</summary>
    public int ScenarioCount => _ids.Count;

    /// <summary>How many labels were added.</summary>
    public int LabelCount { get; private set; }

    /// <summary>The annotators, in the order first seen.</summary>
    public IReadOnlyList<string> Annotators => _annotators;

    /// <summary>Notes a scenario id named on a line, valid label or not, and returns its slot; a bad label row then does not also make the scenario unlabelled.</summary>
    public int Touch(string scenarioId, int line)
    {
        ArgumentNullException.ThrowIfNull(scenarioId);
        return Touch(Encoding.UTF8.GetBytes(scenarioId), line);
    }

    /// <summary>Adds a label; returns 0, or the line of this annotator's earlier label for the scenario, in which case nothing is added.</summary>
    public int Add(string scenarioId, string annotator, Approach label, int line, string rationale = "")
    {
        ArgumentNullException.ThrowIfNull(scenarioId);
        ArgumentNullException.ThrowIfNull(annotator);
        return Add(Encoding.UTF8.GetBytes(scenarioId), AddAnnotator(Encoding.UTF8.GetBytes(annotator)), label, line, rationale);
    }

    /// <summary>The slot of a scenario id, or -1 when no label names it.</summary>
    public int Find(string scenarioId)
    {
        ArgumentNullException.ThrowIfNull(scenarioId);
        Span<byte> buffer = stackalloc byte[256];
        return Encoding.UTF8.TryGetBytes(scenarioId, buffer, out var length)
            ? _ids.Find(buffer[..length])
            : _ids.Find(Encoding.UTF8.GetBytes(scenarioId));
    }

    /// <summary>The slot of a scenario id given as UTF-8, trying <paramref name="likelySlot"/> before hashing; -1 when no label names it.</summary>
    internal int Find(ReadOnlySpan<byte> scenarioId, int likelySlot) => _ids.Find(scenarioId, likelySlot);

    /// <summary>The scenario id of a slot, as a new string.</summary>
    internal string IdOf(int slot) => _ids.IdOf(slot);

    /// <summary>
    /// Notes that scenarios.csv defines a slot's scenario on <paramref name="line"/> (a record with a well-formed id,
    /// whatever its other problems); returns 0, or the line that defined it before.
    /// </summary>
    internal int Define(int slot, int line)
    {
        var earlier = _definedOn[slot];
        if (earlier == 0)
            _definedOn[slot] = line;
        return earlier;
    }

    /// <summary>The labels of a slot, ordered by annotator name (ordinal); empty when every row for it was invalid.</summary>
    public ExpertLabel[] LabelsOf(int slot) => LabelsOf(slot, IdOf(slot));

    /// <summary>The labels of a slot, as <see cref="LabelsOf(int)"/> gives them, sharing the caller's string for the scenario id.</summary>
    internal ExpertLabel[] LabelsOf(int slot, string scenarioId)
    {
        var count = 0;
        for (var i = _firstLabel[slot]; i >= 0; i = _next[i])
            count++;
        if (count == 0)
            return [];
        var rank = _rank ??= RankAnnotators();
        Span<int> order = count <= 32 ? stackalloc int[count] : new int[count];
        var filled = 0;
        for (var i = _firstLabel[slot]; i >= 0; i = _next[i])
        {
            // Insertion sort by annotator name: a scenario has a handful of labels.
            var at = filled++;
            while (at > 0 && rank[_annotator[order[at - 1]]] > rank[_annotator[i]])
            {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }
        var labels = new ExpertLabel[count];
        for (var k = 0; k < count; k++)
        {
            var i = order[k];
            labels[k] = new ExpertLabel(scenarioId, _annotators[_annotator[i]], (Approach)_approach[i], _keepRationales ? _rationale[i] : "", _line[i]);
        }
        return labels;
    }

    /// <summary>Every scenario id scenarios.csv never defined, with the lines of its label rows (its first row when none was valid), in slot order.</summary>
    public IEnumerable<(string ScenarioId, int Line)> UnseenRows()
    {
        for (var slot = 0; slot < ScenarioCount; slot++)
        {
            if (_definedOn[slot] != 0)
                continue;
            if (_firstLabel[slot] < 0)
            {
                yield return (_ids.IdOf(slot), _firstLine[slot]);
                continue;
            }
            var lines = new List<int>();
            for (var i = _firstLabel[slot]; i >= 0; i = _next[i])
                lines.Add(_line[i]);
            lines.Reverse();
            var id = _ids.IdOf(slot);
            foreach (var line in lines)
                yield return (id, line);
        }
    }

    /// <summary>Notes a scenario id given as UTF-8; see <see cref="Touch(string, int)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    internal int Touch(ReadOnlySpan<byte> scenarioId, int line)
    {
        var slot = _ids.FindOrAdd(scenarioId, out var added);
        if (!added)
            return slot;
        if (slot == _firstLabel.Length)
        {
            Array.Resize(ref _firstLabel, slot * 2);
            Array.Resize(ref _firstLine, slot * 2);
            Array.Resize(ref _definedOn, slot * 2);
        }
        _firstLabel[slot] = -1;
        _firstLine[slot] = line;
        _definedOn[slot] = 0; // the room Reserve makes is not cleared
        return slot;
    }

    /// <summary>Adds a label for a scenario id given as UTF-8 and an annotator from <see cref="AddAnnotator"/>; see <see cref="Add(string, string, Approach, int, string)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    internal int Add(ReadOnlySpan<byte> scenarioId, ushort annotator, Approach label, int line, string rationale)
    {
        var slot = Touch(scenarioId, line);
        for (var i = _firstLabel[slot]; i >= 0; i = _next[i])
            if (_annotator[i] == annotator)
                return _line[i];

        var index = LabelCount++;
        if (index == _populateAt)
            PopulateAhead();
        if (index == _next.Length)
        {
            Array.Resize(ref _next, index * 2);
            Array.Resize(ref _line, index * 2);
            Array.Resize(ref _approach, index * 2);
            Array.Resize(ref _annotator, index * 2);
        }
        if (_keepRationales)
        {
            if (index >= _rationale.Length)
                Array.Resize(ref _rationale, Math.Max(1024, index * 2));
            _rationale[index] = rationale;
        }
        _next[index] = _firstLabel[slot];
        _firstLabel[slot] = index;
        _line[index] = line;
        _approach[index] = (byte)label;
        _annotator[index] = annotator;
        return 0;
    }

    /// <summary>The number of a known annotator given as UTF-8, or -1 when no label has named it yet.</summary>
    internal int FindAnnotator(ReadOnlySpan<byte> annotator)
    {
        // A panel has a handful of annotators, and comparing with each is cheaper than hashing.
        if (_annotators.Count <= 8)
        {
            for (var i = 0; i < _annotators.Count; i++)
                if (_annotatorIds.Utf8Of(i).SequenceEqual(annotator))
                    return i;
            return -1;
        }

        return _annotatorIds.Find(annotator);
    }

    /// <summary>The number of an annotator given as UTF-8, adding it when new; the caller has checked that the name is a slug.</summary>
    internal ushort AddAnnotator(ReadOnlySpan<byte> annotator)
    {
        var index = _annotatorIds.FindOrAdd(annotator, out var added);
        if (index > ushort.MaxValue)
            throw new InvalidOperationException("more than 65,536 annotators");
        if (added)
        {
            _annotators.Add(_annotatorIds.IdOf(index));
            _rank = null; // the order of annotators changes only when one is added
        }
        return (ushort)index;
    }

    private int[] RankAnnotators()
    {
        var order = Enumerable.Range(0, _annotators.Count).OrderBy(i => _annotators[i], StringComparer.Ordinal).ToArray();
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
            rank[order[r]] = r;
        return rank;
    }
}
