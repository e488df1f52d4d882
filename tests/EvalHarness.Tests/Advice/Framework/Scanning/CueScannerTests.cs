using Bogus;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Advice.Framework.Scanning;
using EvalHarness.Synthetic;

namespace EvalHarness.Tests.Advice.Framework.Scanning;

/// <summary>
/// The scanner finds words with bit masks, sifts them with a filter and looks first words up in a table; these hold it
/// to <see cref="OneWordAtATimeScanner"/>, which walks the trie from every word.
/// </summary>
public sealed class CueScannerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("few shot prompting already works")]
    [InlineData("no particular tone, but every answer must be json")] // negation, a clause mark, a contrast
    [InlineData("although the format is strict the team drafts by hand! 3 million requests a day")]
    [InlineData("abcdefgh abcdefghi abcdefghij formatting")] // words of 8, 9 and 10 letters, the last at the very end
    [InlineData("š few examples, a few examples")] // 'š' has the low byte of 'a': the table must not take it for "a"
    [InlineData("gpt4 json2 10k 1.5m 3 million 200ms 3rd 1.5.3")]
    [InlineData("the brand's voice and the brand's tone")]
    public void Scan_Text_AgreesWithOneWordAtATime(string folded) => AssertAgrees(folded);

    [Fact]
    public void Scan_GeneratedScenarios_AgreeWithOneWordAtATime()
    {
        var buffer = new char[ScenarioTextCapacity];
        foreach (var scenario in new SyntheticScenarioGenerator(20261124).Generate(3_000))
        {
            var length = TextFolder.Fold(scenario.Scenario.Text, buffer);
            AssertAgrees(new string(buffer, 0, length));
        }
    }

    [Fact]
    public void Scan_RandomWords_AgreeWithOneWordAtATime()
    {
        // Cue phrases, their first words and prefixes, words around the eight letters the keys hold, numbers, marks and
        // characters whose low byte is a letter, so words start and end on every side of a 64-character block.
        var cues = CueTable.All.Select(c => c.Phrase.TrimEnd('*')).ToArray();
        string[] others = ["the", "a", "an", "answers", "abcdefgh", "abcdefghi", "instructions", "formatting", "drafted",
            "10k", "3 million", "1.5", "2024", "š", "ša", "ωmega", "don't", ",", "!", ", ", "! "];
        var faker = new Faker { Random = new Randomizer(7) };
        var buffer = new char[20_000];
        for (var n = 0; n < 4_000; n++)
        {
            var words = faker.Random.Int(0, n % 100 == 0 ? 2_500 : 60);
            var text = string.Join(' ', Enumerable.Range(0, words).Select(_ =>
                faker.Random.Bool(0.4f) ? faker.PickRandom(cues) : faker.Random.Bool(0.5f) ? faker.PickRandom(others) : faker.Lorem.Word()));
            var length = TextFolder.Fold(text.Length > buffer.Length ? text[..buffer.Length] : text, buffer);
            AssertAgrees(new string(buffer, 0, length));
        }
    }

    [Fact]
    public void Scan_TextLongerThanTheStackBuffers_AgreesWithOneWordAtATime()
    {
        var text = string.Join(' ', Enumerable.Repeat("a few examples and no particular tone but strict json", 400));

        AssertAgrees(text);
    }

    [Fact]
    public void CueTrie_PrefixCueShorterThanTheFilterKey_Throws()
    {
        // The filter keys a word ending in * by its first four letters; a shorter one could never be found.
        var error = Assert.Throws<InvalidOperationException>(() => new CueTrie([new Cue("fmt*", Signal.Format, 2)]));

        Assert.Equal("Cue 'fmt*' is shorter than 4 letters before its *.", error.Message);
    }

    [Fact]
    public void FirstWords_EveryCuesFirstWord_IsFoundWithItsOwnMatch()
    {
        var trie = CueCatalog.Trie;
        foreach (var first in CueTable.All.Select(c => c.Phrase.TrimEnd('*').Split(' ', '-')[0].ToLowerInvariant()).Where(w => w.Length <= 8).Distinct())
        {
            Assert.True(trie.FirstWords.TryFind(CueStartFilter.WordKey(first), out var entry), first);
            Assert.Equal(trie.Match(first, 0, out _), entry.Best);
        }
    }

    private const int ScenarioTextCapacity = 8_192;

    private static void AssertAgrees(string folded)
    {
        var hits = new CueHit[256];
        var numbers = new NumberHit[16];
        var expectedHits = new CueHit[256];
        var expectedNumbers = new NumberHit[16];

        var count = CueScanner.Scan(folded, CueCatalog.Trie, hits, numbers, out var numberCount);
        var expectedCount = OneWordAtATimeScanner.Scan(folded, CueCatalog.Trie, expectedHits, expectedNumbers, out var expectedNumberCount);

        Assert.Equal(expectedHits.Take(expectedCount), hits.Take(count));
        Assert.Equal(expectedNumbers.Take(expectedNumberCount), numbers.Take(numberCount));
    }
}
