namespace EvalHarness.Advice;

/// <summary>The questions of the course's framework, in the order they are asked.</summary>
public enum FrameworkQuestion
{
    /// <summary>1. Can prompting solve it?</summary>
    CanPromptingSolveIt,

    /// <summary>2. Is it a style, format or persona problem?</summary>
    IsStyleFormatOrPersona,

    /// <summary>3. Does it need domain knowledge (facts, recent or private data)?</summary>
    NeedsDomainKnowledge,
}
