using EvalHarness.Advice.Framework.Scanning;

namespace EvalHarness.Advice.Framework;

/// <summary>
/// The facts a scenario states in words: "3 million requests a day", "only 25 examples", "a 1,800-token system prompt".
/// Rates are normalised to a day (an hour ×24, a week ÷7, a month ÷30, a year ÷365) and rounded half away from zero.
/// </summary>
internal struct TextFacts
{
    /// <summary>Requests per day, or <c>null</c>.</summary>
    public long? DailyRequests;

    /// <summary>Input tokens per request, or <c>null</c>.</summary>
    public long? TokensPerRequest;

    /// <summary>Training examples, or <c>null</c>.</summary>
    public long? TrainingExamples;

    /// <summary>Length of the system prompt in tokens, or <c>null</c>.</summary>
    public long? SystemPromptTokens;

    /// <summary>Reads the facts by looking at the units written around each number in its sentence.</summary>
    public static TextFacts Read(ReadOnlySpan<CueHit> hits, ReadOnlySpan<NumberHit> numbers)
    {
        var facts = default(TextFacts);
        foreach (var number in numbers)
        {
            var value = (long)Math.Round(number.Value, MidpointRounding.AwayFromZero);
            if (Find(hits, number, 1, 1, Signal.UnitTokens))
            {
                if (Find(hits, number, 2, 3, Signal.PromptMention))
                    facts.SystemPromptTokens ??= value;
                else if (Find(hits, number, 2, 4, Signal.PerRequest) || Find(hits, number, 2, 4, Signal.UnitRequests)
                    || Find(hits, number, -6, -1, Signal.UnitRequests) || Find(hits, number, -6, -1, Signal.PerRequest))
                    facts.TokensPerRequest ??= value;
                else if (Find(hits, number, -6, -1, Signal.PromptMention))
                    facts.SystemPromptTokens ??= value;
            }
            else if (Find(hits, number, 1, 3, Signal.UnitExamples) || Find(hits, number, 1, 2, Signal.DataAvailable))
                facts.TrainingExamples ??= value;
            else if (Find(hits, number, 1, 4, Signal.UnitRequests) && PerDay(hits, number) is { } perDay)
                facts.DailyRequests ??= (long)Math.Round(number.Value * perDay, MidpointRounding.AwayFromZero);
        }

        return facts;
    }

    private static double? PerDay(ReadOnlySpan<CueHit> hits, NumberHit number)
    {
        foreach (var hit in hits)
        {
            if (hit.Sentence != number.Sentence || hit.Word <= number.Word || hit.Word > number.Word + 6)
                continue;
            switch (CueCatalog.Signals[hit.Cue])
            {
                case Signal.PerHour: return 24;
                case Signal.PerDay: return 1;
                case Signal.PerWeek: return 1 / 7.0;
                case Signal.PerMonth: return 1 / 30.0;
                case Signal.PerYear: return 1 / 365.0;
            }
        }

        return null;
    }

    private static bool Find(ReadOnlySpan<CueHit> hits, NumberHit number, int from, int to, Signal signal)
    {
        foreach (var hit in hits)
        {
            var offset = hit.Word - number.Word;
            if (hit.Sentence == number.Sentence && offset >= from && offset <= to && CueCatalog.Signals[hit.Cue] == signal)
                return true;
        }

        return false;
    }
}
