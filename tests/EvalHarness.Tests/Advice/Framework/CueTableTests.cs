using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Advice.Framework.Scanning;

namespace EvalHarness.Tests.Advice.Framework;

public sealed class CueTableTests
{
    [Fact]
    public void Trie_EveryPhrase_MatchesItsOwnRow()
    {
        var trie = CueCatalog.Trie;

        for (var i = 0; i < CueTable.All.Count; i++)
        {
            var phrase = CueTable.All[i].Phrase.TrimEnd('*');
            var folded = new char[phrase.Length + 1];
            var length = TextFolder.Fold(phrase, folded);

            Assert.Equal((i, length), (trie.Match(folded.AsSpan(0, length), 0, out var end), end));
        }
    }

    [Theory]
    [InlineData("Formatted", "format*", 9)]
    [InlineData("real-time data", "real time data", 14)]
    [InlineData("Real time", "real time", 9)]
    [InlineData("no training data here", "no training data", 16)]
    [InlineData("format, then", "format*", 6)]
    public void Trie_Text_FindsLongestPhrase(string text, string phrase, int coveredEnd)
    {
        var folded = new char[text.Length];
        var length = TextFolder.Fold(text, folded);

        var cue = CueCatalog.Trie.Match(folded.AsSpan(0, length), 0, out var end);

        Assert.Equal((phrase, coveredEnd), (CueTable.All[cue].Phrase, end));
    }

    [Theory]
    [InlineData("toned")] // "tone" is a whole-word cue: no match inside a longer word.
    [InlineData("jsonl")]
    public void Trie_PartialWord_DoesNotMatch(string text)
    {
        Assert.Equal(-1, CueCatalog.Trie.Match(text, 0, out _));
    }

    [Fact]
    public void EvidenceKeys_TableAndReadings_FitTheirBits()
    {
        // A cue's evidence variants are cached under a key that packs the row, its reading, negation and contrast; a
        // reading past its bits would share the evidence of another row's reading (as "placeholder" once did).
        Assert.True((int)Enum.GetValues<HitReading>().Max() < 1 << CueCatalog.ReadingBits);
        Assert.True(CueTable.All.Count < (1 << 10) - 1);
    }

    [Fact]
    public void Trie_DuplicatePhrase_Throws()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new CueTrie([new("tone", Signal.Style, 3), new("Tone", Signal.Style, 2)]));

        Assert.Equal("Cue 'Tone' duplicates cue 'tone'.", exception.Message);
    }
}
