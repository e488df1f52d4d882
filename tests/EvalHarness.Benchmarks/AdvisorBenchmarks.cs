using BenchmarkDotNet.Attributes;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;

namespace EvalHarness.Benchmarks;

/// <summary>Advice is the hot path (a million scenarios per run): time and allocation of one scenario of 100–300 characters.</summary>
[MemoryDiagnoser]
public class AdvisorBenchmarks
{
    private static readonly Scenario[] All =
    [
        new("quiz-json", "A startup wants their chatbot to always respond with structured JSON so the mobile app can parse every reply without custom error handling."),
        new("quiz-drugs", "A medical company wants their chatbot to know the latest drug interactions, which are published every week by regulators and must be cited."),
        new("legal-style", "A legal firm wants an assistant that always writes in formal legal English, matching the house style of its senior partners' letters."),
        new("news", "A news site wants readers to ask questions about articles published today and get answers that link to the source stories."),
        new("volume", "Few-shot prompting works, but we now serve 3 million requests a day with a 1,800-token system prompt and the API bill keeps growing.") { TokensPerRequest = 200 },
        new("negation", "Our support bot does not need the latest data and there is no particular format; it just has to sound like our friendly brand mascot."),
        new("hallucination", "We fine-tuned on the product manual but it still invents part numbers and warranty terms that are not in our internal catalog."),
        new("one-off", "I need a one-off summary of last year's board minutes for a meeting tomorrow; nothing will be reused after that."),
        new("labels", "We classify about 50,000 support tickets per hour into twelve fixed categories and only have 40 labelled examples so far."),
        new("records", "A bank wants its assistant to answer questions about each customer's account history and recent transactions in a polite tone."),
    ];

    private readonly FrameworkAdvisor _advisor = new();
    private Scenario _scenario = All[0];

    /// <summary>The scenario ids, so the report shows one short row each.</summary>
    public static IEnumerable<string> Ids => All.Select(s => s.Id);

    /// <summary>The id of the scenario under measurement.</summary>
    [ParamsSource(nameof(Ids))]
    public string Id { get; set; } = All[0].Id;

    /// <summary>Picks the scenario, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => _scenario = All.Single(s => s.Id == Id);

    /// <summary>Advises one scenario.</summary>
    [Benchmark]
    public ScenarioAdvice Advise() => _advisor.Advise(_scenario);
}
