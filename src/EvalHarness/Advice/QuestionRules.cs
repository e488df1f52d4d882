namespace EvalHarness.Advice;

/// <summary>The three framework questions as rules: each fires on the scenarios where it answers yes.</summary>
internal static class QuestionRules
{
    /// <summary>The question rules in the course's order.</summary>
    public static IReadOnlyList<AdvisorRule> All { get; } =
    [
        new(IdOf(FrameworkQuestion.CanPromptingSolveIt), "question", "1. Can prompting solve it? Yes when prompting cues score >= 2 and no rival scores more; a one-off task weighs no rival."),
        new(IdOf(FrameworkQuestion.IsStyleFormatOrPersona), "question", "2. Style, format or persona? Yes when fine-tuning cues score >= 2 and more than knowledge cues; never for a one-off task."),
        new(IdOf(FrameworkQuestion.NeedsDomainKnowledge), "question", "3. Needs domain knowledge? Yes when knowledge cues score >= 2."),
    ];

    /// <summary>The rule id of a question: <c>question.&lt;slug&gt;</c>.</summary>
    public static string IdOf(FrameworkQuestion question) => question switch
    {
        FrameworkQuestion.CanPromptingSolveIt => "question.can-prompting-solve-it",
        FrameworkQuestion.IsStyleFormatOrPersona => "question.is-style-format-or-persona",
        FrameworkQuestion.NeedsDomainKnowledge => "question.needs-domain-knowledge",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };
}
