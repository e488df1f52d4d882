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
}
