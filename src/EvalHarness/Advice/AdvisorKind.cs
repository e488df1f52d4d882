namespace EvalHarness.Advice;

/// <summary>The kinds of advice logic the harness can evaluate.</summary>
public enum AdvisorKind
{
    /// <summary>The built-in rule engine (<c>framework</c>).</summary>
    Framework,

    /// <summary>Answers made elsewhere, read from a CSV or JSONL file (<c>predictions:PATH</c>).</summary>
    Predictions,

    /// <summary>An external program speaking protocol 1 on its standard input and output (<c>exec:COMMAND</c>).</summary>
    Exec,

    /// <summary>A chat model behind an OpenAI-compatible endpoint (<c>openai:MODEL</c>).</summary>
    OpenAI,
}
