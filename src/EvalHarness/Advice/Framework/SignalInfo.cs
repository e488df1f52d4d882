namespace EvalHarness.Advice.Framework;

/// <summary>What each signal means to the framework: the question it feeds, which way, and its slug in rule ids.</summary>
internal static class SignalInfo
{
    /// <summary>The question a scored signal feeds, or <c>null</c> for signals that only shape reading.</summary>
    public static FrameworkQuestion? QuestionOf(Signal signal) => signal switch
    {
        <= Signal.LittleData => FrameworkQuestion.CanPromptingSolveIt,
        <= Signal.DataAvailable => FrameworkQuestion.IsStyleFormatOrPersona,
        <= Signal.Supplied => FrameworkQuestion.NeedsDomainKnowledge,
        _ => null,
    };

    /// <summary>-1 for a signal that answers its question "no" (prompting fails, knowledge supplied), otherwise +1.</summary>
    public static int Polarity(Signal signal) => signal is Signal.PromptingFails or Signal.Supplied ? -1 : 1;

    /// <summary>The family slug used in rule ids, such as <c>format</c> in <c>cue.format.json</c>.</summary>
    public static string Slug(Signal signal) => signal switch
    {
        Signal.PromptingWorks => "prompting-works",
        Signal.PromptingFails => "prompting-fails",
        Signal.Untried => "untried",
        Signal.PromptGap => "prompt-gap",
        Signal.OneOff => "one-off",
        Signal.Occasional => "occasional",
        Signal.Simple => "simple",
        Signal.ChangingTask => "changing-task",
        Signal.LittleData => "little-data",
        Signal.Format => "format",
        Signal.Labels => "labels",
        Signal.Style => "style",
        Signal.LongPrompt => "long-prompt",
        Signal.Latency => "latency",
        Signal.Volume => "volume",
        Signal.DataAvailable => "data-available",
        Signal.Fresh => "fresh",
        Signal.Private => "private",
        Signal.Citation => "citation",
        Signal.PerCustomer => "per-customer",
        Signal.FactLookup => "fact-lookup",
        Signal.Hallucination => "hallucination",
        Signal.TeachFacts => "teach-facts",
        Signal.Supplied => "supplied",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Only scored signals have rule ids."),
    };

    /// <summary>What a family looks for, for the rule catalogue.</summary>
    public static string Describe(Signal signal) => signal switch
    {
        Signal.PromptingWorks => "prompting is said to work",
        Signal.PromptingFails => "prompting is said to fail",
        Signal.Untried => "prompting not tried yet",
        Signal.PromptGap => "the prompt itself is missing something",
        Signal.OneOff => "a one-off task",
        Signal.Occasional => "occasional or low-volume use",
        Signal.Simple => "a simple or general task",
        Signal.ChangingTask => "the task's own definition keeps changing",
        Signal.LittleData => "too little data to fine-tune",
        Signal.Format => "a consistent output format",
        Signal.Labels => "a fixed label set",
        Signal.Style => "a style, tone, voice or persona",
        Signal.LongPrompt => "a long system prompt to shrink",
        Signal.Latency => "latency-sensitive calls",
        Signal.Volume => "high volume or cost per request",
        Signal.DataAvailable => "training data at hand",
        Signal.Fresh => "recent or changing facts",
        Signal.Private => "private or internal documents",
        Signal.Citation => "answers that must cite sources",
        Signal.PerCustomer => "per-customer records",
        Signal.FactLookup => "facts to look up",
        Signal.Hallucination => "the model invents facts",
        Signal.TeachFacts => "wanting the model to learn facts",
        Signal.Supplied => "the knowledge is already in the request or fits in the prompt",
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Only scored signals are rules."),
    };
}
