namespace EvalHarness.Advice;

/// <summary>The outcome of the course's decision framework.</summary>
public enum Leaf
{
    /// <summary>Question 1: prompting can solve it.</summary>
    UsePrompting,

    /// <summary>Question 2: a style, format or persona problem.</summary>
    FineTune,

    /// <summary>Question 3: it needs domain knowledge.</summary>
    Rag,

    /// <summary>None of the above: keep prompting, but harder (recommends prompting).</summary>
    PromptEngineerHarder,
}
