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
    public void EvidenceUtf8_AnyEvidence_IsEveryToStringJoinedWithSemicolons(Evidence[] evidence)
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

            var expected = string.Join("; ", evidence.Select(e => e.ToString()));
            Assert.Equal(expected, Encoding.UTF8.GetString(AdviceText.EvidenceUtf8(advice)));
            Assert.Equal(expected, AdviceText.Evidence(advice));
        }
    }
}
