using System.Buffers;
using EvalHarness.Advice.Framework.Scanning;

namespace EvalHarness.Advice.Framework;

/// <summary>
/// Reads the structure around the cues of a scenario, after the scan and before the scores: what an adjective such as
/// "internal" modifies, which noun is the head of a compound, whether an option ("function", "tool") stands in a
/// choice, what a verb such as "summarise" works on, and whether a claim that prompting works is only asked. Plain code
/// over the hits, each rule a loop a reader can follow.
/// </summary>
internal static class SentenceReading
{
    /// <summary>The marks that end a sentence as written; made once, as a search over six characters is set up for each call otherwise.</summary>
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?;:\n");

    /// <summary>How far after a modifier its noun may stand: "internal policy documents", "our own internal style guide".</summary>
    private const int ModifierReach = 3;

    /// <summary>How far after a choice marker an option may stand: "which of our 25 internal tools".</summary>
    private const int ChoiceReach = 6;

    /// <summary>How many words after a verb of asking its question word may stand: "ask things like who was baptised".</summary>
    private const int QuestionReach = 4;

    /// <summary>Words that open a question of fact after a verb of asking or knowing.</summary>
    private static readonly string[] QuestionWords = ["which", "what", "what's", "who", "who's", "whom", "whose", "where", "when", "whether", "how"];

    /// <summary>Words that open a clause of their own, whose time words are about its facts, not the asker's deadline.</summary>
    private static readonly string[] ClauseOpeners =
        ["which", "what", "what's", "whether", "who", "whom", "whose", "where", "when", "how", "about", "that", "if", "since"];

    /// <summary>Words after a question word that make it a question about the asker's own plan ("whether we should fine-tune").</summary>
    private static readonly string[] AskerWords = ["we", "i", "us", "our", "my"];

    /// <summary>Words that may stand between a subject and its verb: "it should ask", "it will always ask".</summary>
    private static readonly string[] Auxiliaries = ["should", "must", "will", "would", "can", "could", "may", "might", "to", "always", "also", "then", "first"];

    /// <summary>Words in -ing that are nouns or prepositions, not verbs a negation could govern.</summary>
    private static readonly string[] NounsInIng = ["during", "morning", "evening", "string", "strings", "ceiling", "building", "pricing", "training", "funding", "meeting", "setting", "settings", "wording"];

    /// <summary>How far after a verb its input may stand: "summarise last quarter's internal incident reports".</summary>
    private const int InputReach = 6;

    /// <summary>How far before a word of change the form that changes may stand: "the class definitions get revised".</summary>
    private const int ChangeReach = 4;

    /// <summary>How far after a verb of sending its destination may stand: "saved to our team's internal wiki".</summary>
    private const int DestinationReach = 5;

    /// <summary>
    /// Words after which a noun is still the head of its phrase ("voice of the brand", "tone that feels warm"), unlike a
    /// noun after it ("voice assistant"), which makes it a modifier.
    /// </summary>
    private static readonly string[] FunctionWords =
    [
        "a", "about", "across", "all", "an", "and", "any", "are", "aren't", "as", "at", "be", "but", "by", "can", "could", "doesn't", "don't", "each",
        "every", "for", "from", "has", "have", "in", "into", "is", "isn't", "it", "its", "just", "like", "matters", "may", "might",
        "must", "of", "on", "or", "our", "should", "so", "than", "that", "the", "their", "them", "then", "they", "this",
        "throughout", "to", "too", "was", "wasn't", "we", "were", "when", "where", "which", "while", "who", "will", "with", "would",
    ];

    /// <summary>
    /// Marks in <see cref="CueHit.ReadAs"/> what the words around each hit do to it; <paramref name="folded"/> is the text
    /// the hits were found in, <paramref name="text"/> the text as written and <paramref name="map"/> the way between them.
    /// </summary>
    public static void Read(Span<CueHit> hits, ReadOnlySpan<char> folded, ReadOnlySpan<char> text, FoldMap map)
    {
        var signals = CueCatalog.Signals;
        var readings = CueCatalog.Readings;
        for (var i = 0; i < hits.Length; i++)
        {
            ref var hit = ref hits[i];
            // "'Your {vehicle_type} is arriving in {eta_minutes} minutes'": a word inside a placeholder names a slot of a
            // template the scenario quotes; it says nothing about the task.
            if (InPlaceholder(text, map.TextIndex(hit.Start), map.TextIndex(hit.End - 1) + 1))
            {
                hit.ReadAs = HitReading.Placeholder;
                continue;
            }

            // "Is few-shot prompting good enough?" asks whether it works; it does not say so. The fold reads '?' as a
            // sentence end like '.', so the text as written says which it was.
            if (signals[hit.Cue] == Signal.PromptingWorks && EndsInQuestionMark(text, map.TextIndex(hit.End - 1) + 1))
            {
                hit.ReadAs = HitReading.Asked;
                continue;
            }

            // "We need good summaries" wishes for what "few-shot gave good summaries" reports.
            if (signals[hit.Cue] == Signal.PromptingWorks && Before(hits, i, Signal.Requirement, signals) is var wish and >= 0)
            {
                (hit.ReadAs, hit.ReadBy) = (HitReading.Wanted, (short)wish);
                continue;
            }

            // "no model has ever seen them": the negation is part of what the phrase says, and without one it says nothing.
            if (readings[hit.Cue] == CueReading.HoldsNegation)
            {
                if (hit.Negated)
                    hit.NegatedBy = -1;
                else
                    hit.ReadAs = HitReading.WithoutNegation;
                continue;
            }

            // "without sending the whole schema": the negation is about the verb after it, not about the verb's object.
            if (hit.Negated && NegatesAVerbBefore(hits, i, folded))
                (hit.NegatedBy, hit.ReadAs) = (-1, HitReading.ObjectOfNegatedVerb);

            // "it doesn't sound like our agents": a negated comparison says the output misses the style, the problem itself.
            if (hit.Negated && signals[hit.Cue] == Signal.Style && IsComparison(hit, folded))
                (hit.NegatedBy, hit.ReadAs) = (-1, HitReading.Unlike);

            // "USMLE-style questions": a style word hyphened to the word before it makes one adjective of the two, which
            // says what the next noun is like; it asks for no style.
            if (IsForm(signals[hit.Cue]) && HyphenedToWordBefore(text, map.TextIndex(hit.Start)) && ModifiesNextWord(hits, i, folded, signals))
            {
                hit.ReadAs = HitReading.ModifiesNext;
                continue;
            }

            // Read as a verb's input, as training data or as where the output goes already: what it modifies no longer matters.
            if (hit.ReadAs is HitReading.Input or HitReading.TrainingData or HitReading.Destination)
                continue;
            if (signals[hit.Cue] == Signal.Destination)
            {
                MarkDestination(hits, i, signals);
                continue;
            }

            // "I need them coded into themes for a report this week": the asker's deadline, not the age of any facts.
            if (readings[hit.Cue] == CueReading.TimeOfNeed && !hit.Negated && IsAskersDeadline(hits, i, folded, signals))
            {
                hit.ReadAs = HitReading.Deadline;
                continue;
            }

            // "The class definitions get revised", "changed fields": what changes is the task, not what it must know.
            if (readings[hit.Cue] == CueReading.Change && !hit.Negated && ChangingForm(hits, i, signals) is var form and >= 0)
            {
                (hit.ReadAs, hit.ReadBy) = (HitReading.TaskChanges, (short)form);
                continue;
            }

            if (signals[hit.Cue] is Signal.FineTuneMention or Signal.DataAvailable or Signal.UnitExamples && !WantsFacts(hits, i, signals))
                MarkObjects(hits, i, signals, HitReading.TrainingData);
            // "Do we need to train a model for this?" asks whether to tune; it neither proposes nor reports it.
            if (signals[hit.Cue] == Signal.FineTuneMention && EndsInQuestionMark(text, map.TextIndex(hit.End - 1) + 1))
                hit.ReadAs = HitReading.Asked;
            switch (readings[hit.Cue])
            {
                case CueReading.Transforms:
                    MarkObjects(hits, i, signals, HitReading.Input);
                    break;
                case CueReading.HeadOnly when ModifiesNextWord(hits, i, folded, signals):
                    hit.ReadAs = HitReading.ModifiesNext;
                    break;
                case CueReading.Modifier:
                    ReadModifier(hits, i, signals);
                    break;
                case CueReading.ClauseFinal when ClosesClause(folded, hit.End):
                    hit.ReadAs = HitReading.ClosesClause;
                    break;
                case CueReading.ClauseFinal when OpensClause(folded, hit.Start) && hit.End < folded.Length && folded[hit.End] == ' ':
                    hit.ReadAs = HitReading.Conjunction;
                    break;
                case CueReading.AsksQuestion when (AsksForFact(folded, hit.End) || QuotesAQuestion(text, map.TextIndex(hit.End - 1) + 1))
                    && !AskedByTheSystem(folded, hit.Start)
                    && !AboutTheApproach(hits, i, signals):
                    hit.ReadAs = HitReading.FactQuestion;
                    break;
                case CueReading.Option when !InChoice(hits, i, signals):
                    hit.ReadAs = HitReading.NoChoice;
                    break;
                case CueReading.Plain when IsKnowledge(signals[hit.Cue]) && i + 1 < hits.Length:
                    // In a compound the last noun is the head: "catalogue categories" are categories, "database schema" a
                    // schema, and a "customer message" is a message a customer sends, not a record about them.
                    ref readonly var next = ref hits[i + 1];
                    var head = signals[next.Cue];
                    if (next.Start == hit.End + 1 && next.Clause == hit.Clause
                        && (IsForm(head) || (signals[hit.Cue] == Signal.PerCustomer && head == Signal.UnitRequests)))
                        (hit.ReadAs, hit.ReadBy) = (HitReading.ModifiesOther, (short)(i + 1));
                    break;
            }
        }

        ReadRetrievalInPlace(hits, folded, signals);
    }

    /// <summary>
    /// Retrieval reported in place ("already retrieves the right documents", "from retrieved facts") supplies the knowledge
    /// of its sentence: the knowledge cues there, the retrieval word included, count nothing.
    /// </summary>
    private static void ReadRetrievalInPlace(Span<CueHit> hits, ReadOnlySpan<char> folded, Signal[] signals)
    {
        for (var i = 0; i < hits.Length; i++)
        {
            if (CueCatalog.Readings[hits[i].Cue] != CueReading.Retrieval || hits[i].Negated || !InPlace(hits, i, folded, signals))
                continue;
            for (var j = 0; j < hits.Length; j++)
            {
                ref var hit = ref hits[j];
                if (hit.Sentence == hits[i].Sentence && IsKnowledge(signals[hit.Cue]) && signals[hit.Cue] != Signal.KnowledgeNoun
                    && hit.ReadAs == HitReading.AsWritten && !hit.Negated)
                    (hit.ReadAs, hit.ReadBy) = (HitReading.Retrieved, (short)i);
            }
        }
    }

    /// <summary>Whether the retrieval word at <paramref name="index"/> is reported as done: after "already", or a participle before a noun.</summary>
    private static bool InPlace(Span<CueHit> hits, int index, ReadOnlySpan<char> folded, Signal[] signals)
    {
        ref readonly var hit = ref hits[index];
        if (index > 0 && hits[index - 1].Clause == hit.Clause && hits[index - 1].Word >= hit.Word - 2
            && CueTable.All[hits[index - 1].Cue].Phrase == "already")
            return true;
        // "retrieved facts", "retrieved product specs": the participle before its noun says the retrieving is done.
        return folded[hit.Start..hit.End].EndsWith("ed") && index + 1 < hits.Length && hits[index + 1].Clause == hit.Clause
            && hits[index + 1].Word <= hit.Word + 2 && IsKnowledge(signals[hits[index + 1].Cue]);
    }

    /// <summary>
    /// Documents and records after hit <paramref name="trigger"/>, in its clause, are what it works on, read as
    /// <paramref name="reading"/>: after a verb that transforms them they are its input ("summarise our internal reports"
    /// needs the reports pasted in, not looked up); after words of tuning or of training data they are what a model
    /// would be tuned on ("fine-tune on 4,000 past transcripts", "examples of our reports"). Either way they make no
    /// knowledge need. A source ("using the handbook") ends what the trigger reaches.
    /// </summary>
    private static void MarkObjects(Span<CueHit> hits, int trigger, Signal[] signals, HitReading reading)
    {
        ref readonly var at = ref hits[trigger];
        for (var j = trigger + 1; j < hits.Length && hits[j].Word <= at.Word + InputReach; j++)
        {
            ref var hit = ref hits[j];
            if (hit.Clause != at.Clause || signals[hit.Cue] == Signal.Source)
                return;
            if (signals[hit.Cue] is Signal.Private or Signal.PerCustomer && hit.ReadAs == HitReading.AsWritten)
                (hit.ReadAs, hit.ReadBy) = (reading, (short)trigger);
        }
    }

    /// <summary>
    /// Knowledge right after a verb of sending, in its clause, is where the output goes ("minutes saved to our wiki",
    /// "a summary posted to the intranet"), not a source the model must look things up in. Only "to" makes a destination:
    /// "documents stored in Confluence" says where the knowledge lives, and stays knowledge.
    /// </summary>
    private static void MarkDestination(Span<CueHit> hits, int trigger, Signal[] signals)
    {
        ref readonly var at = ref hits[trigger];
        for (var j = trigger + 1; j < hits.Length && hits[j].Word <= at.Word + DestinationReach; j++)
        {
            ref var hit = ref hits[j];
            if (hit.Clause != at.Clause)
                return;
            if (IsKnowledge(signals[hit.Cue]) && hit.ReadAs == HitReading.AsWritten)
                (hit.ReadAs, hit.ReadBy) = (HitReading.Destination, (short)trigger);
        }
    }

    /// <summary>
    /// Whether the time word at <paramref name="index"/> says when the asker needs the work done: its sentence opens with
    /// "I" or "we", a requirement ("need", "want") stands before it in that sentence, and no word between them opens a
    /// clause of its own ("we need to tell customers which flights are delayed today" asks about today's flights).
    /// </summary>
    private static bool IsAskersDeadline(Span<CueHit> hits, int index, ReadOnlySpan<char> folded, Signal[] signals)
    {
        ref readonly var time = ref hits[index];
        var requirement = -1;
        for (var j = index - 1; j >= 0 && hits[j].Sentence == time.Sentence; j--)
        {
            if (signals[hits[j].Cue] == Signal.Requirement)
            {
                requirement = j;
                break;
            }
        }

        if (requirement < 0)
            return false;
        var sentenceStart = folded[..hits[requirement].Start].LastIndexOf('!') + 1;
        while (sentenceStart < folded.Length && folded[sentenceStart] == ' ')
            sentenceStart++;
        var opener = folded[sentenceStart..CueTrie.WordEnd(folded, sentenceStart)];
        if (!opener.SequenceEqual("i") && !opener.SequenceEqual("we"))
            return false;
        var between = folded[hits[requirement].End..time.Start];
        foreach (var word in between.Split(' '))
        {
            if (IsOneOf(between[word], ClauseOpeners))
                return false;
        }

        return true;
    }

    /// <summary>
    /// The form (a format, a label set, a style) that the word of change at <paramref name="index"/> is about, or -1: the
    /// noun right after it, which it qualifies ("extract the changed fields"), or else one standing before it in its
    /// clause, within <see cref="ChangeReach"/> words, as its subject ("the taxonomy changes", "our extraction task keeps
    /// evolving").
    /// </summary>
    private static int ChangingForm(Span<CueHit> hits, int index, Signal[] signals)
    {
        ref readonly var change = ref hits[index];
        if (index + 1 < hits.Length && hits[index + 1].Start == change.End + 1 && IsForm(signals[hits[index + 1].Cue]))
            return index + 1;
        for (var j = index - 1; j >= 0 && hits[j].Clause == change.Clause && hits[j].Word >= change.Word - ChangeReach; j--)
        {
            if (IsForm(signals[hits[j].Cue]))
                return j;
        }

        return -1;
    }

    /// <summary>
    /// Whether the words at [<paramref name="start"/>, <paramref name="end"/>) of the text as written stand inside a
    /// template placeholder: a name of letters, digits and underscores between braces ("{eta_minutes}", "{{user.name}}").
    /// </summary>
    private static bool InPlaceholder(ReadOnlySpan<char> text, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && IsNameChar(text[before]))
            before--;
        if (before < 0 || text[before] != '{')
            return false;
        var after = end;
        while (after < text.Length && IsNameChar(text[after]))
            after++;
        return after < text.Length && text[after] == '}';
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';

    /// <summary>
    /// Whether the sentence of hit <paramref name="index"/> wants facts known ("so the bot knows every spec"): then what it
    /// would be tuned on is the knowledge itself, the course's common mistake, and stays knowledge.
    /// </summary>
    private static bool WantsFacts(Span<CueHit> hits, int index, Signal[] signals)
    {
        foreach (var hit in hits)
        {
            if (hit.Sentence == hits[index].Sentence && signals[hit.Cue] is Signal.FactLookup or Signal.TeachFacts or Signal.Hallucination)
                return true;
        }

        return false;
    }

    /// <summary>A modifier is knowledge with a knowledge noun after it (or before it: "the handbook is internal"), none with a form.</summary>
    private static void ReadModifier(Span<CueHit> hits, int index, Signal[] signals)
    {
        ref var hit = ref hits[index];
        for (var j = index + 1; j < hits.Length && hits[j].Word <= hit.Word + ModifierReach; j++)
        {
            if (hits[j].Sentence != hit.Sentence || hits[j].Clause != hit.Clause)
                break;
            var head = signals[hits[j].Cue];
            // "our own internal documents", "internal audit working papers": the noun is further on.
            if (CueCatalog.Readings[hits[j].Cue] == CueReading.Modifier || SignalInfo.QuestionOf(head) == FrameworkQuestion.CanPromptingSolveIt)
                continue;
            if (IsKnowledge(head))
                return;
            if (IsForm(head))
            {
                (hit.ReadAs, hit.ReadBy) = (HitReading.ModifiesOther, (short)j);
                return;
            }

            break;
        }

        for (var j = index - 1; j >= 0 && hits[j].Word >= hit.Word - ModifierReach; j--)
        {
            if (hits[j].Sentence == hit.Sentence && CueCatalog.Readings[hits[j].Cue] != CueReading.Modifier && IsKnowledge(signals[hits[j].Cue]))
                return;
        }

        hit.ReadAs = HitReading.NoKnowledgeNoun;
    }

    private static bool InChoice(Span<CueHit> hits, int index, Signal[] signals)
    {
        ref readonly var option = ref hits[index];
        for (var j = index - 1; j >= 0 && hits[j].Word >= option.Word - ChoiceReach; j--)
        {
            if (hits[j].Sentence == option.Sentence && hits[j].Clause == option.Clause && signals[hits[j].Cue] == Signal.Choice)
                return true;
        }

        return false;
    }

    /// <summary>The last hit of <paramref name="signal"/> before hit <paramref name="index"/> in its clause, or -1.</summary>
    private static int Before(Span<CueHit> hits, int index, Signal signal, Signal[] signals)
    {
        for (var j = index - 1; j >= 0 && hits[j].Clause == hits[index].Clause; j--)
        {
            if (signals[hits[j].Cue] == signal)
                return j;
        }

        return -1;
    }

    /// <summary>
    /// Whether the noun of hit <paramref name="index"/> modifies the word right after it, in its clause: a word that is
    /// neither a function word nor the start of another cue ("voice assistant", but "voice of", "brand voice").
    /// </summary>
    private static bool ModifiesNextWord(Span<CueHit> hits, int index, ReadOnlySpan<char> folded, Signal[] signals)
    {
        var end = hits[index].End;
        if (end + 1 >= folded.Length || folded[end] != ' ' || !char.IsAsciiLetter(folded[end + 1]))
            return false;
        if (index + 1 < hits.Length && hits[index + 1].Start == end + 1 && SignalInfo.QuestionOf(signals[hits[index + 1].Cue]) is not null)
            return false;
        var next = folded[(end + 1)..CueTrie.WordEnd(folded, end + 1)];
        foreach (var word in FunctionWords)
        {
            if (next.SequenceEqual(word))
                return false;
        }

        return true;
    }

    /// <summary>Whether the word at <paramref name="start"/> of the text is joined by a hyphen to a word before it ("exam-style").</summary>
    private static bool HyphenedToWordBefore(ReadOnlySpan<char> text, int start) =>
        start >= 2 && text[start - 1] == '-' && char.IsLetterOrDigit(text[start - 2]);

    /// <summary>
    /// Whether a question word follows the verb of asking ending at <paramref name="end"/>, in its clause and within
    /// <see cref="QuestionReach"/> words, and asks about something other than the asker's own plan.
    /// </summary>
    private static bool AsksForFact(ReadOnlySpan<char> folded, int end)
    {
        var at = end;
        for (var word = 0; word < QuestionReach && at + 1 < folded.Length && folded[at] == ' '; word++)
        {
            var wordEnd = CueTrie.WordEnd(folded, at + 1);
            if (IsOneOf(folded[(at + 1)..wordEnd], QuestionWords))
            {
                if (wordEnd + 1 >= folded.Length || folded[wordEnd] != ' ')
                    return true;
                return !IsOneOf(folded[(wordEnd + 1)..CueTrie.WordEnd(folded, wordEnd + 1)], AskerWords);
            }

            at = wordEnd;
        }

        return false;
    }

    /// <summary>
    /// Whether a question quoted as asked follows the verb of asking that ends at <paramref name="from"/> of the text as
    /// written, within <see cref="QuestionReach"/> words in its clause ("a nurse should be able to ask 'hand hygiene before
    /// patient contact?'"): the direct speech of "ask which …", whatever word the question starts with. The fold drops
    /// quotation marks, so the text as written says where the question is.
    /// </summary>
    private static bool QuotesAQuestion(ReadOnlySpan<char> text, int from)
    {
        var words = 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (QuotationMarks.OpensAt(text, i))
            {
                var question = text[(i + 1)..];
                var end = question.IndexOfAny(SentenceEnds);
                return end > 0 && question[end] == '?' && end + 1 < question.Length && QuotationMarks.Closes(question[end + 1]);
            }

            if (c is ',' or '.' or '!' or '?' or ';' or ':' or '\n' || (c == ' ' && ++words > QuestionReach))
                return false;
        }

        return false;
    }

    /// <summary>
    /// Whether the verb of asking starting at <paramref name="start"/> has the system itself as its subject ("it should ask
    /// what they think"): then the question is how it behaves towards the user, not a fact the user lacks.
    /// </summary>
    private static bool AskedByTheSystem(ReadOnlySpan<char> folded, int start)
    {
        var end = start - 1;
        while (end > 0 && folded[end] == ' ')
        {
            var wordStart = end;
            while (wordStart > 0 && TextFolder.IsWordChar(folded[wordStart - 1]))
                wordStart--;
            var word = folded[wordStart..end];
            if (word.SequenceEqual("it"))
                return true;
            if (!IsOneOf(word, Auxiliaries))
                return false;
            end = wordStart - 1;
        }

        return false;
    }

    /// <summary>
    /// Whether the clause after the verb of asking at <paramref name="index"/> names prompting or fine-tuning ("asks whether
    /// that is enough to fine-tune"): a question about the approach, not a fact.
    /// </summary>
    private static bool AboutTheApproach(Span<CueHit> hits, int index, Signal[] signals)
    {
        for (var j = index + 1; j < hits.Length && hits[j].Clause == hits[index].Clause; j++)
        {
            if (signals[hits[j].Cue] is Signal.FineTuneMention or Signal.PromptMention)
                return true;
        }

        return false;
    }

    /// <summary>Whether a word of the folded text is one of <paramref name="words"/>.</summary>
    internal static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.SequenceEqual(candidate))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the one-word negation governing hit <paramref name="index"/> is followed by a verb in -ing that comes before
    /// the cue and is no cue itself ("without sending the whole schema"): then the negation is about that verb.
    /// </summary>
    private static bool NegatesAVerbBefore(Span<CueHit> hits, int index, ReadOnlySpan<char> folded)
    {
        ref readonly var hit = ref hits[index];
        var phrase = CueTable.All[hit.NegatedBy].Phrase;
        var at = folded[..hit.Start].LastIndexOf(phrase);
        var next = at + phrase.Length;
        if (at < 0 || (at > 0 && TextFolder.IsWordChar(folded[at - 1])) || next + 1 >= hit.Start || folded[next] != ' ')
            return false;
        var verbEnd = CueTrie.WordEnd(folded, next + 1);
        var verb = folded[(next + 1)..verbEnd];
        if (verbEnd >= hit.Start || verb.Length < 5 || !verb.EndsWith("ing") || IsOneOf(verb, NounsInIng) || verb.EndsWith("thing"))
            return false;
        for (var j = index - 1; j >= 0 && hits[j].Start >= next; j--)
        {
            if (hits[j].Start == next + 1)
                return false;
        }

        return true;
    }

    /// <summary>
    /// Whether a negated style cue is a comparison the negation turns straight away: "doesn't sound like our agents",
    /// "nothing like our copywriters' register"; not "we don't care what it sounds like", where the negation is about
    /// another verb.
    /// </summary>
    private static bool IsComparison(in CueHit hit, ReadOnlySpan<char> folded)
    {
        var phrase = CueTable.All[hit.NegatedBy].Phrase;
        var at = folded[..hit.Start].LastIndexOf(phrase);
        if (at < 0 || at + phrase.Length + 1 > hit.Start)
            return false;
        var between = folded[(at + phrase.Length + 1)..hit.Start];
        return between.IsEmpty ? folded[hit.Start..hit.End].EndsWith(" like") : between.StartsWith("like ") && between.IndexOfAny(',', '!') < 0;
    }

    /// <summary>Whether the words ending at <paramref name="end"/> of the folded text close their clause or sentence.</summary>
    private static bool ClosesClause(ReadOnlySpan<char> folded, int end) => end == folded.Length || folded[end] is ',' or '!';

    /// <summary>Whether the word starting at <paramref name="start"/> of the folded text opens its clause or sentence.</summary>
    private static bool OpensClause(ReadOnlySpan<char> folded, int start) =>
        start == 0 || folded[start - 1] is ',' or '!' || (start >= 2 && folded[start - 1] == ' ' && folded[start - 2] is ',' or '!');

    /// <summary>Whether the sentence going on at <paramref name="from"/> ends with a question mark.</summary>
    private static bool EndsInQuestionMark(ReadOnlySpan<char> text, int from)
    {
        var end = text[from..].IndexOfAny(SentenceEnds);
        return end >= 0 && text[from + end] == '?';
    }

    /// <summary>Whether a signal names knowledge the model may lack (question 3's families, or a noun such as "data").</summary>
    private static bool IsKnowledge(Signal signal) =>
        signal == Signal.KnowledgeNoun || signal is >= Signal.Fresh and <= Signal.PerCustomer or Signal.FactLookup;

    /// <summary>Whether a signal names a form of the output: a format, a label set or a style.</summary>
    private static bool IsForm(Signal signal) => signal is Signal.Format or Signal.Labels or Signal.Style;
}
