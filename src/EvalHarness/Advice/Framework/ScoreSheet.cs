using System.Diagnostics.CodeAnalysis;
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

    private static readonly WeightChange AgainstFineTuning = new(WeightChangeKind.CountedAgainst, "fine-tuning");

    /// <summary>The facts' share of questions 1 and 2, and of the latter the share of volume and prompt length.</summary>
    private int _factPrompting, _factFineTuning, _factCost;

    private int _factCount;

    /// <summary>Whether some family went past the cap, so <see cref="CapEvidence"/> has work to do.</summary>
    private bool _capped;

    /// <summary>The running score of each family, before the cap.</summary>
    public FamilyScores Families;

    /// <summary>Evidence for question 1.</summary>
    public EvidenceList Prompting;

    /// <summary>Evidence for question 2.</summary>
    public EvidenceList FineTuning;

    /// <summary>Evidence for question 3.</summary>
    public EvidenceList Knowledge;

    /// <summary>The facts' evidence, which the lists' pending items point at.</summary>
    public FactEvidence Facts;

    /// <summary>Whether the text mentions prompting or few-shot without negating it: the sign that prompting was tried.</summary>
    public bool PromptingMentioned;

    /// <summary>Whether the text mentions fine-tuning without negating it.</summary>
    public bool FineTuningMentioned;

    /// <summary>The hit that proposes fine-tuning ("we want to fine-tune"), or -1.</summary>
    public int ProposedTuning;

    /// <summary>How much proposing fine-tuning without a word of prompting counts for question 1.</summary>
    private const int SkippedPromptingWeight = 2;

    /// <summary>How much examples under a negation ("no logged examples") count for prompting, and against fine-tuning.</summary>
    private const int NoExamplesWeight = 3;

    /// <summary>How much a prompt quoted as a bare instruction counts for question 1: an underspecified prompt decides it.</summary>
    private const int BarePromptWeight = 3;

    /// <summary>How much asking whether to fine-tune, with no failure of prompting reported, counts for question 1.</summary>
    private const int QuestionedTuningWeight = 2;

    /// <summary>What the stages of a product ("prototype", "hackathon") add to the one-off family.</summary>
    private int _stageWeight;

    /// <summary>The reasons for fine-tuning that the facts alone establish.</summary>
    public bool HighVolumeFact, LongPromptFact;

    /// <summary>Counts the cues found in the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public void AddCues(ReadOnlySpan<CueHit> hits)
    {
        var signals = CueCatalog.Signals;
        ulong mentionSentences = 0, modelSentences = 0, tuningSentences = 0;
        foreach (var hit in hits)
        {
            var signal = signals[hit.Cue];
            if (signal == Signal.PromptMention && !hit.Negated)
            {
                mentionSentences |= SentenceBit(hit.Sentence);
                PromptingMentioned = true;
            }
            else if (signal == Signal.ModelMention && !hit.Negated)
                modelSentences |= SentenceBit(hit.Sentence);
            else if (signal == Signal.FineTuneMention && !hit.Negated)
            {
                tuningSentences |= SentenceBit(hit.Sentence);
                FineTuningMentioned = true;
            }
        }

        ProposedTuning = -1;
        for (var i = 0; i < hits.Length && ProposedTuning < 0; i++)
        {
            if (CueCatalog.Readings[hits[i].Cue] == CueReading.Proposes && !hits[i].Negated)
                ProposedTuning = i;
        }

        // What a model does as it comes is what prompting does; in a sentence about tuning it is the tuned model's doing.
        mentionSentences |= modelSentences & ~tuningSentences;
        // "We tried few-shot prompting. The results are good enough.": the next sentence still speaks of it, unless it turns
        // to tuning.
        mentionSentences |= (mentionSentences << 1) & ~tuningSentences;
        // Fine-tuning proposed with no word of prompting or of a model as it comes: the course's common mistake of skipping
        // prompting experiments, which is evidence that prompting has not been ruled out.
        if (ProposedTuning >= 0 && mentionSentences == 0)
        {
            Families[(int)Signal.Untried] += SkippedPromptingWeight;
            Prompting.Add(new PendingEvidence { Index = (short)ProposedTuning, Kind = PendingKind.SkippedPrompting, Family = Signal.Untried, Weight = SkippedPromptingWeight });
        }

        for (var i = 0; i < hits.Length; i++)
        {
            ref readonly var hit = ref hits[i];
            // A change of the task's own form ("the class definitions get revised") is no changing knowledge: a prompt keeps
            // up with it, a tuned model would not.
            var signal = hit.ReadAs == HitReading.TaskChanges ? Signal.ChangingTask : signals[hit.Cue];
            // "We have no logged examples yet": examples under a negation are too little data, as "no examples" is.
            if (signal == Signal.UnitExamples && hit.Negated)
            {
                Families[(int)Signal.LittleData] += NoExamplesWeight;
                Families[(int)Signal.DataAvailable] -= NoExamplesWeight;
                _capped |= Math.Abs(Families[(int)Signal.LittleData]) > FamilyCap || Math.Abs(Families[(int)Signal.DataAvailable]) > FamilyCap;
                Prompting.Add(new PendingEvidence { Index = (short)i, Kind = PendingKind.NoExamples, Family = Signal.LittleData, Weight = NoExamplesWeight });
                FineTuning.Add(new PendingEvidence { Index = (short)i, Kind = PendingKind.NoExamplesAgainst, Family = Signal.DataAvailable, Weight = -NoExamplesWeight });
                continue;
            }

            // An option outside any choice ("what each function does") is no cue at all.
            if (SignalInfo.QuestionOf(signal) is not { } question || hit.ReadAs == HitReading.NoChoice)
                continue;
            // Success and failure words speak about prompting only where prompting is mentioned.
            if (signal is Signal.PromptingWorks or Signal.PromptingFails && (mentionSentences & SentenceBit(hit.Sentence)) == 0)
                continue;
            var weight = CueCatalog.WeightOf(hit);
            if (CueCatalog.Readings[hit.Cue] == CueReading.Stage)
                _stageWeight += weight;
            // A verb of asking with no question of fact after it ("ask it to rewrite this") is no evidence at all.
            if (weight == 0 && hit.ReadAs == HitReading.AsWritten)
                continue;
            Families[(int)signal] += weight;
            _capped |= Math.Abs(Families[(int)signal]) > FamilyCap;
            ListOf(question).Add(new PendingEvidence { Index = (short)i, Kind = PendingKind.Cue, Family = signal, Weight = (short)weight });
            // Too little data, or a task that keeps changing, argues against fine-tuning as much as for prompting: against the
            // data at hand, or against the form that changes.
            if (signal is Signal.LittleData or Signal.ChangingTask && !hit.Negated)
            {
                var against = CueCatalog.Against(hit).Weight;
                var family = signal == Signal.LittleData ? Signal.DataAvailable : signals[hits[hit.ReadBy].Cue];
                Families[(int)family] += against;
                _capped |= Math.Abs(Families[(int)family]) > FamilyCap;
                FineTuning.Add(new PendingEvidence { Index = (short)i, Kind = PendingKind.Against, Family = family, Weight = (short)against });
            }
        }

        // "Do we need to train a model for this?": asked, with no failure of prompting reported, the course's first answer
        // is to try prompting.
        if (Families[(int)Signal.PromptingFails] == 0 && QuestionedTuningHit(hits) is var asked and >= 0)
        {
            Families[(int)Signal.Untried] += QuestionedTuningWeight;
            _capped |= Math.Abs(Families[(int)Signal.Untried]) > FamilyCap;
            Prompting.Add(new PendingEvidence { Index = (short)asked, Kind = PendingKind.QuestionedTuning, Family = Signal.Untried, Weight = QuestionedTuningWeight });
        }
    }

    /// <summary>
    /// Counts a prompt quoted as a bare instruction, whose words start at <paramref name="start"/> of the text
    /// (<see cref="Framework.BarePrompt"/>): the prompt itself is the gap, for prompting.
    /// </summary>
    public void AddBarePrompt(int start)
    {
        Families[(int)Signal.PromptGap] += BarePromptWeight;
        _capped |= Math.Abs(Families[(int)Signal.PromptGap]) > FamilyCap;
        Prompting.Add(new PendingEvidence { Index = (short)start, Kind = PendingKind.BarePrompt, Family = Signal.PromptGap, Weight = BarePromptWeight });
    }

    /// <summary>The first mention of fine-tuning in a question ("should we fine-tune?"), not negated, or -1.</summary>
    private static int QuestionedTuningHit(ReadOnlySpan<CueHit> hits)
    {
        for (var i = 0; i < hits.Length; i++)
        {
            if (hits[i].ReadAs == HitReading.Asked && !hits[i].Negated && CueCatalog.Signals[hits[i].Cue] == Signal.FineTuneMention)
                return i;
        }

        return -1;
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
                AddFact(ref Prompting, Fact(FactRules.TrainingExamples, "training_examples", examples, weight));
                AddFact(ref FineTuning, FactEvidenceCache.Of(FactRules.TrainingExamples, "training_examples", examples, weight, AgainstFineTuning));
            }
            else
            {
                weight = examples >= 500 ? 2 : 1;
                _factFineTuning += weight;
                AddFact(ref FineTuning, Fact(FactRules.TrainingExamples, "training_examples", examples, weight));
            }
        }

        if (facts.DailyRequests is { } daily)
        {
            if (daily >= 10_000)
            {
                var weight = daily >= 100_000 ? 3 : 2;
                _factFineTuning += weight;
                _factCost += weight;
                HighVolumeFact = true;
                AddFact(ref FineTuning, Fact(FactRules.DailyRequests, "daily_requests", daily, weight));
            }
            else if (daily <= 100)
            {
                _factPrompting += 3;
                AddFact(ref Prompting, Fact(FactRules.DailyRequests, "daily_requests", daily, 3));
            }
        }

        if (facts.SystemPromptTokens is >= 500 and var promptTokens)
        {
            var weight = promptTokens >= 1000 ? 3 : 2;
            _factFineTuning += weight;
            _factCost += weight;
            LongPromptFact = true;
            AddFact(ref FineTuning, Fact(FactRules.SystemPromptTokens, "system_prompt_tokens", promptTokens, weight));
        }
    }

    /// <summary>
    /// Lowers the listed weights of each family that went past <see cref="FamilyCap"/>, latest first, so that the evidence
    /// of each question adds up to the score it counts.
    /// </summary>
    public void CapEvidence()
    {
        if (!_capped)
            return;
        for (var family = 0; family < FamilyScores.Length; family++)
        {
            var excess = Families[family] - Family((Signal)family);
            if (excess == 0)
                continue;
            // Little data or a changing task counted against fine-tuning sits in question 2's list, in the family it weakens.
            ref var items = ref ListOf(SignalInfo.QuestionOf((Signal)family)!.Value);
            for (var i = items.Count - 1; i >= 0 && excess != 0; i--)
            {
                ref var item = ref items[i];
                if ((int)item.Family != family || item.Kind == PendingKind.Fact || Math.Sign(item.Weight) != Math.Sign(excess))
                    continue;
                var cut = Math.Sign(excess) * Math.Min(Math.Abs(excess), Math.Abs((int)item.Weight));
                item.Weight -= (short)cut;
                excess -= cut;
            }
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

    /// <summary>
    /// How strongly the task is done once: the one-off family, without the stages of a product ("our hackathon prototype")
    /// when the text says the product will serve high volume.
    /// </summary>
    public readonly int OneOffScore => Family(Signal.Volume) >= 3 || HighVolumeFact
        ? Math.Clamp(Families[(int)Signal.OneOff] - _stageWeight, -FamilyCap, FamilyCap)
        : Family(Signal.OneOff);

    /// <summary>Whether the text says prompting already works, net of failures it reports.</summary>
    public readonly bool PromptingWorks => Family(Signal.PromptingWorks) + Family(Signal.PromptingFails) >= 2;

    /// <summary>
    /// The course's cost reasons to fine-tune a smaller model: long prompts, latency and volume, from cues and facts. Once
    /// prompting works, they are all that is left to justify fine-tuning; training data makes it possible, not worth it.
    /// </summary>
    public readonly int CostReasonsScore => Sum(Signal.LongPrompt, Signal.Volume) + _factCost;

    /// <summary>The capped score of one family.</summary>
    public readonly int Family(Signal signal) => Math.Clamp(Families[(int)signal], -FamilyCap, FamilyCap);

    /// <summary>The evidence list of a question.</summary>
    [UnscopedRef]
    public ref EvidenceList ListOf(FrameworkQuestion question)
    {
        if (question == FrameworkQuestion.CanPromptingSolveIt)
            return ref Prompting;
        if (question == FrameworkQuestion.IsStyleFormatOrPersona)
            return ref FineTuning;
        return ref Knowledge;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    private readonly int Sum(Signal first, Signal last)
    {
        var sum = 0;
        for (var s = first; s <= last; s++)
            sum += Family(s);
        return sum;
    }

    private void AddFact(ref EvidenceList list, Evidence fact)
    {
        Facts[_factCount] = fact;
        list.Add(new PendingEvidence { Index = (short)_factCount++, Kind = PendingKind.Fact, Weight = (short)fact.Weight });
    }

    private static ulong SentenceBit(int sentence) => 1UL << Math.Min(sentence, 63);

    private static Evidence Fact(string rule, string name, long value, int weight) => FactEvidenceCache.Of(rule, name, value, weight);
}
