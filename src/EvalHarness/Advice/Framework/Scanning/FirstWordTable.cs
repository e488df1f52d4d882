namespace EvalHarness.Advice.Framework.Scanning;

/// <summary>
/// The first words of the cue phrases, up to eight letters, each with its trie node and the cue the word is on its own:
/// one lookup stands in for walking the word letter by letter, a chain of dependent loads that the scanner would
/// otherwise pay on every word that may start a cue.
/// </summary>
/// <remarks>Keys are <see cref="CueStartFilter.WordKey(ReadOnlySpan{char})"/>s, which for ASCII words of up to eight characters are the word itself.</remarks>
internal sealed class FirstWordTable
{
    private const int KeyBits = 10;
    private const ulong Factor = 0x9E3779B97F4A7C15UL;
    /// <summary>The most first words the table holds: five eighths full, so a lookup with linear probing stays short.</summary>
    private const int MaxWords = (1 << KeyBits) * 5 / 8;
    private readonly ulong[] _keys = new ulong[1 << KeyBits];
    private readonly Entry[] _entries = new Entry[1 << KeyBits];

    /// <summary>Builds the table for the first words of <paramref name="foldedPhrases"/> (trailing * removed).</summary>
    public FirstWordTable(CueTrie trie, IEnumerable<string> foldedPhrases)
    {
        ArgumentNullException.ThrowIfNull(trie);
        ArgumentNullException.ThrowIfNull(foldedPhrases);
        var count = 0;
        foreach (var phrase in foldedPhrases)
        {
            var space = phrase.IndexOf(' ');
            var word = space < 0 ? phrase : phrase[..space];
            if (word.Length > CueStartFilter.WordKeyChars)
                continue;
            var key = CueStartFilter.WordKey(word);
            var slot = SlotOf(key);
            if (_keys[slot] == key)
                continue;
            if (++count > MaxWords)
                throw new InvalidOperationException($"The cue table has more than {MaxWords} distinct first words.");
            // The word as a whole text: the cue a walk through it finds with a word boundary after it.
            _entries[slot] = new Entry((ushort)trie.NodeOf(word), trie.Match(word, 0, out _, out _));
            _keys[slot] = key;
        }
    }

    /// <summary>Looks up a word by its key; <c>false</c> when it is no cue's first word (it may still start a cue ending in *).</summary>
    public bool TryFind(ulong wordKey, out Entry entry)
    {
        var slot = SlotOf(wordKey);
        entry = _entries[slot];
        return _keys[slot] == wordKey && wordKey != 0;
    }

    private int SlotOf(ulong key)
    {
        var mask = _keys.Length - 1;
        var slot = (int)((key * Factor) >> (64 - KeyBits));
        while (_keys[slot] != 0 && _keys[slot] != key)
            slot = (slot + 1) & mask;
        return slot;
    }

    /// <summary>A first word's trie node, and the cue it is when followed by a word boundary (-1 for none).</summary>
    public readonly record struct Entry(ushort Node, int Best);
}
