using System.Runtime.CompilerServices;
using EvalHarness.Advice.Framework;
namespace EvalHarness.Advice.Framework.Scanning;

/// <summary>
/// A character trie over the folded phrases of the cue table, built once; finds the longest phrase starting at a word.
/// Symbols are a–z, space and apostrophe, so a walk stops at digits, punctuation and non-ASCII letters.
/// </summary>
internal sealed class CueTrie
{
    private const int Symbols = 28;
    private const int Space = 26;
    private static readonly sbyte[] SymbolMap = BuildSymbolMap();
    private readonly ushort[] _children; // ushort halves the table (a few thousand nodes) so it stays in cache.
    private readonly int[] _exact;
    private readonly int[] _prefix;
    private readonly bool[] _ends; // Whether a phrase of either kind ends at a node: one small array checked on every step.

    /// <summary>Which words may start one of the trie's phrases; the scanner walks the trie only from those.</summary>
    public CueStartFilter Starts { get; } = new();

    /// <summary>The first words of the trie's phrases, each with its node, so a walk can start past them.</summary>
    public FirstWordTable FirstWords { get; }

    /// <summary>Builds the trie; throws when two rows fold to the same phrase, so the table stays unambiguous.</summary>
    public CueTrie(IReadOnlyList<Cue> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var children = new List<int>(Symbols * 4096);
        var exact = new List<int>(4096);
        var prefix = new List<int>(4096);
        AddNode(children, exact, prefix);
        Span<char> buffer = stackalloc char[128];
        var folded = new List<string>(cues.Count);
        for (var index = 0; index < cues.Count; index++)
        {
            var phrase = cues[index].Phrase;
            var isPrefix = phrase.EndsWith('*');
            var length = TextFolder.Fold(isPrefix ? phrase.AsSpan(0, phrase.Length - 1) : phrase, buffer);
            Starts.Add(buffer[..length], isPrefix);
            folded.Add(new string(buffer[..length]));
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

        if (exact.Count > ushort.MaxValue)
            throw new InvalidOperationException("The cue table has grown past 65,535 trie nodes.");
        _children = [.. children.Select(n => (ushort)n)];
        _exact = [.. exact];
        _prefix = [.. prefix];
        _ends = [.. exact.Zip(prefix, (e, p) => e >= 0 || p >= 0)];
        FirstWords = new FirstWordTable(this, folded);
    }

    /// <summary>
    /// The longest cue starting at <paramref name="start"/>: its table index, the end of the text it covers and how many
    /// words that is; -1 when no cue starts there.
    /// </summary>
    public int Match(ReadOnlySpan<char> text, int start, out int end, out int words)
    {
        end = start;
        words = 1;
        return Walk(text, start, node: 0, best: -1, ref end, ref words);
    }

    /// <summary>
    /// The longest cue starting with a whole word whose trie node and own best cue <see cref="FirstWordTable"/> gave:
    /// as <see cref="Match(ReadOnlySpan{char}, int, out int, out int)"/>, walking on only from the word's end.
    /// </summary>
    public int MatchAfter(ReadOnlySpan<char> text, int start, int wordEnd, FirstWordTable.Entry word, out int end, out int words)
    {
        end = word.Best >= 0 ? wordEnd : start;
        words = 1;
        return Walk(text, wordEnd, word.Node, word.Best, ref end, ref words);
    }

    /// <summary>The node a path of symbols leads to from the root, or -1 when the trie has no such path.</summary>
    public int NodeOf(ReadOnlySpan<char> path)
    {
        var node = 0;
        foreach (var c in path)
        {
            var symbol = Symbol(c);
            if (symbol < 0 || (node = _children[node * Symbols + symbol]) == 0)
                return -1;
        }

        return node;
    }

    /// <summary>Walks on from <paramref name="node"/>, reached just before <paramref name="start"/> with <paramref name="best"/> found so far.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    private int Walk(ReadOnlySpan<char> text, int start, int node, int best, ref int end, ref int words)
    {
        var children = _children;
        var symbols = SymbolMap;
        var ends = _ends;
        var spaces = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 128)
                break;
            var symbol = symbols[c];
            if (symbol < 0)
                break;
            node = children[node * Symbols + symbol];
            if (node == 0)
                break;
            if (symbol == Space)
            {
                spaces++;
                continue;
            }

            if (!ends[node])
                continue;
            var exact = _exact[node];
            if (exact >= 0 && (i + 1 == text.Length || !TextFolder.IsWordChar(text[i + 1])))
            {
                best = exact;
                end = i + 1;
                words = spaces + 1;
            }
            else if (_prefix[node] is var prefix and >= 0)
            {
                best = prefix;
                end = WordEnd(text, i + 1);
                words = spaces + 1;
            }
        }

        return best;
    }

    /// <summary>The longest cue starting at <paramref name="start"/>, or -1.</summary>
    public int Match(ReadOnlySpan<char> text, int start, out int end) => Match(text, start, out end, out _);

    /// <summary>The index just past the word that contains <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public static int WordEnd(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && TextFolder.IsWordChar(text[index]))
            index++;
        return index;
    }

    private static int Symbol(char c) => c < 128 ? SymbolMap[c] : -1;

    private static sbyte[] BuildSymbolMap()
    {
        var map = new sbyte[128];
        for (var c = 0; c < 128; c++)
            map[c] = (sbyte)(c switch { >= 'a' and <= 'z' => c - 'a', ' ' => Space, '\'' => 27, _ => -1 });
        return map;
    }

    private static void AddNode(List<int> children, List<int> exact, List<int> prefix)
    {
        for (var s = 0; s < Symbols; s++)
            children.Add(0);
        exact.Add(-1);
        prefix.Add(-1);
    }
}
