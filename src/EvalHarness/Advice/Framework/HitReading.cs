namespace EvalHarness.Advice.Framework;

/// <summary>What the words around a cue did to it, as <see cref="SentenceReading"/> found.</summary>
internal enum HitReading : byte
{
    /// <summary>Nothing: it counts as its row says.</summary>
    AsWritten,

    /// <summary>It modifies a label set, a format or a style, so it is no knowledge ("internal categories").</summary>
    ModifiesOther,

    /// <summary>A modifier with no knowledge noun near it ("our internal team"): at most 1.</summary>
    NoKnowledgeNoun,

    /// <summary>An option outside any choice ("what each function does"): it does not count.</summary>
    NoChoice,

    /// <summary>A claim that prompting works, asked rather than stated ("is few-shot good enough?"): it does not count.</summary>
    Asked,
}
