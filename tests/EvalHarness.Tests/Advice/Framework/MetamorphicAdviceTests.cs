using System.Text;
using Bogus;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Synthetic;

namespace EvalHarness.Tests.Advice.Framework;

/// <summary>
/// Edits that change nothing a reader would act on must not change the advice, down to its evidence; only the words the
/// evidence quotes as written may change with the case and spacing of the text.
/// </summary>
public sealed class MetamorphicAdviceTests
{
    private static readonly SyntheticScenario[] Scenarios = new SyntheticScenarioGenerator(77).Generate(300).ToArray();
    private static readonly NeutralNames Names = NeutralNames.Create(4242);

    public static TheoryData<string> Edits => ["upper-case", "lower-case", "extra-whitespace", "punctuation", "swap-names", "neutral-sentence-first", "neutral-sentence-last"];

    [Theory]
    [MemberData(nameof(Edits))]
    public void Advise_NeutralEdit_GivesTheSameAdvice(string edit)
    {
        var random = new Randomizer(edit.Length * 1000 + edit[0]);
        var changed = new List<string>();

        foreach (var synthetic in Scenarios)
        {
            var original = synthetic.Scenario;
            var edited = original with { Text = Edit(edit, synthetic, random) };
            var before = Reading(FrameworkAdvisor.Default.Advise(original));
            var after = Reading(FrameworkAdvisor.Default.Advise(edited));
            if (before != after)
                changed.Add($"{original.Id}: {edited.Text}");
        }

        Assert.True(changed.Count == 0, $"{changed.Count} of {Scenarios.Length} changed, such as {string.Join(" | ", changed.Take(3))}");
    }

    [Theory]
    [InlineData("Every reply must be valid JSON.", "EVERY REPLY MUST BE VALID JSON!!")]
    [InlineData("Answers must reflect the latest prices.", "  answers\tmust   reflect the latest prices ... ")]
    [InlineData("They tried few-shot prompting and it already works.", "The team is based in Lisbon. They tried few-shot prompting and it already works.")]
    public void Advise_HandWrittenNeutralEdit_GivesTheSameAdvice(string text, string edited)
    {
        var before = FrameworkAdvisor.Default.Advise(new("a", text));

        var after = FrameworkAdvisor.Default.Advise(new("a", edited));

        Assert.Equal(Reading(before), Reading(after));
    }

    [Fact]
    public void NeutralNames_Pools_HoldOnlyNamesTheAdvisorIgnores()
    {
        var all = Names.Organisations.Concat(Names.Products).Concat(Names.Cities).Concat(Names.People).ToArray();

        Assert.All(all, n => Assert.True(NeutralNames.IsNeutral(n), n));
        Assert.All(new[] { Names.Organisations, Names.Products, Names.Cities, Names.People }, p => Assert.InRange(p.Count, 200, 256));
        Assert.False(NeutralNames.IsNeutral("Generic Voice"));
        Assert.False(NeutralNames.IsNeutral("Smith and Sons"));
        Assert.False(NeutralNames.IsNeutral("Studio 54"));
    }

    /// <summary>The advice as JSON with the quoted words (of the cues and of what changed them) in lower case and single-spaced, as the advisor reads them.</summary>
    private static string Reading(ScenarioAdvice advice) => AdviceJson.Write(advice with
    {
        Path = [.. advice.Path.Select(step => step with
        {
            Evidence = [.. step.Evidence.Select(e => e with { Found = Folded(e.Found), Changes = [.. e.Changes.Select(c => c with { Word = Folded(c.Word) })] })],
        })],
    });

    private static string Folded(string words) =>
        string.Join(' ', words.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Edit(string edit, SyntheticScenario synthetic, Randomizer random)
    {
        var text = synthetic.Scenario.Text;
        return edit switch
        {
            "upper-case" => text.ToUpperInvariant(),
            "lower-case" => text.ToLowerInvariant(),
            "extra-whitespace" => Spaced(text, random),
            "punctuation" => text.Replace(". ", "! ", StringComparison.Ordinal).Replace(synthetic.Product, $"\"{synthetic.Product}\"", StringComparison.Ordinal) + "..",
            "swap-names" => text
                .Replace(synthetic.Organisation, Other(Names.Organisations, synthetic.Organisation, random), StringComparison.Ordinal)
                .Replace(synthetic.Product, Other(Names.Products, synthetic.Product, random), StringComparison.Ordinal),
            "neutral-sentence-first" => "The team is based in Lisbon. " + text,
            "neutral-sentence-last" => text + " The team is based in Lisbon.",
            _ => throw new ArgumentOutOfRangeException(nameof(edit), edit, null),
        };
    }

    private static string Spaced(string text, Randomizer random)
    {
        var builder = new StringBuilder("  ");
        foreach (var c in text)
            builder.Append(c == ' ' ? random.ArrayElement(new[] { " ", "  ", "\t", " \t " }) : c.ToString());
        return builder.Append(" \t").ToString();
    }

    private static string Other(IReadOnlyList<string> pool, string current, Randomizer random)
    {
        var index = random.Number(pool.Count - 1);
        return pool[index] == current ? pool[(index + 1) % pool.Count] : pool[index];
    }
}
