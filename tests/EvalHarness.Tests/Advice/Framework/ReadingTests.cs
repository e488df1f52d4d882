using EvalHarness.Advice;
using EvalHarness.Advice.Framework;
using EvalHarness.Corpus;

namespace EvalHarness.Tests.Advice.Framework;

/// <summary>
/// The advisor reads the structure of a sentence, not only its words: what a word modifies, what a choice is among,
/// what the scenario wants apart from its background, and how far a negation or contrast reaches. The examples are
/// written for these tests, in the way the examples are put; none comes from the blind or the public set.
/// </summary>
public sealed class ReadingTests
{
    private static ScenarioAdvice Advise(string text) => FrameworkAdvisor.Default.Advise(new Scenario("t", text));

    private static Evidence EvidenceOf(ScenarioAdvice advice, string rule) => advice.Path.SelectMany(s => s.Evidence).First(e => e.Rule == rule);

    [Theory]
    // "internal", "private", "proprietary" make knowledge only of what they modify: a label set or a style is not knowledge.
    [InlineData("Classify each incoming ticket into exactly one of twelve fixed internal categories.", Leaf.FineTune)]
    [InlineData("Our proprietary style guide says how every headline must be written.", Leaf.FineTune)]
    [InlineData("Route every message to one of our eight internal teams.", Leaf.FineTune)]
    [InlineData("Staff need answers drawn from our internal documents and policies.", Leaf.Rag)]
    [InlineData("The assistant must answer from our proprietary research reports.", Leaf.Rag)]
    [InlineData("The handbook is internal, and staff keep asking the bot what it says about leave.", Leaf.Rag)]
    // In a compound the last noun is the head: "catalogue categories" are categories, "policy documents" are documents.
    [InlineData("Map each product to one of 300 catalogue categories.", Leaf.FineTune)]
    [InlineData("Reply with the database schema's field names filled in.", Leaf.FineTune)]
    public void Advise_Modifier_CountsForWhatItModifies(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Fact]
    public void Advise_ModifierOfALabelSet_SaysWhatItModifies()
    {
        var advice = Advise("Tag each reply with one of our internal Categories; replies must also cite the wiki.");

        var internalCue = EvidenceOf(advice, "cue.private.internal");
        Assert.Equal(0, internalCue.Weight);
        Assert.Equal(3, internalCue.TableWeight);
        Assert.Equal("cue.private.internal \"internal\" (+3, modifies 'Categories' → 0)", internalCue.ToString());
        Assert.Equal(6, advice.Path[2].Score); // "cite" and "wiki"; "internal" adds nothing
    }

    [Theory]
    // Choosing among functions, tools or actions is a fixed set of answers, like a label set: a format problem.
    [InlineData("A voice co-pilot must pick the right function among forty for each spoken command; the large model is too slow and costly.", Leaf.FineTune)]
    [InlineData("For every request the agent chooses which of our 25 internal tools to call.", Leaf.FineTune)]
    [InlineData("The bot must select one of 12 actions (refund, resend, escalate, ...) for each of the customer messages.", Leaf.FineTune)]
    // The same nouns outside a choice are no label set.
    [InlineData("We want a chatbot that explains what each function in our codebase does.", Leaf.Rag)]
    public void Advise_ChoiceAmongOptions_IsAFormatProblem(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Theory]
    // A contrast that opens a sentence weakens the sentence before it, as "but" inside one does.
    [InlineData("Zero-shot prompting works fine for most tickets. But it is too slow for our live chat.", Leaf.FineTune)]
    // A negation such as "is not a concern" reaches back over its clause.
    [InlineData("Few-shot prompting already works well; latency is not a concern for this nightly batch.", Leaf.UsePrompting)]
    [InlineData("Our prompt already works, and cost doesn't matter at this stage.", Leaf.UsePrompting)]
    // "not only ... but also" adds; it neither negates nor contrasts.
    [InlineData("Every reply must not only be valid JSON but also follow our brand voice.", Leaf.FineTune)]
    // Whether prompting is good enough, asked, is not a claim that it is.
    [InlineData("Would few-shot prompting be good enough to keep every reply in our strict JSON schema?", Leaf.FineTune)]
    [InlineData("Few-shot prompting is good enough to keep every reply in our JSON schema.", Leaf.UsePrompting)]
    public void Advise_NegationAndContrast_ReachAsFarAsTheSentenceSays(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Fact]
    public void Advise_AskedClaim_SaysItWasAskedNotStated()
    {
        var advice = Advise("Would few-shot prompting be good enough to keep every reply in our strict JSON schema?");

        Assert.Equal("cue.prompting-works.good-enough \"good enough\" (+3, asked, not stated → 0)", EvidenceOf(advice, "cue.prompting-works.good-enough").ToString());
    }

    [Theory]
    // Prompting works, but too slow or too dear at volume: the course's reason to fine-tune a smaller model.
    [InlineData("Few-shot prompting gives good results, but token consumption is too high at 50,000 requests a day.", Leaf.FineTune)]
    [InlineData("GPT-4 with our prompt works well; the problem is it is too slow and too expensive for 2 million calls a month.", Leaf.FineTune)]
    [InlineData("The prompted model works, but our autocomplete needs answers in under 300 ms.", Leaf.FineTune)]
    // Without a cost or latency reason, prompting that works stays prompting, however much training data there is.
    [InlineData("Few-shot prompting works well, and we have 2,000 labelled examples if we ever need them.", Leaf.UsePrompting)]
    [InlineData("Prompting works well and is cheap enough at our 40 requests a day.", Leaf.UsePrompting)]
    public void Advise_PromptingWorksButCostsTooMuch_FineTunesASmallerModel(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Theory]
    // A model that must run on the asker's own machines is a small one: a hint of the latency reason to tune it, as on a device.
    [InlineData("The prompted model handles our support replies, but it is expensive and compliance wants it to run on our own hardware.", Leaf.FineTune)]
    [InlineData("Few-shot prompting works well for our form filling, but nothing may leave the factory network, and the cloud model is expensive.", Leaf.FineTune)]
    [InlineData("The assistant picks one of our eight device actions for each voice command, and it has to run offline.", Leaf.FineTune)]
    // A deployment constraint is only a hint: it does not outweigh a need for knowledge, nor decide on its own.
    [InlineData("Staff need answers drawn from our internal policy documents, and everything must run on premise.", Leaf.Rag)]
    [InlineData("Our chatbot has to be self-hosted.", Leaf.PromptEngineerHarder)]
    public void Advise_ModelThatMustRunInHouse_IsASmallModelToTune(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Fact]
    public void Advise_NothingMayLeave_KeepsTheModelLocalRatherThanNegating()
    {
        var advice = Advise("Few-shot prompting works well for our form filling, but nothing may leave the factory network, and the cloud model is expensive.");

        var local = EvidenceOf(advice, "cue.latency.nothing-may-leave");
        Assert.Equal("cue.latency.nothing-may-leave \"nothing may leave\" (+1)", local.ToString());
        Assert.Contains(FineTuneReason.Latency, advice.Reasons);
    }

    [Theory]
    // Knowledge named as where the output goes is a destination, not a source to look things up in.
    [InlineData("After each sales call we want a short summary of what was agreed, posted to the team's internal wiki.", Leaf.PromptEngineerHarder)]
    [InlineData("Turn each incident chat into a tidy timeline, saved to our Confluence space.", Leaf.PromptEngineerHarder)]
    // Only "to" makes a destination: where the knowledge lives stays knowledge.
    [InlineData("Staff keep asking about the procedures stored in our wiki.", Leaf.Rag)]
    [InlineData("The bot must answer from the handbook, and its answers are posted to the staff channel.", Leaf.Rag)]
    public void Advise_WhereTheOutputGoes_IsNoKnowledgeNeed(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Fact]
    public void Advise_Destination_SaysWhereTheOutputGoes()
    {
        var advice = Advise("After each sales call we want a short summary of what was agreed, posted to the team's internal wiki.");

        Assert.Equal("cue.private.wiki \"wiki\" (+3, where the output goes ('posted to'), not knowledge → 0)", EvidenceOf(advice, "cue.private.wiki").ToString());
    }

    [Theory]
    // A word inside a template placeholder names a slot; the words around the template still count.
    [InlineData("Check the notification 'Your {order_status} is ready' for typos before each release.", Leaf.PromptEngineerHarder)]
    [InlineData("Our app shows 'Hi! Your {order_status} is ready' after checkout; make the message friendlier.", Leaf.PromptEngineerHarder)]
    [InlineData("Our app shows 'Hi! Your order status is ready' after checkout; make the message friendlier.", Leaf.Rag)]
    [InlineData("Answers must come from each customer's own policy documents, as in 'Hello {name}'.", Leaf.Rag)]
    public void Advise_WordInsideAPlaceholder_NamesASlot(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Fact]
    public void Advise_Placeholder_SaysItIsASlotsName()
    {
        var advice = Advise("Check the notification 'Your {order_status} is ready' for typos before each release.");

        Assert.Equal("cue.per-customer.order-status \"order_status\" (+3, inside a placeholder: a slot's name → 0)",
            EvidenceOf(advice, "cue.per-customer.order-status").ToString());
    }

    [Theory]
    // A change of the task's own form is no changing knowledge: a rewritten prompt keeps up with it, a tuned model would not.
    [InlineData("We extract the same fields from every invoice, but the field list changes often as finance adds new ones.", Leaf.UsePrompting)]
    [InlineData("We extract the same fields from every invoice, but the tax rules behind them change often.", Leaf.Rag)]
    public void Advise_ChangeOfTheTaskItself_CountsForPrompting(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Theory]
    // The form that changes: its subject before it in the clause, or the noun right after it (before a verb before it).
    [InlineData("Tag each ticket with one of our categories as JSON; the class definitions get revised most months.", "revised", "class")]
    [InlineData("Our extraction task keeps evolving, and every answer must be valid JSON.", "evolving", "extraction")]
    [InlineData("Extract the changed fields from each new version of the form.", "changed", "fields")]
    public void Advise_ChangingTask_SaysWhatChangesAndCountsAgainstFineTuning(string text, string change, string form)
    {
        var advice = Advise(text);

        var rule = $"cue.fresh.{change}";
        var forPrompting = Assert.Single(advice.Path[0].Evidence, e => e.Rule == rule);
        Assert.Equal($"{rule} \"{change}\" (+2, the task itself changes ('{form}'): for prompting, not knowledge → +2)", forPrompting.ToString());
        var againstTuning = Assert.Single(advice.Path[1].Evidence, e => e.Rule == rule);
        Assert.Equal("counted against fine-tuning", Assert.Single(againstTuning.Changes).ToString());
        Assert.Equal(-2, againstTuning.Weight);
        Assert.DoesNotContain(advice.Path.Skip(2).SelectMany(s => s.Evidence), e => e.Rule == rule);
    }

    [Theory]
    // Facts that change stay knowledge, and a negated change says the task is stable, not that it changes.
    [InlineData("Tag each support email with one of our categories. The prices in those emails change daily.", "cue.fresh.change-daily", 3)]
    [InlineData("Sort every review into five fixed categories; the categories never change, but the prices we quote do.", "cue.fresh.change", -1)]
    public void Advise_ChangeOfFactsOrNone_IsNoChangingTask(string text, string rule, int weight)
    {
        var advice = Advise(text);

        var evidence = Assert.Single(advice.Path.SelectMany(s => s.Evidence), e => e.Rule == rule);
        Assert.Equal(weight, evidence.Weight);
        Assert.DoesNotContain(evidence.Changes, c => c.Kind == WeightChangeKind.TaskChanges);
    }

    [Theory]
    // A prompt quoted as a bare instruction has barely been tried: the prompt is the gap, before any tuning.
    [InlineData("Reply to each guest in our house voice. So far each request has just been 'answer this guest politely'.", Leaf.UsePrompting)]
    [InlineData("Reply to each guest in our house voice. So far each request has carried our two-page voice guide.", Leaf.FineTune)]
    public void Advise_BarePrompt_CountsForPrompting(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Theory]
    [InlineData("Our prompt is just “summarise this call for the CRM”, and the notes read like anyone wrote them.", "summarise this call for the CRM")]
    [InlineData("I haven't done much beyond asking the model to \"draft a cover letter\".", "draft a cover letter")]
    [InlineData("They have only tried the one-line prompt 'make this simpler'.", "make this simpler")]
    public void Advise_BarePrompt_QuotesThePrompt(string text, string prompt) =>
        Assert.Equal($"reading.bare-prompt \"{prompt}\" (+3)", EvidenceOf(Advise(text), ReadingRules.BarePrompt).ToString());

    [Theory]
    // One quoted word is a label or a tone; a quotation with no "just", "only" or "beyond" before it is no bare prompt;
    // an apostrophe inside a word opens no quotation, and a quotation must close in its sentence.
    [InlineData("We only want 'yes' or 'no' back for each of 40,000 requests a day.")]
    [InlineData("It answered 'see the attached policy' to every question about leave.")]
    [InlineData("We haven't tried much, just the team's prompt and its rules.")]
    [InlineData("So far only 'write it and then nothing came of it. A quotation that never closes is none.")]
    public void Advise_NoBarePrompt_HasNoSuchEvidence(string text) =>
        Assert.DoesNotContain(Advise(text).Path.SelectMany(s => s.Evidence), e => e.Rule == ReadingRules.BarePrompt);

    [Fact]
    public void Advise_BarePromptPastTheCap_SaysItIsCapped()
    {
        var advice = Advise("Our prompt is vague and underspecified; so far it is just 'write the summary'.");

        Assert.Equal("reading.bare-prompt \"write the summary\" (+3, capped: prompt-gap cues count at most 6 → +1)",
            EvidenceOf(advice, ReadingRules.BarePrompt).ToString());
        Assert.Equal(advice.Path[0].Score, advice.Path[0].Evidence.Sum(e => e.Weight));
    }

    [Theory]
    // Knowledge no model has seen is knowledge the model lacks; "ever seen" holds the negation before it, and says nothing without one.
    [InlineData("Our SDK docs are rewritten every sprint, and no public model has ever seen them; engineers ask about them all day.", "cue.hallucination.ever-seen \"ever seen\" (+3)")]
    [InlineData("The assistant must explain our parts catalogue, which the model has never seen.", "cue.hallucination.never-seen \"never seen\" (+3)")]
    public void Advise_NeverSeen_IsKnowledgeTheModelLacks(string text, string evidence) =>
        Assert.Equal(evidence, EvidenceOf(Advise(text), evidence[..evidence.IndexOf(' ')]).ToString());

    [Fact]
    public void Advise_EverSeenWithoutANegation_SaysNothing()
    {
        var advice = Advise("Has anyone here ever seen the supplier price list? Staff keep asking what each part costs.");

        Assert.Equal("cue.hallucination.ever-seen \"ever seen\" (+3, no negation before it: says nothing → 0)",
            EvidenceOf(advice, "cue.hallucination.ever-seen").ToString());
    }

    [Theory]
    // A time word in the asker's own requirement says when the work is due; about the facts of a clause of their own, or
    // in someone else's requirement, it is how fresh the facts must be.
    [InlineData("We need the quarterly figures summarised for the board this week.", 0)]
    [InlineData("I have 400 comment cards and need them sorted into themes today.", 0)]
    [InlineData("We need to tell customers which flights are delayed today.", 3)]
    [InlineData("We want the assistant to answer questions about articles published today.", 3)]
    [InlineData("Staff want to know who is on shift this week.", 2)]
    [InlineData("Riders keep asking whether the 47 is running today.", 3)]
    public void Advise_TimeWordInTheAskersRequirement_IsADeadline(string text, int weight)
    {
        var time = Assert.Single(Advise(text).Path.SelectMany(s => s.Evidence), e => e.Rule is "cue.fresh.today" or "cue.fresh.this-week");

        Assert.Equal(weight, time.Weight);
        Assert.Equal(weight == 0, time.Changes.Any(c => c.Kind == WeightChangeKind.Deadline));
    }

    [Fact]
    public void Advise_CostReasonsOverPromptingThatWorks_SayWhy()
    {
        var advice = Advise("Few-shot prompting gives good results, but token consumption is too high at 50,000 requests a day.");

        var first = advice.Path[0];
        Assert.False(first.Answer);
        Assert.Equal(Notes.CostReasons, first.Note);
        var cost = Assert.Single(first.Rivals, r => r.Rival == "fine-tuning-cost-reasons");
        Assert.Equal((4, 2, false), (cost.Score, cost.Against, cost.Beaten));
        Assert.Equal([FineTuneReason.HighVolume], advice.Reasons);
    }

    [Theory]
    // What a verb works on is its input, given with the request, not knowledge to look up.
    [InlineData("Summarise our internal incident reports into a fixed five-field template.", Leaf.FineTune)]
    [InlineData("Classify each incoming contract into one of six clause types.", Leaf.FineTune)]
    [InlineData("Tag each ticket using our internal routing policy documents and wiki.", Leaf.Rag)]
    // What a model would be tuned on is training data, not knowledge it lacks.
    [InlineData("We plan to fine-tune on 4,000 past support transcripts so replies keep our warm tone; we tried prompting but the tone drifts.", Leaf.FineTune)]
    [InlineData("We want to fine-tune on our product manuals so the bot knows every spec.", Leaf.Rag)]
    public void Advise_WhatAVerbWorksOn_IsNotKnowledge(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Fact]
    public void Advise_Input_SaysWhichVerbWorksOnIt()
    {
        var advice = Advise("Summarise our internal incident reports; answers must also cite the wiki.");

        Assert.Equal("cue.private.reports \"reports\" (+1, what 'Summarise' works on, not knowledge → 0)", EvidenceOf(advice, "cue.private.reports").ToString());
    }

    [Theory]
    // A model as it comes is prompted: what it does well says that prompting works, unless the sentence is about tuning.
    [InlineData("GPT-4 already handles our JSON format well.", Leaf.UsePrompting)]
    [InlineData("Our fine-tuned model already handles the JSON format well, but it is our second try.", Leaf.FineTune)]
    // Praise of prompting's output reports that it works; wished for, it does not.
    [InlineData("Few-shot prompting gives excellent summaries in our house style.", Leaf.UsePrompting)]
    [InlineData("We need the prompt to give excellent summaries in our house style.", Leaf.FineTune)]
    // A noun that modifies the next one is not what the phrase is about: a "voice assistant" has no voice to write in.
    [InlineData("A voice assistant that tells drivers the opening hours of every depot today.", Leaf.Rag)]
    [InlineData("Every reply must keep our brand voice.", Leaf.FineTune)]
    public void Advise_WhoseSuccessAndWhichNoun_AreRead(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Theory]
    // Proposing to fine-tune with no word of prompting is the course's common mistake: prompting is not ruled out.
    [InlineData("We want to fine-tune a model to summarise meeting notes as five bullets.", Leaf.UsePrompting)]
    [InlineData("We want to fine-tune a model to summarise meeting notes in a fixed format; prompting fails to keep it.", Leaf.FineTune)]
    public void Advise_FineTuningProposedWithoutPrompting_CountsForPrompting(string text, Leaf leaf)
    {
        var advice = Advise(text);

        Assert.Equal(leaf, advice.Leaf);
        Assert.Equal(leaf == Leaf.UsePrompting, advice.Path[0].Evidence.Any(e => e.Rule == ReadingRules.SkippedPrompting));
    }

    [Theory]
    // A task done once repays neither a tuned model nor a retrieval pipeline: what it needs goes in the prompt.
    [InlineData("Just once, for tomorrow's board meeting, summarise this week's news about our three competitors.", Leaf.UsePrompting)]
    [InlineData("A one-off job: turn our internal wiki's 40 onboarding pages into a single FAQ in our house style.", Leaf.UsePrompting)]
    public void Advise_OneOffTask_WeighsNoRival(string text, Leaf leaf)
    {
        var advice = Advise(text);

        Assert.Equal(leaf, advice.Leaf);
        Assert.Empty(advice.Path[0].Rivals);
    }

    [Theory]
    // What follows a sentence about prompting still speaks of it, unless it turns to tuning.
    [InlineData("We tried few-shot prompting last month. The results were good enough for our editors.", Leaf.UsePrompting)]
    [InlineData("We tried few-shot prompting last month. After fine-tuning, the results were good enough, in our house style.", Leaf.FineTune)]
    public void Advise_PromptingMentionedInTheSentenceBefore_StillSpeaksOfIt(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Theory]
    // "once" closing its clause speaks of the whole task: it is done one time, so it needs no tuned model.
    [InlineData("Convert our 2,000 legacy invoices into the new JSON schema, once.", Leaf.UsePrompting)]
    [InlineData("Tag the whole archive of support tickets with the new taxonomy once, then we are done.", Leaf.UsePrompting)]
    [InlineData("Convert our 2,000 legacy invoices into the new JSON schema.", Leaf.FineTune)]
    // Opening a clause it is a conjunction of time ("when"), and says nothing of how often.
    [InlineData("Once this year's taxonomy is signed off, every incoming ticket must be tagged with it as it arrives.", Leaf.FineTune)]
    public void Advise_OnceClosingItsClause_IsAOneOffTask(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Theory]
    [InlineData("Relabel the archive with the new categories, once.", "cue.one-off.once \"once\" (+1, closes its clause: the whole task → +3)")]
    [InlineData("Once the categories are agreed, label each new ticket with one of them.", "cue.one-off.once \"Once\" (+1, opens a clause: a conjunction → 0)")]
    public void Advise_Once_SaysHowItsPlaceInTheClauseReadsIt(string text, string evidence) =>
        Assert.Equal(evidence, EvidenceOf(Advise(text), "cue.one-off.once").ToString());

    [Theory]
    // A style word hyphened to the word before it ("exam-style") says what the next noun is like: no style is asked for.
    [InlineData("We want the highest accuracy on bar-exam-style multiple choice questions; the plan is to fine-tune a model.", Leaf.UsePrompting)]
    [InlineData("We want the highest accuracy on multiple choice questions in the bar exam's style; the plan is to fine-tune a model.", Leaf.FineTune)]
    // "open source" names how software is licensed: it asks for no source to be cited.
    [InlineData("Our legal rules mean the assistant must run on an open-source model. Which approach should we take?", Leaf.PromptEngineerHarder)]
    [InlineData("Every answer must name the source it came from.", Leaf.Rag)]
    public void Advise_CompoundModifier_IsNotWhatThePhraseIsAbout(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Fact]
    public void Advise_HyphenedStyle_SaysWhatItModifies()
    {
        var advice = Advise("Answer Jeopardy-style trivia questions for our pub quiz night.");

        Assert.Equal("cue.style.style \"style\" (+3, modifies 'trivia' → 0)", EvidenceOf(advice, "cue.style.style").ToString());
    }

    [Theory]
    // Any word of a format, label set or style hyphened to the word before it makes an adjective of the two.
    [InlineData("Sort the scanned letters for our nine-code filing system.", "cue.format.code", "cue.format.code \"code\" (+1, modifies 'filing' → 0)")]
    [InlineData("Write the release notes as JSON-formatted entries.", "cue.format.format", "cue.format.format \"formatted\" (+2, modifies 'entries' → 0)")]
    public void Advise_HyphenedFormWord_ModifiesTheNextNoun(string text, string rule, string evidence) =>
        Assert.Equal(evidence, EvidenceOf(Advise(text), rule).ToString());

    [Theory]
    // Asking or wanting to know which, what or who is a question of fact the asker lacks.
    [InlineData("Commuters keep asking which platform the late trains leave from.", Leaf.Rag)]
    [InlineData("Gardeners want to know what grows well in the shade of our allotments.", Leaf.Rag)]
    [InlineData("Members want to ask things like who chaired the club in 1952.", Leaf.Rag)]
    // A quoted question is the same question in direct speech, whatever word it starts with.
    [InlineData("Visitors should be able to ask 'bike parking near the east gate?' and get a straight answer.", Leaf.Rag)]
    [InlineData("Visitors should be able to ask 'make this shorter' and get a straight answer.", Leaf.PromptEngineerHarder)]
    // About the asker's own plan, with no question word after it, or asked by the system itself, it is no fact to look up.
    [InlineData("Our CTO asked whether we could use GPT-4 for the weekly newsletter.", Leaf.PromptEngineerHarder)]
    [InlineData("Editors ask the model to rewrite each headline in our house style.", Leaf.FineTune)]
    [InlineData("The coach must never give the answer away; it should ask what the learner would try first.", Leaf.PromptEngineerHarder)]
    public void Advise_AskingWhichWhatOrWho_IsAQuestionOfFact(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Fact]
    public void Advise_FactQuestion_SaysWhyAskingCounts()
    {
        var advice = Advise("Commuters keep asking which platform the late trains leave from.");

        Assert.Equal("cue.fact-lookup.asking \"asking\" (0, asks which, what or who, or quotes a question: a question of fact → +2)", EvidenceOf(advice, "cue.fact-lookup.asking").ToString());
        Assert.DoesNotContain(Advise("Editors ask the model to rewrite each headline in our house style.").Path.SelectMany(s => s.Evidence), e => e.Rule == "cue.fact-lookup.ask");
        // A question about the approach is no question of fact.
        var approach = Advise("The newsroom asks whether three sample articles are enough to fine-tune on.");
        Assert.DoesNotContain(approach.Path.SelectMany(s => s.Evidence), e => e.Rule == "cue.fact-lookup.asks");
        Assert.DoesNotContain(approach.Warnings, w => w.Code == WarningCode.KnowledgeNeedsRag);
    }

    [Theory]
    // Asking whether to fine-tune, with no failure of prompting reported, is answered with prompting first.
    [InlineData("We tag each support ticket with one of nine categories. Do we need to fine-tune a model for that?", Leaf.UsePrompting)]
    [InlineData("We tag each support ticket with one of nine categories, and we have decided to fine-tune a model for that.", Leaf.FineTune)]
    [InlineData("Few-shot prompting keeps breaking our JSON schema. Should we fine-tune?", Leaf.FineTune)]
    public void Advise_WhetherToFineTuneAsked_CountsForPrompting(string text, Leaf leaf)
    {
        var advice = Advise(text);

        Assert.Equal(leaf, advice.Leaf);
        Assert.Equal(text.EndsWith('?') && leaf == Leaf.UsePrompting, advice.Path[0].Evidence.Any(e => e.Rule == ReadingRules.QuestionedTuning));
    }

    [Theory]
    // A stage of a product is a one-off only while nothing says the product will serve high volume.
    [InlineData("Our hackathon prototype writes product titles in a fixed format for the judges.", Leaf.UsePrompting)]
    [InlineData("Our hackathon prototype writes product titles in a fixed format; now it has to serve millions of listings.", Leaf.FineTune)]
    // Words of how often the task is done stay one-off whatever the size of the job.
    [InlineData("Move millions of legacy records into the new schema, once.", Leaf.UsePrompting)]
    public void Advise_ProductStageAtHighVolume_IsNoOneOff(string text, Leaf leaf)
    {
        var advice = Advise(text);

        Assert.Equal(leaf, advice.Leaf);
        Assert.Equal(leaf == Leaf.UsePrompting, advice.Warnings.Any(w => w.Code == WarningCode.OneOffTask));
    }

    [Theory]
    // "nowhere near" negates what follows it, as "not" does.
    [InlineData("Few-shot prompting gives good results, and we are nowhere near millions of requests a month.", Leaf.UsePrompting)]
    [InlineData("Few-shot prompting gives good results, but we are at millions of requests a month.", Leaf.FineTune)]
    // "no room for a long system prompt" says it cannot be afforded: the course's reason to shorten it by tuning.
    [InlineData("The kiosk maps each spoken command to one of our 30 intents, and there is no room for a long system prompt.", Leaf.FineTune)]
    public void Advise_NegationThatIsAConstraint_IsReadAsOne(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Theory]
    // What a task takes things out of is its input, not knowledge to look up.
    [InlineData("Pull the renewal dates out of our 5,000 supplier contracts into fixed fields.", Leaf.FineTune)]
    [InlineData("Staff ask which renewal dates our 5,000 supplier contracts set.", Leaf.Rag)]
    public void Advise_WhatATaskTakesThingsOutOf_IsItsInput(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Fact]
    public void Advise_InputOutOfDocuments_SaysSo() =>
        Assert.Equal("cue.private.contracts \"contracts\" (+2, what 'out of' works on, not knowledge → 0)",
            EvidenceOf(Advise("Pull the renewal dates out of our 5,000 supplier contracts."), "cue.private.contracts").ToString());

    [Theory]
    // What a model is trained on is training data, not knowledge to look up.
    [InlineData("Our plan is training on our 40 policy documents.", Leaf.PromptEngineerHarder)]
    [InlineData("Staff need answers from our 40 policy documents.", Leaf.Rag)]
    public void Advise_WhatAModelIsTrainedOn_IsTrainingData(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Theory]
    // A negation followed by a verb in -ing is about the verb: its object is not negated.
    [InlineData("We want the same calls back without sending the whole schema each time.", "cue.format.schema \"schema\" (+3, the negation before it is about a verb, not it → +3)")]
    // Otherwise the negation governs the cue.
    [InlineData("Replies without any schema are fine for this team.", "cue.format.schema \"schema\" (+3, negated by 'without' → -3)")]
    [InlineData("We tag tickets without a strict schema.", "cue.format.schema \"schema\" (+3, negated by 'without' → -3)")]
    public void Advise_NegationBeforeAVerb_IsAboutTheVerb(string text, string evidence) =>
        Assert.Equal(evidence, EvidenceOf(Advise(text), "cue.format.schema").ToString());

    [Theory]
    // A comparison the negation turns straight away says the output misses the style: the style is the problem.
    [InlineData("Answers are accurate, but the bot doesn't sound like our own support agents.", "cue.style.sound-like", "cue.style.sound-like \"sound like\" (+3, the output is unlike it: the style is the problem → +3)")]
    [InlineData("The copy reads fine yet nothing like our editors' register.", "cue.style.register", "cue.style.register \"register\" (+2, the output is unlike it: the style is the problem → +2)")]
    // A negation about another verb still turns the cue.
    [InlineData("We don't care what it sounds like; we need the menu prices right.", "cue.style.sounds-like", "cue.style.sounds-like \"sounds like\" (+3, negated by 'don't' → -3)")]
    // A negated verb after a noun is the noun's verb, so the noun is the head of its phrase.
    [InlineData("The voice isn't right: too stiff for our readers.", "cue.style.voice", "cue.style.voice \"voice\" (+3)")]
    public void Advise_StyleTheOutputIsUnlike_IsTheProblem(string text, string rule, string evidence) =>
        Assert.Equal(evidence, EvidenceOf(Advise(text), rule).ToString());

    [Theory]
    // Retrieval reported in place supplies the knowledge of its sentence: what is left is the complaint.
    [InlineData("Our assistant already retrieves the right policy documents; its answers just don't sound like our own agents.", Leaf.FineTune)]
    [InlineData("The bot writes replies from retrieved product specs, and the replies sound nothing like our brand voice.", Leaf.FineTune)]
    // Retrieval wanted is still a need for knowledge.
    [InlineData("We want answers retrieved from our policy documents.", Leaf.Rag)]
    public void Advise_RetrievalInPlace_SuppliesTheKnowledge(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Fact]
    public void Advise_RetrievalInPlace_SaysWhichWordsSupplyIt()
    {
        var advice = Advise("Our assistant already retrieves the right policy documents.");

        Assert.Equal("cue.private.policy-documents \"policy documents\" (+3, retrieval in place ('retrieves'): supplied, not needed → 0)",
            EvidenceOf(advice, "cue.private.policy-documents").ToString());
    }

    [Theory]
    // Telling the model what to do is prompting, in any form of the verb: its failure says prompting fails.
    [InlineData("GPT-4 drafts our newsletters and the content is decent. Telling it to drop the exclamation marks hasn't worked, and the voice isn't ours.", Leaf.FineTune)]
    [InlineData("GPT-4 drafts our newsletters and the content is decent. We told it to drop the exclamation marks and that worked.", Leaf.UsePrompting)]
    public void Advise_InstructionInAnyForm_IsAMentionOfPrompting(string text, Leaf leaf) =>
        Assert.Equal(leaf, Advise(text).Leaf);

    [Theory]
    // Examples under a negation are too little data to fine-tune, as "no examples" is.
    [InlineData("Turn each request into our fixed JSON format, using the column names of that user's table. We have no logged examples yet.", Leaf.UsePrompting)]
    [InlineData("Turn each request into our fixed JSON format, using the column names of that user's table. We have 2,000 logged examples.", Leaf.FineTune)]
    public void Advise_ExamplesUnderANegation_AreTooLittleData(string text, Leaf leaf)
    {
        var advice = Advise(text);

        Assert.Equal(leaf, advice.Leaf);
        Assert.Equal(leaf == Leaf.UsePrompting, advice.Path[0].Evidence.Any(e => e.Rule == ReadingRules.NoExamples));
    }

    [Fact]
    public void Advise_KnowledgeBelowTheThreshold_OutweighsNoPrompting()
    {
        var step = Advise("Turn each request into our fixed JSON format, using the column names of that user's table. We have no logged examples yet.").Path[0];

        var knowledge = step.Rivals.Single(r => r.Rival == Rivals.Knowledge);
        Assert.True(step.Answer);
        Assert.Equal((1, 0, true), (knowledge.Score, knowledge.Against, knowledge.Beaten));
    }
}
