using System.Text;
using Bogus;
using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;
using EvalHarness.Synthetic;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Advice.Framework;

/// <summary>
/// The advice explains itself honestly: evidence quotes the scenario's own words with the table weight and what changed
/// it, every question shows its score against its threshold and rivals, and the parts of the advice agree with each other.
/// </summary>
public sealed class ExplanationTests
{
    private static ScenarioAdvice Advise(string text) => FrameworkAdvisor.Default.Advise(new Scenario("t", text));

    private static IEnumerable<Evidence> AllEvidence(ScenarioAdvice advice) => advice.Path.SelectMany(s => s.Evidence);

    [Theory]
    [InlineData("Summarise our tickets in the Real-Time dashboard.", "cue.simple.summar", "Summarise")]
    [InlineData("Replies must be valid JSON.", "cue.format.json", "JSON")]
    [InlineData("A one-time   migration of our wiki.", "cue.one-off.one-time", "one-time")]
    [InlineData("We have a few  examples of replies.", "cue.little-data.a-few-examples", "a few  examples")]
    [InlineData("Café menus, classified by dish.", "cue.labels.classif", "classified")]
    [InlineData("The bot doesn\u2019t know the LATEST prices.", "cue.hallucination.doesnt-know", "doesn\u2019t know")]
    public void Advise_Evidence_QuotesTheWordsAsWritten(string text, string rule, string found)
    {
        var evidence = AllEvidence(Advise(text)).First(e => e.Rule == rule);

        Assert.Equal(found, evidence.Found);
    }

    [Fact]
    public void Advise_NegatedAndHalvedCue_ShowsTableWeightAndEachChange()
    {
        var advice = Advise("There is no particular tone required, but answers must cite the internal policy documents.");

        var tone = Assert.Single(advice.Path[1].Evidence, e => e.Rule == "cue.style.tone");
        Assert.Equal(3, tone.TableWeight);
        Assert.Equal(
            [new WeightChange(WeightChangeKind.HalvedBeforeContrast, "but"), new WeightChange(WeightChangeKind.Negated, "no")],
            tone.Changes);
        Assert.Equal(-2, tone.Weight);
        Assert.Equal("cue.style.tone \"tone\" (+3, × ½ before 'but', negated by 'no' → -2)", tone.ToString());
    }

    [Theory]
    [InlineData("It doesn't need JSON.", "cue.format.json", "cue.format.json \"JSON\" (+3, negated by 'doesn't' → -3)")]
    [InlineData("Although the prices change daily, few-shot prompting handles it.", "cue.fresh.prices",
        "cue.fresh.prices \"prices\" (+2, × ½ inside 'although' → +1)")]
    [InlineData("Prompting fails on these.", "cue.prompting-fails.fails", "cue.prompting-fails.fails \"fails\" (-3)")]
    [InlineData("Prompting never fails on these.", "cue.prompting-fails.fails", "cue.prompting-fails.fails \"fails\" (-3, negated by 'never' → +3)")]
    public void Advise_Evidence_SaysWhatChangedItsWeight(string text, string rule, string shown) =>
        Assert.Equal(shown, AllEvidence(Advise(text)).First(e => e.Rule == rule).ToString());

    [Fact]
    public void Advise_LittleData_CountsAgainstFineTuningAndSaysSo()
    {
        var advice = Advise("We only have a handful of examples, and answers must cite the internal wiki.");

        var against = Assert.Single(advice.Path[1].Evidence, e => e.Rule == "cue.little-data.handful-of-examples");
        Assert.Equal("cue.little-data.handful-of-examples \"handful of examples\" (+3, counted against fine-tuning → -3)", against.ToString());
    }

    [Fact]
    public void Advise_FamilyPastTheCap_LowersTheLatestWeightsSoTheEvidenceAddsUp()
    {
        var advice = Advise("Every reply must be valid JSON with a strict schema, structured fields and an XML copy.");

        var format = advice.Path[1];
        Assert.Equal(6, format.Score);
        Assert.Equal(format.Score, format.Evidence.Sum(e => e.Weight));
        var capped = format.Evidence.Where(e => e.Changes.Any(c => c.Kind == WeightChangeKind.Capped)).ToList();
        Assert.NotEmpty(capped);
        Assert.Contains("capped: format cues count at most 6", capped[0].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A startup wants their chatbot to always respond with structured JSON.", 0, 0, 2, "fine-tuning", 6, false)]
    [InlineData("Few-shot prompting already works well for our ticket summaries.", 0, 4, 2, "fine-tuning-cost-reasons", 0, true)]
    [InlineData("Staff ask questions answered only in our internal wiki and policy documents.", 1, 0, 2, "knowledge", 6, false)]
    public void Advise_EachQuestion_ShowsScoreThresholdAndRivals(string text, int step, int score, int threshold, string rival, int rivalScore, bool beaten)
    {
        var advice = Advise(text);

        var asked = advice.Path[step];
        Assert.Equal(score, asked.Score);
        Assert.Equal(threshold, asked.Threshold);
        var weighed = Assert.Single(asked.Rivals, r => r.Rival == rival);
        Assert.Equal(rivalScore, weighed.Score);
        Assert.Equal(beaten, weighed.Beaten);
    }

    [Fact]
    public void Advise_PromptingAgainstKnowledge_ComparesWithoutLittleDataAndOccasionalUse()
    {
        var advice = Advise("We only have 20 examples, and staff need answers from the internal wiki.");

        var knowledge = Assert.Single(advice.Path[0].Rivals, r => r.Rival == "knowledge");
        Assert.Equal(3, advice.Path[0].Score); // 20 examples, a fact
        Assert.Equal(0, knowledge.Against); // facts about training data say nothing about retrieval
        Assert.False(knowledge.Beaten);
    }

    /// <summary>The bundled corpus's texts and 200 generated ones.</summary>
    private static IEnumerable<string> Texts() =>
        BundledCorpus.Corpus.Scenarios.Select(s => s.Text)
            .Concat(new SyntheticScenarioGenerator(19).Generate(200).Select(s => s.Scenario.Text));

    [Fact]
    public void Advise_AnyScenario_StepsAddUpAndAnswerByTheirScores()
    {
        var problems = new List<string>();
        foreach (var text in Texts())
        {
            var advice = Advise(text);
            foreach (var step in advice.Path)
            {
                if (step.Evidence.Count < EvidenceList.Capacity && step.Evidence.Sum(e => e.Weight) != step.Score)
                    problems.Add($"{step.Question} scores {step.Score} but its evidence adds up to {step.Evidence.Sum(e => e.Weight)}: {text}");
                var byScores = step.Score >= step.Threshold && step.Rivals.All(r => r.Beaten);
                if (step.Answer != byScores && step.Note is null)
                    problems.Add($"{step.Question} answered {step.Answer} against its scores without a note: {text}");
                if (step.Evidence.Any(e => e.Rule.StartsWith("question.", StringComparison.Ordinal)))
                    problems.Add($"{step.Question} lists a question as evidence: {text}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(5)));
    }

    [Fact]
    public void Advise_AnyScenario_QuotesWordsThatAreInTheTextAndReadAsTheCue()
    {
        var random = new Randomizer(1919);
        var problems = new List<string>();
        foreach (var original in Texts())
        {
            // Case, spacing and punctuation change what the fold drops, so the words must still be found behind it.
            var text = random.Bool() ? Messy(original, random) : original;
            var advice = Advise(text);
            foreach (var evidence in AllEvidence(advice).Where(e => e.Rule.StartsWith("cue.", StringComparison.Ordinal)))
            {
                var phrase = evidence.Rule[(evidence.Rule.IndexOf('.', 4) + 1)..];
                var letters = evidence.Found.ToLowerInvariant().Replace("'", "").Replace("\u2019", "")
                    .Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray();
                var read = string.Join('-', new string(letters).Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (!text.Contains(evidence.Found, StringComparison.Ordinal) || !read.StartsWith(phrase, StringComparison.Ordinal))
                    problems.Add($"{evidence} in: {text}");
            }

            var utf8 = FrameworkAdvisor.Default.Advise(new Scenario("t", Encoding.UTF8.GetBytes(text)));
            if (AdviceJson.Write(utf8) != AdviceJson.Write(advice))
                problems.Add($"read from UTF-8, the advice differs: {text}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(5)));
    }

    [Theory]
    [InlineData("A one-time migration: convert 300 old XML config files to YAML.")]
    [InlineData("Just once, reformat these 40 invoices into our strict JSON schema with consistent fields.")]
    [InlineData("A throwaway hackathon demo that must always answer in our brand voice, in JSON, at millions of requests.")]
    public void Advise_OneOffTask_NeverEndsInFineTuning(string text)
    {
        var advice = Advise(text);

        Assert.NotEqual(Approach.FineTuning, advice.Approach);
        Assert.Contains(advice.Warnings, w => w.Code == WarningCode.OneOffTask);
        Assert.NotNull(advice.Path[0].Note);
    }

    [Fact]
    public void Advise_ReasonsToFineTune_AreListedAsSuchOnlyWhenFineTuningIsAdvised()
    {
        var problems = new List<string>();
        foreach (var text in Texts())
        {
            var advice = Advise(text);
            if (advice.Leaf == Leaf.FineTune ? advice.ReasonsIfFineTuned.Count > 0 : advice.Reasons.Count > 0)
                problems.Add($"{advice.Leaf} with reasons {string.Join(",", advice.Reasons)} / if fine-tuned {string.Join(",", advice.ReasonsIfFineTuned)}: {text}");
            var q2 = advice.Path.FirstOrDefault(s => s.Question == FrameworkQuestion.IsStyleFormatOrPersona);
            if (q2 is { Answer: false } && advice.Reasons.Count > 0)
                problems.Add($"question 2 answered no while reasons are listed: {text}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(5)));
    }

    [Fact]
    public void Advise_PromptingAdvised_KeepsTheReasonsAsWouldApply()
    {
        var advice = Advise("Few-shot prompting already works well for our JSON summaries.");

        Assert.Equal(Leaf.UsePrompting, advice.Leaf);
        Assert.Empty(advice.Reasons);
        Assert.Equal([FineTuneReason.ConsistentFormat], advice.ReasonsIfFineTuned);
    }

    private static string Messy(string text, Randomizer random)
    {
        var builder = new StringBuilder(random.Bool() ? " (" : "");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                ' ' => random.ArrayElement(new[] { " ", "  ", " - ", " \"", ", ", " ( " }),
                _ when char.IsAsciiLetter(c) && random.Number(9) == 0 => char.ToUpperInvariant(c).ToString(),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
