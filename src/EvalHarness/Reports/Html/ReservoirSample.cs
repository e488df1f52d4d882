namespace EvalHarness.Reports.Html;

/// <summary>
/// A uniform random sample of up to <c>capacity</c> items from a stream of unknown length (reservoir sampling, Algorithm R),
/// drawn with a fixed seed so the same stream gives the same sample on every machine.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class ReservoirSample<T>(int capacity, ulong seed)
{
    private readonly List<(long Position, T Item)> _items = new(Math.Min(capacity, 4096));
    private ulong _state = seed == 0 ? 1 : seed;

    /// <summary>How many items were offered.</summary>
    public long Seen { get; private set; }

    /// <summary>How many items the sample holds.</summary>
    public int Count => _items.Count;

    /// <summary>The sample, in the order the items were offered.</summary>
    public IReadOnlyList<(long Position, T Item)> Items => _items.OrderBy(i => i.Position).ToArray();

    /// <summary>Offers the item at a position of the stream.</summary>
    public void Offer(long position, T item)
    {
        Seen++;
        if (_items.Count < capacity)
        {
            _items.Add((position, item));
            return;
        }
        var slot = (long)(Next() % (ulong)Seen);
        if (slot < capacity)
            _items[(int)slot] = (position, item);
    }

    // xorshift64*: small, fast, and the same everywhere, unlike a library generator whose algorithm may change.
    private ulong Next()
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        return _state * 0x2545F4914F6CDD1D;
    }
}
