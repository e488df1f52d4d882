using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace EvalHarness.Corpus;

/// <summary>
/// A set of ids, each with a dense slot number, kept as UTF-8 in one growing array with an open-addressing index:
/// a million ids are a handful of arrays rather than a million strings, so they cost the garbage collector nothing.
/// </summary>
/// <remarks>Not thread-safe while ids are added; safe to read from several threads once filled.</remarks>
internal sealed class IdTable
{
    private byte[] _bytes = new byte[4096];
    private int[] _ends = new int[256];
    // Each bucket holds the id's hash (high half) and its slot + 1 (low half; 0 is empty), so a probe that misses
    // never reads the id bytes: with a million ids, those reads are cache misses.
    private ulong[] _buckets = new ulong[512];
    private int _lastSlot = -1;

    /// <summary>How many ids the table holds; slots run from 0 to <c>Count - 1</c>.</summary>
    public int Count { get; private set; }

    /// <summary>The slot of an id, or -1 when the table does not hold it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public int Find(ReadOnlySpan<byte> id)
    {
        var hash = Hash(id);
        var mask = _buckets.Length - 1;
        for (var b = hash & mask; ; b = (b + 1) & mask)
        {
            var bucket = _buckets[b];
            if (bucket == 0)
                return -1;
            var slot = (int)(uint)bucket - 1;
            if ((int)(bucket >> 32) == hash && Utf8Of(slot).SequenceEqual(id))
                return slot;
        }
    }

    /// <summary>The slot of an id, or -1; <paramref name="likelySlot"/> is compared first, which costs no hashing and no cache miss when it is right.</summary>
    public int Find(ReadOnlySpan<byte> id, int likelySlot) =>
        (uint)likelySlot < (uint)Count && Utf8Of(likelySlot).SequenceEqual(id) ? likelySlot : Find(id);

    /// <summary>The slot of an id, adding it first when it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public int FindOrAdd(ReadOnlySpan<byte> id, out bool added)
    {
        added = false;
        // Files list the rows of one scenario together, so the id just added or found is the likeliest next one.
        if (_lastSlot >= 0 && Utf8Of(_lastSlot).SequenceEqual(id))
            return _lastSlot;
        var hash = Hash(id);
        var mask = _buckets.Length - 1;
        var b = hash & mask;
        for (; ; b = (b + 1) & mask)
        {
            var bucket = _buckets[b];
            if (bucket == 0)
                break;
            var found = (int)(uint)bucket - 1;
            if ((int)(bucket >> 32) == hash && Utf8Of(found).SequenceEqual(id))
                return _lastSlot = found;
        }

        added = true;
        var slot = Count++;
        Store(slot, id);
        _buckets[b] = Bucket(hash, slot);
        _lastSlot = slot;
        if (Count * 2 > _buckets.Length)
            Rehash();
        return slot;
    }

    /// <summary>The UTF-8 bytes of the id in a slot.</summary>
    public ReadOnlySpan<byte> Utf8Of(int slot)
    {
        var start = slot == 0 ? 0 : _ends[slot - 1];
        return _bytes.AsSpan(start, _ends[slot] - start);
    }

    /// <summary>The id in a slot, as a new string.</summary>
    public string IdOf(int slot) => Encoding.UTF8.GetString(Utf8Of(slot));

    /// <summary>A simple, fixed 64-bit multiplicative hash: ids are short, and a fixed hash keeps runs repeatable.</summary>
    private static int Hash(ReadOnlySpan<byte> id)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)id.Length;
        while (id.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(id)) * 0xFF51AFD7ED558CCDUL;
            h ^= h >> 32;
            id = id[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < id.Length; i++)
            tail |= (ulong)id[i] << (8 * i);
        h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
        return (int)(h ^ (h >> 29)) & int.MaxValue;
    }

    private static ulong Bucket(int hash, int slot) => (ulong)(uint)hash << 32 | (uint)(slot + 1);

    private void Store(int slot, ReadOnlySpan<byte> id)
    {
        var start = slot == 0 ? 0 : _ends[slot - 1];
        if (start + id.Length > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, start + id.Length));
        if (slot == _ends.Length)
            Array.Resize(ref _ends, slot * 2);

        id.CopyTo(_bytes.AsSpan(start));
        _ends[slot] = start + id.Length;
    }

    private void Rehash()
    {
        // Each bucket carries its id's hash, so the ids need not be read or hashed again.
        var buckets = new ulong[_buckets.Length * 2];
        var mask = buckets.Length - 1;
        foreach (var bucket in _buckets)
        {
            if (bucket == 0)
                continue;
            var b = (int)(bucket >> 32) & mask;
            while (buckets[b] != 0)
                b = (b + 1) & mask;
            buckets[b] = bucket;
        }

        _buckets = buckets;
    }
}
