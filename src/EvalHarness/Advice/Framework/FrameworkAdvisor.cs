using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using EvalHarness.Advice.Framework.Scanning;
using EvalHarness.Corpus;

namespace EvalHarness.Advice.Framework;

/// <summary>
/// The course's decision framework, asked in order: can prompting solve it, is it a style, format or persona problem,
/// does it need domain knowledge. Reads the scenario once with the cue table; stateless and thread-safe.
/// </summary>
public sealed class FrameworkAdvisor : IAdvisor
{
    /// <summary>Bump when the decision logic changes; the cue table's hash is appended automatically.</summary>
    private const string LogicVersion = "framework-4";
    private const int StackText = 512;
    /// <summary>The least score with which a question answers yes.</summary>
    private const int Threshold = 2;
    private const int MaxHits = 256;
    /// <summary>How many numbers of a text the advisor reads; later ones are ignored.</summary>
    internal const int MaxNumbers = 16;

    private static readonly AdvisorRule[] AllRules = BuildRules();
    private readonly CostAssumptions _costs;

    /// <summary>Creates an advisor; cost comparisons use <paramref name="costs"/>, or the course's figures.</summary>
    public FrameworkAdvisor(CostAssumptions? costs = null)
    {
        _costs = costs ?? CostAssumptions.Course;
        _costs.Validate();
    }

    /// <summary>A shared advisor with the course's cost figures.</summary>
    public static FrameworkAdvisor Default { get; } = new();

    /// <inheritdoc />
    public string Version { get; } = $"{LogicVersion}+cues.{CueCatalog.TableHash}";

    /// <inheritdoc />
    public IReadOnlyList<AdvisorRule> Rules => AllRules;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // see "Hot paths" in docs/performance.md
    public ScenarioAdvice Advise(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // A text read from a file is still UTF-8: it is decoded here, on the stack, rather than into a string.
        var fromFile = scenario.HasUtf8Text;
        var length = fromFile ? scenario.Utf8Text.Length : (scenario.Text ?? string.Empty).Length;
        char[]? rented = null;
        int[]? rentedDrops = null;
        // Buffers sized to the text: a fixed large buffer would touch more stack, and more cache, than most texts need.
        // The first half holds the decoded text, the second the folded one; UTF-8 never decodes to more chars than bytes.
        var buffer = length <= StackText ? stackalloc char[2 * length] : (rented = ArrayPool<char>.Shared.Rent(2 * length));
        // Where the fold dropped characters, to find the words as written behind each cue; only a few slots are ever written.
        var drops = length <= StackText ? stackalloc int[length] : (rentedDrops = ArrayPool<int>.Shared.Rent(length));
        try
        {
            ReadOnlySpan<char> text = fromFile ? buffer[..Encoding.UTF8.GetChars(scenario.Utf8Text, buffer[..length])] : scenario.Text ?? string.Empty;
            var folded = buffer.Slice(length, text.Length);
            folded = folded[..TextFolder.Fold(text, folded, drops, out var dropCount)];
            Span<CueHit> hits = stackalloc CueHit[Math.Min(folded.Length / 2 + 1, MaxHits)];
            Span<NumberHit> numbers = stackalloc NumberHit[Math.Min(folded.Length / 2 + 1, MaxNumbers)];
            var hitCount = CueScanner.Scan(folded, CueCatalog.Trie, hits, numbers, out var numberCount);
            var map = new FoldMap(drops[..dropCount]);
            SentenceReading.Read(hits[..hitCount], folded, text, map);
            var read = TextFacts.Read(hits[..hitCount], numbers[..numberCount], folded, text, map);
            var facts = new ScenarioFacts(
                scenario.DailyRequests ?? read.DailyRequests,
                scenario.TokensPerRequest ?? read.TokensPerRequest,
                scenario.TrainingExamples ?? read.TrainingExamples,
                read.SystemPromptTokens);

            var sheet = default(ScoreSheet);
            sheet.AddCues(hits[..hitCount]);
            if (BarePrompt.Find(text) is var quotation and >= 0)
                sheet.AddBarePrompt(quotation);
            sheet.AddFacts(facts);
            sheet.CapEvidence();
            var words = new WrittenWords(text, map);
            return Decide(ref sheet, facts, hits[..hitCount], words);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
            if (rentedDrops is not null)
                ArrayPool<int>.Shared.Return(rentedDrops);
        }
    }

    private ScenarioAdvice Decide(ref ScoreSheet sheet, in ScenarioFacts facts, ReadOnlySpan<CueHit> hits, in WrittenWords words)
    {
        Leaf leaf;
        DecisionStep[] path;
        var oneOff = sheet.OneOffScore >= 2;
        var first = CanPromptingSolveIt(ref sheet, oneOff, hits, words);
        if (first.Answer)
        {
            leaf = Leaf.UsePrompting;
            path = [first];
        }
        else
        {
            var second = IsStyleFormatOrPersona(ref sheet, oneOff, hits, words);
            if (second.Answer)
            {
                leaf = Leaf.FineTune;
                path = [first, second];
            }
            else
            {
                var third = NeedsDomainKnowledge(ref sheet, hits, words);
                leaf = third.Answer ? Leaf.Rag : Leaf.PromptEngineerHarder;
                path = [first, second, third];
            }
        }

        // Absurd counts (more dollars than a decimal holds) leave the cost out rather than fail the advice.
        CostComparison? cost = null;
        if (facts is { DailyRequests: { } daily, TokensPerRequest: { } tokens } && daily >= 0 && tokens >= 0)
        {
            // A scenario that states its system prompt ("a 3,000-token system prompt") is costed with it, not the course's 500.
            var stated = facts.SystemPromptTokens is { } prompt && prompt >= 0 && prompt != _costs.PromptedSystemTokens;
            var costs = stated ? _costs with { PromptedSystemTokens = facts.SystemPromptTokens!.Value } : _costs;
            CostModel.TryCompare(daily, tokens, costs, facts.SystemPromptTokens is not null, out cost);
        }
        // The course's reasons support fine-tuning only where it is advised; elsewhere they are what would apply if it were.
        var reasons = ReasonSets.For(Reasons(ref sheet));
        return new ScenarioAdvice(ApproachOf(leaf), leaf, path, leaf == Leaf.FineTune ? reasons : [],
            AdviceWarnings.For(Warnings(ref sheet, facts, leaf)), cost)
        {
            ReasonsIfFineTuned = leaf == Leaf.FineTune ? [] : reasons,
        };
    }

    /// <summary>
    /// Question 1: prompting wins when it scores at least 2, at least as much as the fine-tuning cues (only the cost reasons
    /// when the text says prompting already works), and at least as much as the knowledge cues without counting little data
    /// or low volume (those argue against fine-tuning, not retrieval), unless the knowledge cues stay below the threshold.
    /// A one-off task weighs no rival: neither a tuned model nor a retrieval pipeline pays off for it.
    /// </summary>
    private static DecisionStep CanPromptingSolveIt(ref ScoreSheet sheet, bool oneOff, ReadOnlySpan<CueHit> hits, in WrittenWords words)
    {
        var score = sheet.PromptingScore;
        var knowledge = sheet.KnowledgeScore;
        var againstKnowledge = sheet.PromptingScoreAgainstKnowledge;
        // Knowledge below the threshold would not answer question 3 yes, so it outweighs nothing, as a rival below the
        // threshold never does in the other comparisons.
        var beatsKnowledge = againstKnowledge >= knowledge || knowledge < Threshold;
        RivalScore[] rivals;
        bool answer, costWins = false;
        if (oneOff)
        {
            // Neither a tuned model nor a retrieval pipeline pays off for a task done once: what it needs goes in the prompt.
            rivals = [];
            answer = score >= Threshold;
        }
        else if (sheet.PromptingWorks)
        {
            // Prompting works: only the course's cost reasons are left, and at the threshold they justify a smaller tuned model.
            var cost = sheet.CostReasonsScore;
            costWins = cost >= Threshold;
            rivals = RivalSets.Of(Rivals.FineTuningCostReasons, cost, Threshold, !costWins, Rivals.Knowledge, knowledge, againstKnowledge, beatsKnowledge);
            answer = score >= Threshold && !costWins && beatsKnowledge;
        }
        else
        {
            var fineTuning = sheet.FineTuningScore;
            var beatsFineTuning = score >= fineTuning;
            rivals = RivalSets.Of(Rivals.FineTuning, fineTuning, score, beatsFineTuning, Rivals.Knowledge, knowledge, againstKnowledge, beatsKnowledge);
            answer = score >= Threshold && beatsFineTuning && beatsKnowledge;
        }

        return SharedStep(FrameworkQuestion.CanPromptingSolveIt, answer, sheet.Prompting, sheet.Facts, hits, words, score, rivals,
            oneOff ? Notes.OneOffPrompting : costWins ? Notes.CostReasons : null);
    }

    /// <summary>
    /// Question 2: fine-tuning wins when its cues score at least 2 and more than the knowledge cues, which it cannot serve;
    /// never for a one-off task.
    /// </summary>
    private static DecisionStep IsStyleFormatOrPersona(ref ScoreSheet sheet, bool oneOff, ReadOnlySpan<CueHit> hits, in WrittenWords words)
    {
        var score = sheet.FineTuningScore;
        var beatsKnowledge = score > sheet.KnowledgeScore;
        return SharedStep(FrameworkQuestion.IsStyleFormatOrPersona, !oneOff && score >= Threshold && beatsKnowledge, sheet.FineTuning, sheet.Facts,
            hits, words, score, RivalSets.Of(Rivals.Knowledge, sheet.KnowledgeScore, score, beatsKnowledge), oneOff ? Notes.OneOffFineTuning : null);
    }

    /// <summary>Question 3: knowledge the model lacks when its cues score at least 2.</summary>
    private static DecisionStep NeedsDomainKnowledge(ref ScoreSheet sheet, ReadOnlySpan<CueHit> hits, in WrittenWords words) =>
        SharedStep(FrameworkQuestion.NeedsDomainKnowledge, sheet.KnowledgeScore >= Threshold, sheet.Knowledge, sheet.Facts, hits, words,
            sheet.KnowledgeScore, [], null);

    /// <summary>
    /// A question's step: its evidence, as the text writes it, goes to the stack, and the step is looked up by it, since steps
    /// repeat from scenario to scenario and are shared rather than made for each (<see cref="DecisionStepCache"/>).
    /// </summary>
    private static DecisionStep SharedStep(FrameworkQuestion question, bool answer, in EvidenceList list, in FactEvidence facts,
        ReadOnlySpan<CueHit> hits, in WrittenWords words, int score, RivalScore[] rivals, string? note)
    {
        var evidence = default(EvidenceList.Written);
        var count = list.Fill(evidence, words, hits, facts);
        return DecisionStepCache.Step(question, answer, ((ReadOnlySpan<Evidence>)evidence)[..count], score, Threshold, rivals, note);
    }

    private static int Reasons(ref ScoreSheet sheet)
    {
        var mask = 0;
        if (sheet.Family(Signal.Format) > 0 || sheet.Family(Signal.Labels) > 0)
            mask |= ReasonSets.Bit(FineTuneReason.ConsistentFormat);
        if (sheet.Family(Signal.Style) > 0)
            mask |= ReasonSets.Bit(FineTuneReason.StyleOrPersona);
        if (sheet.Family(Signal.LongPrompt) > 0 || sheet.LongPromptFact)
            mask |= ReasonSets.Bit(FineTuneReason.ShorterPrompts);
        if (sheet.Family(Signal.Latency) > 0)
            mask |= ReasonSets.Bit(FineTuneReason.Latency);
        if (sheet.Family(Signal.Volume) > 0 || sheet.HighVolumeFact)
            mask |= ReasonSets.Bit(FineTuneReason.HighVolume);
        return mask;
    }

    private static int Warnings(ref ScoreSheet sheet, in ScenarioFacts facts, Leaf leaf)
    {
        var mask = 0;
        if (facts.TrainingExamples is < 50 || (facts.TrainingExamples is null && sheet.Family(Signal.LittleData) > 0))
            mask |= AdviceWarnings.Bit(WarningCode.TooFewExamples);
        if (facts.TrainingExamples is >= 50 and < 100)
            mask |= AdviceWarnings.Bit(WarningCode.AimFor100To500);
        if (leaf == Leaf.FineTune)
            mask |= AdviceWarnings.Bit(WarningCode.CheckCatastrophicForgetting);
        var wantsFacts = sheet.FineTuningMentioned || sheet.Family(Signal.TeachFacts) > 0 || leaf == Leaf.FineTune;
        if (wantsFacts && sheet.KnowledgeScore >= 2)
            mask |= AdviceWarnings.Bit(WarningCode.KnowledgeNeedsRag);
        if (leaf == Leaf.FineTune && !sheet.PromptingMentioned)
            mask |= AdviceWarnings.Bit(WarningCode.TryFewShotFirst);
        if (sheet.OneOffScore > 0)
            mask |= AdviceWarnings.Bit(WarningCode.OneOffTask);
        return mask;
    }

    private static Approach ApproachOf(Leaf leaf) => leaf switch
    {
        Leaf.FineTune => Approach.FineTuning,
        Leaf.Rag => Approach.Rag,
        _ => Approach.Prompting,
    };

    private static AdvisorRule[] BuildRules() => [.. CueCatalog.Rules, .. FactRules.All, .. ReadingRules.All, .. QuestionRules.All];
}
