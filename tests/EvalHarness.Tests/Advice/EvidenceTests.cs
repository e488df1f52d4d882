using System.Text;
using EvalHarness.Advice;

namespace EvalHarness.Tests.Advice;

public sealed class EvidenceTests
{
    [Fact]
    public void Equals_AfterOneWasEncoded_ComparesOnlyRuleFoundAndWeight()
    {
        var encoded = new Evidence("cue.format.json", "json", 3);
        _ = encoded.Utf8.Length;
        var fresh = new Evidence("cue.format.json", new string("json".AsSpan()), 3);

        Assert.Equal(fresh, encoded);
        Assert.Equal(fresh.GetHashCode(), encoded.GetHashCode());
        Assert.NotEqual(encoded, encoded with { Weight = -3 });
    }

    [Fact]
    public void Utf8_OfACopyWithAnotherWeight_EncodesTheCopy()
    {
        var original = new Evidence("cue.format.json", "json", 3);
        _ = original.Utf8.Length;

        var negated = original with { Weight = -3 };

        Assert.Equal("cue.format.json \"json\" (-3)", Encoding.UTF8.GetString(negated.Utf8));
        Assert.Equal("cue.format.json \"json\" (+3)", Encoding.UTF8.GetString(original.Utf8));
    }

    [Fact]
    public void ToString_WithTableWeightAndChanges_ShowsHowTheWeightCameAbout()
    {
        var plain = new Evidence("cue.format.json", "JSON", 3) { TableWeight = 3 };
        var negated = plain with { Weight = -3, Changes = [new WeightChange(WeightChangeKind.Negated, "doesn't")] };

        Assert.Equal("cue.format.json \"JSON\" (+3)", plain.ToString());
        Assert.Equal("cue.format.json \"JSON\" (+3, negated by 'doesn't' → -3)", negated.ToString());
        Assert.NotEqual(plain with { Weight = -3 }, negated);
    }
}
