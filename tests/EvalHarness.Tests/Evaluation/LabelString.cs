using EvalHarness.Corpus;

namespace EvalHarness.Tests.Evaluation;

/// <summary>Writes label sequences compactly in test tables: P = prompting, R = rag, F = fine-tuning.</summary>
internal static class LabelString
{
    public static Approach[] Parse(string letters) =>
        letters.Select(letter => letter switch
        {
            'P' => Approach.Prompting,
            'R' => Approach.Rag,
            'F' => Approach.FineTuning,
            _ => throw new ArgumentException($"Unknown label letter '{letter}'.", nameof(letters)),
        }).ToArray();
}
