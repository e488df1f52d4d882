using EvalHarness.Advice;
using EvalHarness.Corpus;

namespace EvalHarness.Evaluation;

/// <summary>Computes <see cref="EvaluationMetrics"/> from results fed one at a time, keeping counts rather than results.</summary>
/// <remarks>Not thread-safe: feed it from one thread.</remarks>
public sealed class MetricsAccumulator
{
    private readonly IReadOnlyList<string> _annotators;
    private readonly StringIndex _annotatorIndex;
    private readonly IReadOnlyList<AdvisorRule> _rules;
    private readonly StringIndex _ruleIndex;
    private readonly int[] _ruleCounts;
    private readonly int[] _ruleSeenAt;
    private readonly ConfusionMatrix _confusion = new();
    private readonly long[] _leaves = new long[Enum.GetValues<Leaf>().Length];
    private readonly long[] _reasons = new long[Enum.GetValues<FineTuneReason>().Length];
    private readonly long[] _warnings = new long[Enum.GetValues<WarningCode>().Length];
    private readonly PanelAgreement _panel = new();
    private readonly AnnotatorAgreement _annotatorAgreement;
    private int _scenarios;
    private int _contested;
    private int _acceptable;
    private int _advisorErrors;
    private int _unstable;
    private TokenUsage? _usage;

    /// <summary>Creates an accumulator for a panel of annotators and the rules of an advisor.</summary>
    public MetricsAccumulator(IReadOnlyList<string> annotators, IReadOnlyList<AdvisorRule> rules)
    {
        ArgumentNullException.ThrowIfNull(annotators);
        ArgumentNullException.ThrowIfNull(rules);
        _annotators = annotators;
        var duplicate = annotators.GroupBy(a => a, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Annotator '{duplicate.Key}' is listed twice.", nameof(annotators));
        _annotatorIndex = new StringIndex(annotators);
        _rules = rules;
        _ruleIndex = new StringIndex(rules.Select(r => r.Id).ToArray());
        _ruleCounts = new int[rules.Count];
        _ruleSeenAt = new int[rules.Count];
        _annotatorAgreement = new AnnotatorAgreement(annotators.Count);
    }

    /// <summary>Counts one scenario's result.</summary>
    public void Add(ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        // The annotators are checked first, so a result that is refused leaves the figures as they were.
        var expert = result.LabelSpan;
        var count = expert.Length;
        Span<Approach> labels = count <= 16 ? stackalloc Approach[count] : new Approach[count];
        Span<int> indexes = count <= 16 ? stackalloc int[count] : new int[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = expert[i].Label;
            indexes[i] = _annotatorIndex.IndexOf(expert[i].Annotator) is var index and >= 0
                ? index
                : throw new ArgumentException($"Annotator '{expert[i].Annotator}' is not one of the accumulator's annotators.", nameof(result));
        }

        _scenarios++;
        if (result.MatchesAnyExpert)
            _acceptable++;
        if (result.Expected is { } expected)
            _confusion.Add(expected, result.Predicted);
        else
            _contested++;
        _panel.Add(labels);
        _annotatorAgreement.Add(indexes, labels, result.Predicted);
        if (result.AdvisorError is not null)
            _advisorErrors++;
        else if (result.Unstable)
            _unstable++;
        if (result.Usage is { } usage)
            _usage = _usage is null ? usage : _usage + usage;
        if (result.Advice is { } advice)
        {
            CountRules(advice);
            CountCoverage(advice);
        }
    }

    private void CountCoverage(ScenarioAdvice advice)
    {
        if (advice.Leaf is { } leaf && (uint)leaf < (uint)_leaves.Length)
            _leaves[(int)leaf]++;
        var reasons = advice.Reasons;
        for (var i = 0; i < reasons.Count; i++)
            if ((uint)reasons[i] < (uint)_reasons.Length)
                _reasons[(int)reasons[i]]++;
        var warnings = advice.Warnings;
        for (var i = 0; i < warnings.Count; i++)
            if ((uint)warnings[i].Code < (uint)_warnings.Length)
                _warnings[(int)warnings[i].Code]++;
    }

    private void CountRules(ScenarioAdvice advice)
    {
        // A rule counts once per scenario; stamping it with the scenario's number avoids clearing a table of every rule each time.
        // Indexed loops: foreach over the read-only list interfaces would allocate two enumerators per scenario.
        var path = advice.Path;
        for (var s = 0; s < path.Count; s++)
        {
            var step = path[s];
            if (step.Answer && _ruleIndex.IndexOf(QuestionRules.IdOf(step.Question)) is var question and >= 0)
                Count(question);
            var evidence = step.Evidence;
            for (var e = 0; e < evidence.Count; e++)
                if (_ruleIndex.IndexOf(evidence[e].Rule) is var index and >= 0)
                    Count(index);
        }
    }

    private void Count(int rule)
    {
        if (_ruleSeenAt[rule] == _scenarios)
            return;
        _ruleSeenAt[rule] = _scenarios;
        _ruleCounts[rule]++;
    }

    /// <summary>The metrics of everything added so far.</summary>
    public EvaluationMetrics ToMetrics()
    {
        var scored = (int)_confusion.Count;
        var perAnnotator = _annotatorAgreement.PerAnnotator();
        return new EvaluationMetrics
        {
            Scenarios = _scenarios,
            Scored = scored,
            Contested = _contested,
            Accuracy = _confusion.Accuracy,
            AccuracyInterval = WilsonInterval.For(_confusion.Correct, _confusion.Count),
            AcceptableAccuracy = _scenarios == 0 ? null : (double)_acceptable / _scenarios,
            PerLabel = _confusion.PerLabel(),
            MacroPrecision = _confusion.MacroPrecision,
            MacroRecall = _confusion.MacroRecall,
            MacroF1 = _confusion.MacroF1,
            CohenKappa = _confusion.CohenKappa,
            Confusion = _confusion,
            ExpertFleissKappa = _panel.FleissKappa,
            ExpertKrippendorffAlpha = _panel.KrippendorffAlpha,
            ExpertPairwiseAgreement = _panel.PairwiseAgreement,
            ExpertMeanAccuracy = _annotatorAgreement.ExpertMeanAccuracy,
            Annotators = perAnnotator
                .Select(m => new AnnotatorSummary(_annotators[m.Index], (int)m.Labels, m.AgreementWithPanel, m.AgreementWithClassifier, m.CohenKappaWithClassifier))
                .ToArray(),
            Rules = _rules.Select((rule, i) => new RuleCount(rule, _ruleCounts[i])).ToArray(),
            AdvisorErrors = _advisorErrors,
            Unstable = _unstable,
            Stability = _scenarios == _advisorErrors ? null : 1 - ((double)_unstable / (_scenarios - _advisorErrors)),
            Usage = _usage,
            AnnotatorPairs = _annotatorAgreement.Pairs()
                .Select(p => new AnnotatorPair(_annotators[p.First], _annotators[p.Second], p.Scenarios, p.Agreement, p.CohenKappa))
                .ToArray(),
            Coverage = new AdviceCoverage(_leaves.ToArray(), _reasons.ToArray(), _warnings.ToArray()),
        };
    }
}
