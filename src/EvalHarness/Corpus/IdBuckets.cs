using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace EvalHarness.Corpus;

/// <summary>The open-addressing hash index of an <see cref="IdTable"/>: for each id, its hash and its slot in the table.</summary>
/// <remarks>Not thread-safe while ids are added; safe to read from several threads once filled.</remarks>
internal sealed class IdBuckets
{
    // Each bucket holds the id's hash (high half) and its slot + 1 (low half; 0 is empty), so a probe that misses
    // never reads the id bytes: with a million ids, those reads are cache misses.
    private ulong[] _buckets;
    private int _count;

    private IdBuckets(int length) => _buckets = new ulong[length];

    /// <summary>Indexes every id a table holds, with room for as many again.</summary>
    public static IdBuckets Of(IdTable table)
    {
        var index = new IdBuckets(Math.Max(512, (int)BitOperations.RoundUpToPowerOf2((uint)table.Count * 2)));
        for (var slot = 0; slot < table.Count; slot++)
        {
            // The ids of a table are distinct, so each probe ends at an empty bucket.
            var id = table.Utf8Of(slot);
            var hash = Hash(id);
            index.Probe(id, hash, table, out var bucket);
            index.Add(bucket, hash, slot);
        }
        return index;
    }

    /// <summary>A simple, fixed 64-bit multiplicative hash: ids are short, and a fixed hash keeps runs repeatable.</summary>
    public static int Hash(ReadOnlySpan<byte> id)
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

    /// <summary>The slot of an id with the given hash, or -1 with <paramref name="bucket"/> set to where <see cref="Add"/> would put it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public int Probe(ReadOnlySpan<byte> id, int hash, IdTable table, out int bucket)
    {
        var buckets = _buckets;
        var mask = buckets.Length - 1;
        for (var b = hash & mask; ; b = (b + 1) & mask)
        {
            var entry = buckets[b];
            if (entry == 0)
            {
                bucket = b;
                return -1;
            }
            var slot = (int)(uint)entry - 1;
            if ((int)(entry >> 32) == hash && table.Utf8Of(slot).SequenceEqual(id))
            {
                bucket = b;
                return slot;
            }
        }
    }

    /// <summary>Puts a new id's slot in the empty bucket a <see cref="Probe"/> that did not find it gave.</summary>
    public void Add(int bucket, int hash, int slot)
    {
        _buckets[bucket] = (ulong)(uint)hash << 32 | (uint)(slot + 1);
        if (++_count * 2 > _buckets.Length)
            Grow();
    }

    private void Grow()
    {
        // Each bucket carries its id's hash, so the ids need not be read or hashed again.
        var buckets = new ulong[_buckets.Length * 2];
        var mask = buckets.Length - 1;
        foreach (var entry in _buckets)
        {
            if (entry == 0)
                continue;
            var b = (int)(entry >> 32) & mask;
            while (buckets[b] != 0)
                b = (b + 1) & mask;
            buckets[b] = entry;
        }

        _buckets = buckets;
    }
}
