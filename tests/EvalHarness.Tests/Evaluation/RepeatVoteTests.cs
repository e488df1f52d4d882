using EvalHarness.Advice;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Tests.Evaluation;

public sealed class RepeatVoteTests
{
    private static AdvisorAnswer A(Approach approach) => AdvisorAnswer.Of(new ScenarioAdvice(approach, null, [], [], [], null));

    private static readonly AdvisorAnswer Error = AdvisorAnswer.Failed("timed out after 30 s");

    [Fact]
    public void Decide_OneAnswer_IsTheAdviceWithStabilityOne()
    {
        var answer = A(Approach.Rag);

        var (advice, error, stability, _) = RepeatVote.Decide([answer]);

        Assert.Same(answer.Advice, advice);
        Assert.Null(error);
        Assert.Equal(1, stability);
    }

    [Fact]
    public void Decide_Majority_TakesItsFirstAnswerAndTheShareThatAgrees()
    {
        var second = A(Approach.Rag);

        var (advice, error, stability, _) = RepeatVote.Decide([A(Approach.Prompting), second, A(Approach.Rag)]);

        Assert.Same(second.Advice, advice);
        Assert.Null(error);
        Assert.Equal(2.0 / 3, stability, 10);
    }

    [Fact]
    public void Decide_Tie_GivesNoPredictionAndNoError()
    {
        var (advice, error, stability, _) = RepeatVote.Decide([A(Approach.Prompting), A(Approach.Rag)]);

        Assert.Null(advice);
        Assert.Null(error);
        Assert.Equal(0.5, stability);
    }

    [Fact]
    public void Decide_AnErrorAmongAnswers_DisagreesButDoesNotWin()
    {
        var (advice, error, stability, _) = RepeatVote.Decide([Error, A(Approach.FineTuning)]);

        Assert.Equal(Approach.FineTuning, advice!.Approach);
        Assert.Null(error);
        Assert.Equal(0.5, stability);
    }

    [Theory]
    [InlineData(1, "timed out after 30 s")]
    [InlineData(3, "all 3 repeats failed; the first: timed out after 30 s")]
    public void Decide_EveryRepeatFailed_IsAnAdvisorError(int repeats, string expected)
    {
        var (advice, error, stability, _) = RepeatVote.Decide(Enumerable.Repeat(Error, repeats).ToArray());

        Assert.Null(advice);
        Assert.Equal(expected, error);
        Assert.Equal(0, stability);
    }

    [Fact]
    public void Decide_Usage_SumsEveryRepeatsTokens()
    {
        var answers = new[]
        {
            AdvisorAnswer.Of(new ScenarioAdvice(Approach.Rag, null, [], [], [], null), new TokenUsage(100, 10)),
            AdvisorAnswer.Failed("bad reply", new TokenUsage(90, 5)),
        };

        var (_, _, _, usage) = RepeatVote.Decide(answers);

        Assert.Equal(new TokenUsage(190, 15), usage);
    }
}
