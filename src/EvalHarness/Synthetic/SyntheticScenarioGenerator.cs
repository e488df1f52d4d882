using System.Globalization;
using System.Text;
using Bogus;
using EvalHarness.Corpus;

namespace EvalHarness.Synthetic;

/// <summary>
/// Generates labelled scenarios from a seed: it picks the label first (uniformly), then a branch of the framework that
/// leads to it, then writes a text from an opening, the branch's sentences and neutral asides filled with Bogus names,
/// and numbers consistent with the branch. The same seed always gives the same sequence.
/// </summary>
/// <remarks>Not thread-safe: one generator is one random sequence. Use one generator per thread.</remarks>
public sealed class SyntheticScenarioGenerator
{
    /// <summary>Every scenario id starts with this.</summary>
    public const string IdPrefix = "syn-";

    private readonly Randomizer _random;
    private readonly NeutralNames _names;
    private readonly StringBuilder _text = new(512);
    private int _generated;

    /// <summary>Creates a generator whose sequence depends only on <paramref name="seed"/>.</summary>
    public SyntheticScenarioGenerator(int seed)
    {
        _random = new Randomizer(seed);
        _names = NeutralNames.Create(unchecked(seed * 31 + 7));
    }

    /// <summary>Generates the next scenario; ids count up from <c>syn-0000001</c>.</summary>
    public SyntheticScenario Next()
    {
        var index = ++_generated;
        var approach = ApproachText.All[_random.Number(ApproachText.All.Count - 1)];
        var branches = SyntheticBranches.Of(approach);
        var branch = branches[_random.Number(branches.Count - 1)];
        var numbers = BranchNumbers.Draw(branch, _random);
        var slots = new PhraseSlots
        {
            Organisation = Pick(_names.Organisations),
            Product = Pick(_names.Products),
            City = Pick(_names.Cities),
            Person = Pick(_names.People),
            Domain = Pick(SyntheticDomain.All),
            Number = numbers.InText.ToString("N0", CultureInfo.InvariantCulture),
        };

        var text = Compose(branch, slots);
        var scenario = new Scenario(string.Create(CultureInfo.InvariantCulture, $"{IdPrefix}{index:D7}"), text)
        {
            DailyRequests = numbers.DailyRequests,
            TokensPerRequest = numbers.TokensPerRequest,
            TrainingExamples = numbers.TrainingExamples,
            Tags = ["synthetic", branch.ToSlug()],
            Source = "synthetic",
        };
        return new SyntheticScenario(scenario, branch, slots.Organisation, slots.Product);
    }

    /// <summary>Generates the next <paramref name="count"/> scenarios, one at a time, holding none of them.</summary>
    public IEnumerable<SyntheticScenario> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++)
            yield return Next();
    }

    private string Compose(SyntheticBranch branch, in PhraseSlots slots)
    {
        _text.Clear();
        slots.AppendTo(_text, Pick(BranchPhrases.Openings));
        var asides = BranchPhrases.Asides;
        var aside = _random.Number(asides.Count - 1);
        if (_random.Bool(0.4f))
            Sentence(slots, asides[aside]);

        var sentences = BranchPhrases.Of(branch);
        var first = _random.Number(sentences.Count - 1);
        Sentence(slots, sentences[first]);
        if (_random.Bool(0.25f))
            Sentence(slots, sentences[(first + 1 + _random.Number(sentences.Count - 2)) % sentences.Count]);
        if (_random.Bool(0.3f))
            Sentence(slots, asides[(aside + 1 + _random.Number(asides.Count - 2)) % asides.Count]);
        return _text.ToString();
    }

    private void Sentence(in PhraseSlots slots, string phrase)
    {
        _text.Append(' ');
        slots.AppendTo(_text, phrase);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Number(items.Count - 1)];
}
