namespace EvalHarness.Reports.Html;

/// <summary>Strings a page repeats (annotators, rationales, leaves, paths, warnings), each written once and referred to by number.</summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class StringTable
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>The strings in the order they were first seen.</summary>
    public IReadOnlyList<string> Strings => _strings;

    /// <summary>How many UTF-8 bytes the strings take, roughly, to keep a page within its size.</summary>
    public long Bytes { get; private set; }

    /// <summary>The number of a string, adding it when new; -1 for <c>null</c> or empty.</summary>
    public int this[string? value]
    {
        get
        {
            if (string.IsNullOrEmpty(value))
                return -1;
            if (_index.TryGetValue(value, out var number))
                return number;
            _index.Add(value, _strings.Count);
            _strings.Add(value);
            Bytes += value.Length + 3;
            return _strings.Count - 1;
        }
    }
}
