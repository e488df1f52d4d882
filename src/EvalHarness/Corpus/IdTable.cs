using System.Runtime.CompilerServices;
using System.Text;

namespace EvalHarness.Corpus;

/// <summary>
/// A set of ids, each with a dense slot number, kept as UTF-8 in one growing array with a hash index (<see cref="IdBuckets"/>):
/// a million ids are a handful of arrays rather than a million strings, so they cost the garbage collector nothing.
/// </summary>
/// <remarks>
/// While ids arrive in increasing ordinal order, as in a file sorted by id, the table is sorted and has no hash index: a
/// new id is only compared with the last one, which saves a cache miss per id on a million ids. The first id out of
/// order, or a run of lookups, builds the index. Not thread-safe while ids are added; safe to read from several threads
/// once filled.
/// </remarks>
internal sealed class IdTable
{
    /// <summary>How many lookups a sorted table answers by binary search before it builds its hash index.</summary>
    private const int SortedFinds = 256;

    private byte[] _bytes = new byte[4096];
    private int[] _ends = new int[256];
    private IdBuckets? _index; // null while the ids are sorted
    private int _sortedFinds;
    private int _lastSlot = -1; // the slot found or added last; while the table is sorted, always the last slot

    /// <summary>How many ids the table holds; slots run from 0 to <c>Count - 1</c>.</summary>
    public int Count { get; private set; }

    /// <summary>The slot of an id, or -1 when the table does not hold it.</summary>
    public int Find(ReadOnlySpan<byte> id)
    {
        var index = _index;
        if (index is null)
        {
            // A race on the count only moves the moment the index is built, and an index built twice is built the same.
            if (_sortedFinds++ < SortedFinds)
                return BinarySearch(id);
            index = BuildIndex();
        }
        return index.Probe(id, IdBuckets.Hash(id), this, out _);
    }

    /// <summary>The slot of an id, or -1; <paramref name="likelySlot"/> is compared first, which costs no hashing and no cache miss when it is right.</summary>
    public int Find(ReadOnlySpan<byte> id, int likelySlot) =>
        (uint)likelySlot < (uint)Count && Utf8Of(likelySlot).SequenceEqual(id) ? likelySlot : Find(id);

    /// <summary>The slot of an id, adding it first when it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public int FindOrAdd(ReadOnlySpan<byte> id, out bool added)
    {
        added = false;
        var index = _index;
        if (index is null)
        {
            // While sorted, the last slot holds the greatest id: a greater id is new, an equal one is found, and only a
            // smaller one needs the index.
            var order = _lastSlot < 0 ? 1 : id.SequenceCompareTo(Utf8Of(_lastSlot));
            if (order == 0)
                return _lastSlot;
            if (order > 0)
            {
                added = true;
                return _lastSlot = Store(id);
            }
            index = BuildIndex();
        }
        // Files list the rows of one scenario together, so the id just added or found is the likeliest next one.
        else if (_lastSlot >= 0 && Utf8Of(_lastSlot).SequenceEqual(id))
        {
            return _lastSlot;
        }

        var hash = IdBuckets.Hash(id);
        var found = index.Probe(id, hash, this, out var bucket);
        if (found >= 0)
            return _lastSlot = found;

        added = true;
        var slot = Store(id);
        index.Add(bucket, hash, slot);
        return _lastSlot = slot;
    }

    /// <summary>The UTF-8 bytes of the id in a slot.</summary>
    public ReadOnlySpan<byte> Utf8Of(int slot)
    {
        var start = slot == 0 ? 0 : _ends[slot - 1];
        return _bytes.AsSpan(start, _ends[slot] - start);
    }

    /// <summary>The id in a slot, as a new string.</summary>
    public string IdOf(int slot) => Encoding.UTF8.GetString(Utf8Of(slot));

    private int BinarySearch(ReadOnlySpan<byte> id)
    {
        int low = 0, high = Count - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var order = Utf8Of(middle).SequenceCompareTo(id);
            if (order == 0)
                return middle;
            if (order < 0)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return -1;
    }

    private IdBuckets BuildIndex()
    {
        var index = IdBuckets.Of(this);
        // Published whole: a reader on another thread sees no index or a complete one.
        Volatile.Write(ref _index, index);
        return index;
    }

    /// <summary>Makes room, before the first id is added, for <paramref name="ids"/> ids of <paramref name="bytes"/> bytes in all; the room is not cleared (see <see cref="LabelIndex.Reserve"/>).</summary>
    public void Reserve(int ids, int bytes)
    {
        if (Count > 0)
            throw new InvalidOperationException("Room is made before the first id is added.");
        if (ids > _ends.Length)
            _ends = GC.AllocateUninitializedArray<int>(ids);
        if (bytes > _bytes.Length)
            _bytes = GC.AllocateUninitializedArray<byte>(bytes);
    }

    /// <summary>Adds the room for the next <paramref name="ids"/> ids and <paramref name="bytes"/> bytes past what is filled to <paramref name="pages"/> (see <see cref="LabelIndex.Reserve"/>).</summary>
    public void PopulateAhead(PagePopulation pages, long ids, long bytes)
    {
        var filled = Count == 0 ? 0 : _ends[Count - 1];
        pages.Add(_ends, Count, Count + ids).Add(_bytes, filled, filled + bytes);
    }

    private int Store(ReadOnlySpan<byte> id)
    {
        var slot = Count;
        var start = slot == 0 ? 0 : _ends[slot - 1];
        if (start + id.Length > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, start + id.Length));
        if (slot == _ends.Length)
            Array.Resize(ref _ends, slot * 2);

        id.CopyTo(_bytes.AsSpan(start));
        _ends[slot] = start + id.Length;
        Count = slot + 1;
        return slot;
    }
}
