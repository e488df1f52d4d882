using System.Runtime.CompilerServices;

namespace EvalHarness.Advice.Framework;

/// <summary>Evidence gathered for one question on the stack, so advising allocates only the final array.</summary>
internal struct EvidenceList
{
    /// <summary>How many items a question keeps; later ones still count towards the score but are not listed.</summary>
    public const int Capacity = 16;

    private Slots _items;

    /// <summary>How many items were kept.</summary>
    public int Count { get; private set; }

    /// <summary>Keeps an item when there is room.</summary>
    public void Add(Evidence evidence)
    {
        if (Count < Capacity)
            _items[Count++] = evidence;
    }

    /// <summary>The kept items in the order added; the shared empty array when there are none.</summary>
    public readonly IReadOnlyList<Evidence> ToArray()
    {
        if (Count == 0)
            return Array.Empty<Evidence>();
        var array = new Evidence[Count];
        for (var i = 0; i < Count; i++)
            array[i] = _items[i];
        return array;
    }

    [InlineArray(Capacity)]
    private struct Slots
    {
        private Evidence _first;
    }
}
