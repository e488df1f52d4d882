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

    /// <summary>How many words after a count its rate may stand: "a few hundred pothole reports a week".</summary>
    private const int RateReach = 4;

    /// <summary>Words right after a number that make it no count of things done: time, shares, money and people.</summary>
    private static readonly string[] NotCounted =
    [
        "hour", "hours", "minute", "minutes", "min", "mins", "second", "seconds", "sec", "secs", "ms", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "percent", "dollar", "dollars", "euro", "euros", "pound", "pounds", "cents",
        "usd", "eur", "gbp", "people", "persons", "staff", "employees", "engineers", "developers",
    ];

    /// <summary>Words right before a number that make it money: "EUR 890 a month".</summary>
    private static readonly string[] Currencies = ["usd", "eur", "gbp", "chf", "us"];

    /// <summary>
    /// Reads the facts by looking at the units written around each number in its sentence; <paramref name="folded"/> is the
    /// text the numbers were found in, <paramref name="text"/> the text as written and <paramref name="map"/> the way between.
    /// </summary>
    public static TextFacts Read(ReadOnlySpan<CueHit> hits, ReadOnlySpan<NumberHit> numbers, ReadOnlySpan<char> folded, ReadOnlySpan<char> text, FoldMap map)
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
            {
                // A few examples counted in words ("two or three examples", "six worked examples") are a prompt's few-shot
                // examples; a training set is written in figures, or in hundreds ("a few hundred labelled examples").
                if (!number.InWords || value >= 100)
                    facts.TrainingExamples ??= value;
            }
            else if ((Find(hits, number, 1, 4, Signal.UnitRequests) || CountsAtARate(hits, number, folded, text, map)) && PerDay(hits, number) is { } perDay)
                facts.DailyRequests ??= (long)Math.Round(number.Value * perDay, MidpointRounding.AwayFromZero);
        }

        return facts;
    }

    /// <summary>
    /// Whether a number with no unit of requests counts things done at a rate all the same: a rate of two words or more ("a
    /// week", "per day", not "day" or "weekly") within <see cref="RateReach"/> words after it in its clause, no currency
    /// before it ("$50 a day", "EUR 890 a month"), no name around it ("GPT-4"), and no unit of time, share, money or people
    /// right after it ("3 hours a day", "5% a month", "50 dollars a day"). So "two proposals a week" and "a few hundred
    /// reports a week" are volumes, as "200 emails a week" is.
    /// </summary>
    private static bool CountsAtARate(ReadOnlySpan<CueHit> hits, NumberHit number, ReadOnlySpan<char> folded, ReadOnlySpan<char> text, FoldMap map)
    {
        if (!HasRateAfter(hits, number, folded))
            return false;
        var start = map.TextIndex(number.Start);
        var end = map.TextIndex(number.End - 1) + 1;
        // "$50 a day", "5% a month", and "GPT-4", a name with a number in it.
        if ((start > 0 && text[start - 1] is '$' or '€' or '£' or '¥') || (end < text.Length && text[end] == '%')
            || (start > 1 && text[start - 1] == '-' && char.IsLetter(text[start - 2])))
            return false;
        if (number.Start >= 2 && folded[number.Start - 1] == ' ')
        {
            var before = folded[..(number.Start - 1)];
            if (SentenceReading.IsOneOf(before[(before.LastIndexOf(' ') + 1)..], Currencies))
                return false;
        }

        return number.End + 1 >= folded.Length || folded[number.End] != ' '
            || !SentenceReading.IsOneOf(folded[(number.End + 1)..CueTrie.WordEnd(folded, number.End + 1)], NotCounted);
    }

    /// <summary>Whether a rate of two words or more stands within <see cref="RateReach"/> words after the number, in its clause.</summary>
    private static bool HasRateAfter(ReadOnlySpan<CueHit> hits, NumberHit number, ReadOnlySpan<char> folded)
    {
        foreach (var hit in hits)
        {
            var offset = hit.Word - number.Word;
            // In the number's clause: "a catalogue of 420k items, which changes every day" is a size, not a rate.
            if (hit.Sentence == number.Sentence && offset >= 1 && offset <= RateReach
                && CueCatalog.Signals[hit.Cue] is >= Signal.PerHour and <= Signal.PerYear && !IsBareUnit(CueTable.All[hit.Cue].Phrase)
                && !folded[number.End..hit.Start].Contains(','))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a rate is one word ("day", "weekly"), which names a rate only beside a unit of requests ("requests/day",
    /// "200 emails daily"); alone it is as often an adjective ("the weekly newsletter").
    /// </summary>
    private static bool IsBareUnit(string phrase) => !phrase.Contains(' ');

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
