using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Advice.Framework;

public sealed class ThreadSafetyTests
{
    private static readonly string[] Texts =
    [
        "A startup wants their chatbot to always respond with structured JSON.",
        "A medical company wants their chatbot to know the latest drug interactions.",
        "We fine-tuned on the manual but it still invents numbers.",
        "Few-shot prompting already works well for our ticket summaries.",
        "We classify 50,000 support tickets per hour into 12 fixed categories; we have only 25 examples.",
        "There is no particular tone required, but answers must cite the internal policy documents.",
    ];

    [Fact]
    public void Advise_InParallel_MatchesSequential()
    {
        var scenarios = Enumerable.Range(0, 4_000)
            .Select(i => new Scenario($"s{i}", Texts[i % Texts.Length] + new string(' ', i % 7)) { DailyRequests = i % 3 == 0 ? i * 10L : null, TokensPerRequest = 200 })
            .ToArray();
        var advisor = new FrameworkAdvisor();
        var sequential = scenarios.Select(s => AdviceJson.Write(advisor.Advise(s))).ToArray();
        var parallel = new string[scenarios.Length];

        Parallel.For(0, scenarios.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => parallel[i] = AdviceJson.Write(advisor.Advise(scenarios[i])));

        Assert.Equal(sequential, parallel);
    }
}
