using System.Globalization;
using System.Runtime.CompilerServices;
using EvalHarness.Advice.Framework.Scanning;

namespace EvalHarness.Advice.Framework;

/// <summary>
/// The tally behind one piece of advice: a score per question and the evidence for each, in the order found.
/// A family counts at most <see cref="FamilyCap"/> either way, so piling up synonyms cannot outvote a different concern.
/// </summary>
internal struct ScoreSheet
{
    /// <summary>The most a family of cues can add to or take from its question.</summary>
    public const int FamilyCap = 6;

    /// <summary>The facts' share of questions 1 and 2.</summary>
    private int _factPrompting, _factFineTuning;

    /// <summary>The running score of each family.</summary>
    public FamilyScores Families;

    /// <summary>Evidence for question 1.</summary>
    public EvidenceList Prompting;

    /// <summary>Evidence for question 2.</summary>
    public EvidenceList FineTuning;

    /// <summary>Evidence for question 3.</summary>
    public EvidenceList Knowledge;

    /// <summary>Whether the text mentions prompting or few-shot without negating it: the sign that prompting was tried.</summary>
    public bool PromptingMentioned;

    /// <summary>Whether the text mentions fine-tuning without negating it.</summary>
    public bool FineTuningMentioned;

    /// <summary>The reasons for fine-tuning that the facts alone establish.</summary>
    public bool HighVolumeFact, LongPromptFact;

    /// <summary>Counts the cues found in the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public void AddCues(ReadOnlySpan<CueHit> hits)
    {
        var signals = CueCatalog.Signals;
        ulong mentionSentences = 0;
        foreach (var hit in hits)
        {
            var signal = signals[hit.Cue];
            if (signal == Signal.PromptMention && !hit.Negated)
            {
                mentionSentences |= SentenceBit(hit.Sentence);
                PromptingMentioned = true;
            }
            else if (signal == Signal.FineTuneMention && !hit.Negated)
                FineTuningMentioned = true;
        }

        foreach (var hit in hits)
        {
            var signal = signals[hit.Cue];
            if (SignalInfo.QuestionOf(signal) is not { } question)
                continue;
            // Success and failure words speak about prompting only where prompting is mentioned.
            if (signal is Signal.PromptingWorks or Signal.PromptingFails && (mentionSentences & SentenceBit(hit.Sentence)) == 0)
                continue;
            var evidence = CueCatalog.EvidenceFor(hit);
            Families[(int)signal] += evidence.Weight;
            Add(question, evidence);
            if (signal == Signal.LittleData && !hit.Negated)
            {
                var against = CueCatalog.Against(hit);
                Families[(int)Signal.DataAvailable] += against.Weight;
                FineTuning.Add(against);
            }
        }
    }

    /// <summary>Counts the facts: few examples and low volume favour prompting; data, volume and long prompts favour fine-tuning.</summary>
    public void AddFacts(in ScenarioFacts facts)
    {
        if (facts.TrainingExamples is { } examples)
        {
            var weight = examples switch { < 50 => 3, < 100 => 1, _ => 0 };
            if (weight > 0)
            {
                _factPrompting += weight;
                _factFineTuning -= weight;
                var few = Fact(FactRules.TrainingExamples, "training_examples", examples, weight);
                Prompting.Add(few);
                FineTuning.Add(few with { Weight = -weight });
            }
            else
            {
                weight = examples >= 500 ? 2 : 1;
                _factFineTuning += weight;
                FineTuning.Add(Fact(FactRules.TrainingExamples, "training_examples", examples, weight));
            }
        }

        if (facts.DailyRequests is { } daily)
        {
            if (daily >= 10_000)
            {
                var weight = daily >= 100_000 ? 3 : 2;
                _factFineTuning += weight;
                HighVolumeFact = true;
                FineTuning.Add(Fact(FactRules.DailyRequests, "daily_requests", daily, weight));
            }
            else if (daily <= 100)
            {
                _factPrompting += 3;
                Prompting.Add(Fact(FactRules.DailyRequests, "daily_requests", daily, 3));
            }
        }

        if (facts.SystemPromptTokens is >= 500 and var promptTokens)
        {
            var weight = promptTokens >= 1000 ? 3 : 2;
            _factFineTuning += weight;
            LongPromptFact = true;
            FineTuning.Add(Fact(FactRules.SystemPromptTokens, "system_prompt_tokens", promptTokens, weight));
        }
    }

    /// <summary>How strongly the scenario says prompting can solve it.</summary>
    public readonly int PromptingScore => Sum(Signal.PromptingWorks, Signal.LittleData) + _factPrompting;

    /// <summary>
    /// Question 1's score when weighed against knowledge: little data and low volume argue against fine-tuning only,
    /// since retrieval needs neither training examples nor traffic.
    /// </summary>
    public readonly int PromptingScoreAgainstKnowledge => Sum(Signal.PromptingWorks, Signal.LittleData)
        - Family(Signal.Occasional) - Family(Signal.LittleData);

    /// <summary>How strongly the scenario asks for what fine-tuning gives.</summary>
    public readonly int FineTuningScore => Sum(Signal.Format, Signal.DataAvailable) + _factFineTuning;

    /// <summary>How strongly the scenario needs knowledge the model lacks.</summary>
    public readonly int KnowledgeScore => Sum(Signal.Fresh, Signal.Supplied);

    /// <summary>Whether the text says prompting already works, net of failures it reports.</summary>
    public readonly bool PromptingWorks => Family(Signal.PromptingWorks) + Family(Signal.PromptingFails) >= 2;

    /// <summary>
    /// The fine-tuning score without format and style: once prompting works, it already delivers those,
    /// and only the course's cost reasons (long prompts, latency, volume) are left to justify fine-tuning.
    /// </summary>
    public readonly int CostOnlyFineTuningScore => Sum(Signal.LongPrompt, Signal.DataAvailable) + _factFineTuning;

    /// <summary>The capped score of one family.</summary>
    public readonly int Family(Signal signal) => Math.Clamp(Families[(int)signal], -FamilyCap, FamilyCap);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    private readonly int Sum(Signal first, Signal last)
    {
        var sum = 0;
        for (var s = first; s <= last; s++)
            sum += Family(s);
        return sum;
    }

    private void Add(FrameworkQuestion question, Evidence evidence)
    {
        if (question == FrameworkQuestion.CanPromptingSolveIt)
            Prompting.Add(evidence);
        else if (question == FrameworkQuestion.IsStyleFormatOrPersona)
            FineTuning.Add(evidence);
        else
            Knowledge.Add(evidence);
    }

    private static ulong SentenceBit(int sentence) => 1UL << Math.Min(sentence, 63);

    private static Evidence Fact(string rule, string name, long value, int weight) =>
        new(rule, string.Create(CultureInfo.InvariantCulture, $"{name}={value}"), weight);
}
