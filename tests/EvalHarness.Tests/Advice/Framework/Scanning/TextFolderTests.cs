using Bogus;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework.Scanning;

namespace EvalHarness.Tests.Advice.Framework.Scanning;

/// <summary>Folding reads eight characters at a time where it can; these hold it to the one-at-a-time definition.</summary>
public sealed class TextFolderTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("ABCDEFGH", "abcdefgh")]
    [InlineData("ABCDEFGHI", "abcdefghi")]
    [InlineData("abcdefg  hijklmnop", "abcdefg hijklmnop")] // a doubled space inside a block
    [InlineData("abcdefgh  ijklmnop", "abcdefgh ijklmnop")] // a doubled space across two blocks
    [InlineData("abcdefg ,hijklmnop", "abcdefg,hijklmnop")] // a mark pulls back over the space before it
    [InlineData("  Leading and trailing  ", "leading and trailing")]
    [InlineData("Costs 1234567,000 a day", "costs 1234567000 a day")] // a number's comma on a block's edge
    [InlineData("version 1234567.5 is out.", "version 1234567.5 is out!")]
    [InlineData("The team’s model doesn't", "the team's model doesn't")]
    [InlineData("abcdefg' hijk 'quoted'", "abcdefg hijk quoted")]
    [InlineData("ÉCOLE Straße 42", "École straße 42")]
    [InlineData("A\tB\r\nC;D:E?F", "a b!c!d!e!f")]
    [InlineData("Hello,  World!  50,000 calls; 1.5m.", "hello, world! 50000 calls! 1.5m!")]
    [InlineData("Doesn't — “real-time”", "doesn't real time")]
    public void Fold_Text_GivesTheFoldedForm(string text, string expected)
    {
        foreach (var vectorised in new[] { true, false })
        {
            var folded = new char[text.Length];

            var length = TextFolder.Fold(text, folded, vectorised);

            Assert.Equal(expected, new string(folded, 0, length));
        }
    }

    [Fact]
    public void Fold_IntoItself_Throws()
    {
        var text = "Fold me in place, please".ToCharArray();

        Assert.Throws<ArgumentException>(() => TextFolder.Fold(text, text));
    }

    [Fact]
    public void Fold_RandomText_VectorisedEqualsOneCharacterAtATime()
    {
        // An alphabet heavy in what the block path must stop at: doubled spaces, marks between digits, apostrophes.
        // '@', '[', '`' and '{' sit next to the letters, where setting bit 5 must not make them letters.
        string[] pieces = ["a", "Z", "q", "7", "0", " ", " ", "  ", ",", ".", "'", "’", "!", "-", "é", "Ω", "\t", "\n", "JSON", "50,000", "1.5", "don't",
            "@", "[", "`", "{", "\0", "\u0010", "\u0019", "\u007f", "\u0100", "\u0141"];
        var faker = new Faker { Random = new Randomizer(20261124) };
        for (var n = 0; n < 5_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, faker.Random.Int(0, 60)).Select(_ => faker.PickRandom(pieces)));
            var vector = new char[text.Length];
            var scalar = new char[text.Length];

            var vectorLength = TextFolder.Fold(text, vector, vectorised: true);
            var scalarLength = TextFolder.Fold(text, scalar, vectorised: false);

            Assert.Equal(new string(scalar, 0, scalarLength), new string(vector, 0, vectorLength));
        }
    }
}
