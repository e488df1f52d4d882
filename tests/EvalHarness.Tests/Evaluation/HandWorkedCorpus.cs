using EvalHarness.Corpus;

namespace EvalHarness.Tests.Evaluation;

/// <summary>Six scenarios labelled by three annotators, with predictions, whose metrics are worked out by hand in <see cref="CorpusEvaluatorTests"/>.</summary>
internal static class HandWorkedCorpus
{
    private const Approach P = Approach.Prompting, R = Approach.Rag, F = Approach.FineTuning;

    // id: labels of annotators a, b, c; then the fixed prediction.
    private static readonly (string Id, Approach A, Approach B, Approach C, Approach Predicted)[] Rows =
    [
        ("s1", F, F, F, F), // unanimous, correct
        ("s2", F, F, P, P), // panel fine-tuning, wrong, but c agrees with the prediction
        ("s3", R, R, R, R), // unanimous, correct
        ("s4", P, P, R, P), // panel prompting, correct
        ("s5", P, R, F, R), // contested (1-1-1): not scored, prediction matches b
        ("s6", R, R, P, F), // panel rag, wrong, no expert said fine-tuning
    ];

    public static ScenarioCorpus Corpus { get; } = new(
        Rows.Select(r => new Scenario(r.Id, $"Scenario {r.Id}.")).ToArray(),
        Rows.SelectMany(r => new[] { new ExpertLabel(r.Id, "a", r.A), new ExpertLabel(r.Id, "b", r.B), new ExpertLabel(r.Id, "c", r.C) }).ToArray());

    public static IReadOnlyDictionary<string, Approach> Predictions { get; } = Rows.ToDictionary(r => r.Id, r => r.Predicted);
}
