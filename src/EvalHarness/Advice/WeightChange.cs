namespace EvalHarness.Advice;

/// <summary>One thing that changed a piece of evidence's weight from its table weight: a contrast, a negation, …; immutable.</summary>
/// <param name="Kind">What kind of change.</param>
/// <param name="Word">
/// The word that made it, as the cue table writes it (<c>but</c>, <c>doesn't</c>); for <see cref="WeightChangeKind.CountedAgainst"/>
/// what it counted against, for <see cref="WeightChangeKind.Capped"/> the limit (<c>format cues count at most 6</c>), for
/// <see cref="WeightChangeKind.ModifiesOther"/> what it modifies (<c>categories</c>), for <see cref="WeightChangeKind.Input"/>
/// the verb that works on it (<c>summarise</c>), for <see cref="WeightChangeKind.TrainingData"/> the words that make it so
/// (<c>fine-tune on</c>), for <see cref="WeightChangeKind.Destination"/> the verb that sends the output there (<c>saved to</c>), for
/// <see cref="WeightChangeKind.TaskChanges"/> the part of the task that changes (<c>class definitions</c>).
/// </param>
public sealed record WeightChange(WeightChangeKind Kind, string Word)
{
    /// <summary>For people: <c>× ½ before 'but'</c>, <c>negated by 'doesn't'</c>, <c>counted against fine-tuning</c>.</summary>
    public override string ToString() => Kind switch
    {
        WeightChangeKind.HalvedBeforeContrast => $"× ½ before '{Word}'",
        WeightChangeKind.HalvedInConcession => $"× ½ inside '{Word}'",
        WeightChangeKind.Negated => $"negated by '{Word}'",
        WeightChangeKind.CountedAgainst => $"counted against {Word}",
        WeightChangeKind.Capped => $"capped: {Word}",
        WeightChangeKind.ModifiesOther => $"modifies '{Word}'",
        WeightChangeKind.NoKnowledgeNoun => "at most 1: modifies no knowledge noun",
        WeightChangeKind.Asked => "asked, not stated",
        WeightChangeKind.Wanted => $"wanted ('{Word}'), not reported",
        WeightChangeKind.Input => $"what '{Word}' works on, not knowledge",
        WeightChangeKind.TrainingData => $"training data ('{Word}'), not knowledge",
        WeightChangeKind.ClosesClause => "closes its clause: the whole task",
        WeightChangeKind.Conjunction => "opens a clause: a conjunction",
        WeightChangeKind.FactQuestion => "asks which, what or who, or quotes a question: a question of fact",
        WeightChangeKind.ObjectOfNegatedVerb => "the negation before it is about a verb, not it",
        WeightChangeKind.Retrieved => $"retrieval in place ('{Word}'): supplied, not needed",
        WeightChangeKind.Unlike => "the output is unlike it: the style is the problem",
        WeightChangeKind.Destination => $"where the output goes ('{Word}'), not knowledge",
        WeightChangeKind.Placeholder => "inside a placeholder: a slot's name",
        WeightChangeKind.TaskChanges => $"the task itself changes ('{Word}'): for prompting, not knowledge",
        WeightChangeKind.WithoutNegation => "no negation before it: says nothing",
        WeightChangeKind.Deadline => "when the asker needs it done, not how fresh the facts are",
        _ => $"{Kind} '{Word}'",
    };}
