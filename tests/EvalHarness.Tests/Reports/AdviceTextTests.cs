using System.Text;
using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Reports;

namespace EvalHarness.Tests.Reports;

public sealed class AdviceTextTests
{
    public static TheoryData<Evidence[]> EvidenceSets => new()
    {
        Array.Empty<Evidence>(),
        new[] { new Evidence("cue.format.json", "json", 3) },
        new[] { new Evidence("cue.format.json", "json", 3), new Evidence("fact.training-examples", "training_examples=25", -2) },
        new[] { new Evidence("question.can-prompting-solve-it", "outweighed by knowledge cues", 0) },
        new[] { new Evidence("cue.style.persona", "caf\u00e9 \u201cpersona\u201d", int.MinValue) },
        new[] { new Evidence("cue.long", new string('x', 600), int.MaxValue), new Evidence("r", "", -1) },
    };

    [Theory]
    [MemberData(nameof(EvidenceSets))]
    public void EvidenceUtf8_AnyEvidence_IsEachQuestionsToStringsJoinedWithSemicolons(Evidence[] evidence)
    {
        var advice = new ScenarioAdvice(
            Approach.FineTuning,
            Leaf.FineTune,
            [new DecisionStep(FrameworkQuestion.CanPromptingSolveIt, false, evidence.Take(1).ToArray()),
             new DecisionStep(FrameworkQuestion.IsStyleFormatOrPersona, true, evidence.Skip(1).ToArray())],
            [],
            [],
            null);

        foreach (var culture in new[] { "tr-TR", "ar-SA", "en-US" })
        {
            using var scope = new CultureScope(culture);

            // The first piece counted for question 1, the rest for question 2; a question without evidence is left out.
            var first = evidence.Take(1).Select(e => "1: " + e);
            var rest = evidence.Length > 1 ? ["2: " + string.Join("; ", evidence.Skip(1).Select(e => e.ToString()))] : Array.Empty<string>();
            var expected = string.Join(" | ", first.Concat(rest));
            Assert.Equal(expected, Encoding.UTF8.GetString(AdviceText.EvidenceUtf8(advice)));
            Assert.Equal(expected, AdviceText.Evidence(advice));
        }
    }

    [Fact]
    public void Path_EveryQuestionAsked_IsEachAnswerInOrder()
    {
        var advice = new ScenarioAdvice(Approach.Rag, Leaf.Rag,
            [new DecisionStep(FrameworkQuestion.CanPromptingSolveIt, false, []), new DecisionStep(FrameworkQuestion.IsStyleFormatOrPersona, false, []),
             new DecisionStep(FrameworkQuestion.NeedsDomainKnowledge, true, [])], [], [], null);

        Assert.Equal("can-prompting-solve-it=no; is-style-format-or-persona=no; needs-domain-knowledge=yes", AdviceText.Path(advice));
    }

    [Fact]
    public void Path_EveryPathOfUpToFourSteps_IsTheSameOnEveryCall()
    {
        // Paths of up to three steps are kept once made; asked twice, each must read the same as when first made.
        var questions = Enum.GetValues<FrameworkQuestion>();
        var steps = questions.SelectMany(q => new[] { (q, false), (q, true) }).ToArray();
        var paths = new List<(FrameworkQuestion Question, bool Answer)[]> { Array.Empty<(FrameworkQuestion, bool)>() };
        for (var length = 1; length <= 4; length++)
            paths.AddRange(paths.Where(p => p.Length == length - 1).SelectMany(p => steps.Select(s => p.Append(s).ToArray())).ToList());

        foreach (var path in paths)
        {
            var advice = new ScenarioAdvice(Approach.Prompting, Leaf.UsePrompting, path.Select(s => new DecisionStep(s.Question, s.Answer, [])).ToList(), [], [], null);
            var expected = string.Join("; ", path.Select(s => $"{s.Question.ToSlug()}={(s.Answer ? "yes" : "no")}"));

            Assert.Equal(expected, AdviceText.Path(advice));
            Assert.Equal(expected, AdviceText.Path(advice));
        }
    }

    [Theory]
    [InlineData("35")]
    [InlineData("35.00")]
    [InlineData("35.0000000")]
    [InlineData("0.75")]
    [InlineData("0.7")]
    [InlineData("1027.5")]
    [InlineData("1027.50")]
    [InlineData("-1027.5")]
    [InlineData("0.000000000001")]
    [InlineData("0.0000000000015")]
    [InlineData("0.0000000000014999")]
    [InlineData("123456789.123456789012345")]
    [InlineData("0")]
    [InlineData("0.000")]
    [InlineData("-0.000")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public void MoneyUtf8_AnyValue_IsTheMoneyFormat(string value)
    {
        var money = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        var cell = Encoding.UTF8.GetString(AdviceText.MoneyUtf8(money, stackalloc byte[40]));

        Assert.Equal(AdviceJson.FormatMoney(money), cell);
    }

    [Fact]
    public void MoneyUtf8_RandomValues_IsTheMoneyFormat()
    {
        var random = new Random(7);
        Span<byte> buffer = stackalloc byte[40];
        for (var i = 0; i < 20_000; i++)
        {
            var money = new decimal(random.Next(), random.Next(0, 1000), 0, random.Next(2) == 0, (byte)random.Next(0, 29));

            Assert.Equal(AdviceJson.FormatMoney(money), Encoding.UTF8.GetString(AdviceText.MoneyUtf8(money, buffer)));
        }
    }
}
