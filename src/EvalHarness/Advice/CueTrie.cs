namespace EvalHarness.Advice;

/// <summary>
/// A character trie over the folded phrases of the cue table, built once; finds the longest phrase starting at a word.
/// Symbols are a–z, space and apostrophe, so a walk stops at digits, punctuation and non-ASCII letters.
/// </summary>
internal sealed class CueTrie
{
    private const int Symbols = 28;
    private readonly int[] _children;
    private readonly int[] _exact;
    private readonly int[] _prefix;

    /// <summary>Builds the trie; throws when two rows fold to the same phrase, so the table stays unambiguous.</summary>
    public CueTrie(IReadOnlyList<Cue> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var children = new List<int>(Symbols * 4096);
        var exact = new List<int>(4096);
        var prefix = new List<int>(4096);
        AddNode(children, exact, prefix);
        Span<char> buffer = stackalloc char[128];
        for (var index = 0; index < cues.Count; index++)
        {
            var phrase = cues[index].Phrase;
            var isPrefix = phrase.EndsWith('*');
            var length = TextFolder.Fold(isPrefix ? phrase.AsSpan(0, phrase.Length - 1) : phrase, buffer);
            var node = 0;
            foreach (var c in buffer[..length])
            {
                var symbol = Symbol(c);
                if (symbol < 0)
                    throw new InvalidOperationException($"Cue '{phrase}' has a character the trie cannot read: '{c}'.");
                var slot = node * Symbols + symbol;
                if (children[slot] == 0)
                {
                    children[slot] = exact.Count;
                    AddNode(children, exact, prefix);
                }

                node = children[slot];
            }

            var terminals = isPrefix ? prefix : exact;
            if (terminals[node] >= 0)
                throw new InvalidOperationException($"Cue '{phrase}' duplicates cue '{cues[terminals[node]].Phrase}'.");
            terminals[node] = index;
        }

        _children = [.. children];
        _exact = [.. exact];
        _prefix = [.. prefix];
    }

    /// <summary>The longest cue starting at <paramref name="start"/>: its table index and the end of the text it covers, or -1.</summary>
    public int Match(ReadOnlySpan<char> text, int start, out int end)
    {
        var best = -1;
        end = start;
        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            var symbol = Symbol(text[i]);
            if (symbol < 0)
                break;
            node = _children[node * Symbols + symbol];
            if (node == 0)
                break;
            var atWordEnd = i + 1 == text.Length || !TextFolder.IsWordChar(text[i + 1]);
            if (_exact[node] >= 0 && atWordEnd)
            {
                best = _exact[node];
                end = i + 1;
            }
            else if (_prefix[node] >= 0 && text[i] != ' ')
            {
                best = _prefix[node];
                end = WordEnd(text, i + 1);
            }
        }

        return best;
    }

    /// <summary>The index just past the word that contains <paramref name="index"/>.</summary>
    public static int WordEnd(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && TextFolder.IsWordChar(text[index]))
            index++;
        return index;
    }

    private static int Symbol(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        ' ' => 26,
        '\'' => 27,
        _ => -1,
    };

    private static void AddNode(List<int> children, List<int> exact, List<int> prefix)
    {
        for (var s = 0; s < Symbols; s++)
            children.Add(0);
        exact.Add(-1);
        prefix.Add(-1);
    }
}
