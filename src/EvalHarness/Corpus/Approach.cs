namespace EvalHarness.Corpus;

/// <summary>The three approaches the course weighs against each other; the label set of the corpus.</summary>
public enum Approach
{
    /// <summary>Prompt the base model (instructions, few-shot examples).</summary>
    Prompting,

    /// <summary>Retrieval-augmented generation: give the model the knowledge it lacks at query time.</summary>
    Rag,

    /// <summary>Fine-tune a model on examples of the wanted behaviour.</summary>
    FineTuning,
}
