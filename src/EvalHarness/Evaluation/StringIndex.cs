using System.Numerics;
using System.Runtime.CompilerServices;

namespace EvalHarness.Evaluation;

/// <summary>
/// The positions of a fixed list of strings, found by reference before by value: rule ids and annotator names reach
/// the metrics as the same few string instances a million times over, and comparing a reference is cheaper than
/// hashing the text.
/// </summary>
/// <remarks>Not thread-safe: each lookup may remember its string.</remarks>
internal sealed class StringIndex
{
    private const int MinRemembered = 64;
    private readonly Dictionary<string, int> _byValue = new(StringComparer.Ordinal);
    private readonly string?[] _keys;
    private readonly int[] _positions;
    private readonly int _slotMask;

    /// <summary>Indexes <paramref name="values"/>; a value listed twice keeps its first position.</summary>
    public StringIndex(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        for (var i = 0; i < values.Count; i++)
            _byValue.TryAdd(values[i], i);
        // Four slots per value, so two strings in use at once seldom share a slot: with the advisor's 560 rules in 64
        // slots, they kept pushing each other out, and 1% of a large run went to hashing rule ids.
        var remembered = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinRemembered, 4 * values.Count));
        _keys = new string?[remembered];
        _positions = new int[remembered];
        _slotMask = remembered - 1;
    }

    /// <summary>The first position of <paramref name="value"/> in the list, or -1 when it is not there.</summary>
    public int IndexOf(string value)
    {
        var slot = RuntimeHelpers.GetHashCode(value) & _slotMask;
        if (ReferenceEquals(_keys[slot], value))
            return _positions[slot];
        if (!_byValue.TryGetValue(value, out var position))
            return -1;
        _keys[slot] = value;
        _positions[slot] = position;
        return position;
    }
}
