using EvalHarness.Advice;
using EvalHarness.Advice.Framework;

namespace EvalHarness.Tests.Advice.Framework;

public sealed class DecisionStepCacheTests
{
    private static readonly RivalScore[] NoRivals = [];

    // Evidence made afresh for each test, so no other test's steps share these slots' keys.
    private static Evidence[] Pieces(int count, string tag) =>
        [.. Enumerable.Range(0, count).Select(i => new Evidence($"cue.test.{tag}", $"word{i}", 1))];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(7)]
    public void Step_SameParts_SharesOneStep(int pieces)
    {
        // A slot keeps the first step made for it, and other tests fill slots at the same time: of fifty new steps, some
        // find their slot free, and those are shared.
        var shared = 0;
        for (var i = 0; i < 50; i++)
        {
            var evidence = Pieces(pieces, $"same{pieces}.{i}");
            var score = 1000 + 50 * pieces + i;
            var first = DecisionStepCache.Step(FrameworkQuestion.NeedsDomainKnowledge, true, evidence, score, 2, NoRivals, null);
            var second = DecisionStepCache.Step(FrameworkQuestion.NeedsDomainKnowledge, true, evidence, score, 2, NoRivals, null);
            Assert.Equal(evidence, second.Evidence);
            Assert.Equal((score, 2), (second.Score, second.Threshold));
            shared += ReferenceEquals(first, second) ? 1 : 0;
        }

        Assert.True(shared > 0, "no step was shared");
    }

    [Theory]
    [InlineData(0)] // a piece the slot keeps beside the step
    [InlineData(3)]
    [InlineData(5)] // a piece past those, compared in the step's own array
    public void Step_OnePieceDiffers_GivesItsOwnEvidence(int differing)
    {
        var evidence = Pieces(6, $"differs{differing}");
        var other = (Evidence[])evidence.Clone();
        other[differing] = other[differing] with { Found = "another" };

        var first = DecisionStepCache.Step(FrameworkQuestion.IsStyleFormatOrPersona, false, evidence, 1, 2, NoRivals, null);
        var second = DecisionStepCache.Step(FrameworkQuestion.IsStyleFormatOrPersona, false, other, 1, 2, NoRivals, null);

        Assert.NotSame(first, second);
        Assert.Equal(evidence, first.Evidence);
        Assert.Equal(other, second.Evidence);
    }

    [Theory]
    [InlineData(3)] // a piece the slot keeps beside the step
    [InlineData(5)] // a piece past those, compared in the step's own array
    public void Step_KeysSharingASlot_NeverGiveEachOthersStep(int differing)
    {
        // Lists alike but for one piece: 3,000 over the cache's 8,192 slots put several hundred in a slot kept for another
        // before them, so those lookups must compare that piece to tell them apart.
        var common = Pieces(6, $"slot{differing}");
        var lists = Enumerable.Range(0, 3_000).Select(i =>
        {
            var list = (Evidence[])common.Clone();
            list[differing] = new Evidence("cue.test.slot", $"variant{i}", 1);
            return list;
        }).ToArray();

        for (var round = 0; round < 2; round++)
        {
            foreach (var list in lists)
                Assert.Equal(list, DecisionStepCache.Step(FrameworkQuestion.CanPromptingSolveIt, false, list, 6, 2, NoRivals, null).Evidence);
        }
    }

    [Fact]
    public void Step_AnyOtherPartDiffers_GivesAStepWithThatPart()
    {
        var evidence = Pieces(2, "parts");
        var rivals = new RivalScore[] { new("knowledge", 1, 3, true) };
        Assert.Equal(3, DecisionStepCache.Step(FrameworkQuestion.CanPromptingSolveIt, true, evidence, 3, 2, rivals, null).Score);

        Assert.False(DecisionStepCache.Step(FrameworkQuestion.CanPromptingSolveIt, false, evidence, 3, 2, rivals, null).Answer);
        Assert.Equal(-4, DecisionStepCache.Step(FrameworkQuestion.CanPromptingSolveIt, true, evidence, -4, 2, rivals, null).Score);
        Assert.Equal(5, DecisionStepCache.Step(FrameworkQuestion.CanPromptingSolveIt, true, evidence, 3, 5, rivals, null).Threshold);
        Assert.Empty(DecisionStepCache.Step(FrameworkQuestion.CanPromptingSolveIt, true, evidence, 3, 2, NoRivals, null).Rivals);
        Assert.Equal("a note", DecisionStepCache.Step(FrameworkQuestion.CanPromptingSolveIt, true, evidence, 3, 2, rivals, "a note").Note);
        Assert.Equal(FrameworkQuestion.NeedsDomainKnowledge,
            DecisionStepCache.Step(FrameworkQuestion.NeedsDomainKnowledge, true, evidence, 3, 2, rivals, null).Question);
        Assert.Single(DecisionStepCache.Step(FrameworkQuestion.CanPromptingSolveIt, true, evidence[..1], 3, 2, rivals, null).Evidence);
        Assert.Equal(evidence, DecisionStepCache.Step(FrameworkQuestion.CanPromptingSolveIt, true, evidence, 3, 2, rivals, null).Evidence);
    }

    [Fact]
    public void Step_ManyThreadsAtOnce_EachGetsItsOwnParts()
    {
        // Threads filling and reading slots at once must never get a step for other parts, torn or half-published.
        var sets = Enumerable.Range(0, 64).Select(i => Pieces(1 + i % 7, $"threads{i}")).ToArray();
        Parallel.For(0, 20_000, i =>
        {
            var evidence = sets[i % sets.Length];
            var step = DecisionStepCache.Step(FrameworkQuestion.NeedsDomainKnowledge, i % 2 == 0, evidence, i % 5, 2, NoRivals, null);
            Assert.Equal(evidence, step.Evidence);
            Assert.Equal((i % 2 == 0, i % 5), (step.Answer, step.Score));
        });
    }
}
