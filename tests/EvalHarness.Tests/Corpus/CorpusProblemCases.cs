using System.Text;

namespace EvalHarness.Tests.Corpus;

/// <summary>
/// Every class of corpus problem as a table row: the file content and the exact problems authors see.
/// Shared by the loader tests and the <c>validate</c> command tests, so each class is checked on both paths.
/// </summary>
public static class CorpusProblemCases
{
    private const string SlugHint = "use lowercase letters, digits, '-', '_' and '.', starting with a letter or digit, such as 'legal-style'";
    private const string NotReadNote = "labels.csv:0: scenario ids were not checked, because scenarios.csv could not be read in full";
    private const string NumberHint = "write digits such as 10000 or 10,000, or leave it empty when unknown";
    private const string Utf8Hint = "save the file as 'CSV UTF-8'";
    private const string LegacyHint = "it was saved in a legacy encoding, as Excel's 'CSV (Comma delimited)' does; save it as 'CSV UTF-8 (Comma delimited)' instead, or choose the character set UTF-8 when saving";
    private const string ReplacementHint = "put the character that was meant in its place";
    private const string DuplicateHint = "if this is another scenario, give it an id of its own such as 'a-2' (and its rows in labels.csv); if it is the same one, delete one of the two rows";

    /// <summary>scenarios.csv content (labels.csv is <see cref="TempCorpus.Labels"/>) and the problems expected.</summary>
    public static TheoryData<string, string[]> Scenarios => new()
    {
        { "id,text\na,one\nb,two\na,three\n", [$"scenarios.csv:4: duplicate id 'a' (first defined on line 2); {DuplicateHint}"] },
        { "id\ttext\na\tone\nb\ttwo\n", ["scenarios.csv:1: the header is separated by tabs, not by commas or ';'; save the file as 'CSV UTF-8 (Comma delimited)', or choose ',' as the field delimiter when saving", NotReadNote] },
        { "id,text\na,\"one\r\nstill one\"\nb,two\na,x\n", [$"scenarios.csv:5: duplicate id 'a' (first defined on line 2); {DuplicateHint}"] },
        // The header decides the separator: a ';'-separated file is read like a comma-separated one, problems and all.
        { "id;text\na;one\nb;two\na;three\n", [$"scenarios.csv:4: duplicate id 'a' (first defined on line 2); {DuplicateHint}"] },
        { "id,text\na,one\nb,two\n,three\n", ["scenarios.csv:4: id is empty"] },
        { "id,text\na,one\nb,two\nLegal Style,three\n", [$"scenarios.csv:4: id 'Legal Style' is not a slug: it has the upper-case letter 'L'; {SlugHint}"] },
        { "id,text\na,one\nb,two\n-c,three\n", [$"scenarios.csv:4: id '-c' is not a slug: it must start with a lowercase letter or digit; {SlugHint}"] },
        { "id,text\na,one\nb,two\nc d,three\n", [$"scenarios.csv:4: id 'c d' is not a slug: it has the character ' '; {SlugHint}"] },
        {
            $"id,text\na,one\nb,two\n{new string('c', 81)},three\n",
            [$"scenarios.csv:4: id '{new string('c', 40)}...' is not a slug: it is longer than 80 characters; {SlugHint}"]
        },
        { "id,text\na,one\nb,   \n", ["scenarios.csv:3: text is empty; describe the situation in plain words"] },
        // Texts are checked as the file's UTF-8: white space beyond ASCII, and lengths in characters, not bytes.
        { "id,text\na,one\nb,\u3000\u00a0\u2003\n", ["scenarios.csv:3: text is empty; describe the situation in plain words"] },
        {
            $"id,text\na,one\nb,{new string('x', 4001)}\n",
            ["scenarios.csv:3: text has 4,001 characters, more than 4,000; shorten it to the situation and the facts the advice needs"]
        },
        {
            $"id,text\na,{new string('\u00e9', 4000)}\nb,{new string('\u00e9', 4001)}\n",
            ["scenarios.csv:3: text has 4,001 characters, more than 4,000; shorten it to the situation and the facts the advice needs"]
        },
        { "id,text,daily_requests\na,one,-5\nb,two,\n", [$"scenarios.csv:2: daily_requests '-5' must be a whole number of 0 or more; {NumberHint}"] },
        { "id,text,tokens_per_request\na,one,\"1,0000\"\nb,two,\n", [$"scenarios.csv:2: tokens_per_request '1,0000' must be a whole number of 0 or more; {NumberHint}"] },
        { "id,text,training_examples\na,one,2.5\nb,two,\n", [$"scenarios.csv:2: training_examples '2.5' must be a whole number of 0 or more; {NumberHint}"] },
        // Thousands separated by '.', as German number formatting writes them: said so, in the words the command line uses too.
        {
            "id,text,daily_requests\na,one,10.000\nb,two,\n",
            ["scenarios.csv:2: daily_requests '10.000' must be a whole number of 0 or more; '.' does not separate thousands here: write 10000 or 10,000, or leave it empty when unknown"]
        },
        {
            "id,text,daily_requests\na,one,99999999999999999999\nb,two,\n",
            ["scenarios.csv:2: daily_requests '99999999999999999999' is too large; the largest accepted is 9,223,372,036,854,775,807"]
        },
        {
            "id,text,tags\na,one,seed-quiz;Format\nb,two,\n",
            [$"scenarios.csv:2: tag 'Format' is not a slug: it has the upper-case letter 'F'; separate tags with ';' and {SlugHint}"]
        },
        { "id,text,trainig_examples\na,one,5\nb,two,\n", ["scenarios.csv:1: unknown column 'trainig_examples'; did you mean 'training_examples'?"] },
        {
            "id,text,colour\na,one,red\nb,two,blue\n",
            ["scenarios.csv:1: unknown column 'colour'; the columns are id, text, daily_requests, tokens_per_request, training_examples, tags, source, notes"]
        },
        { "id,notes\na,one\nb,two\n", ["scenarios.csv:1: missing required column 'text'", NotReadNote] },
        { "id,text,ID\na,one,a\nb,two,b\n", ["scenarios.csv:1: column 'id' appears twice (columns 1 and 3); remove one of them"] },
        { "id,text,\na,one,\nb,two,\n", ["scenarios.csv:1: column 3 has no name; name it or remove the extra ',' from the header row"] },
        // An extra separator at the end of the header is one problem, not one more for every record without it.
        { "id,text,\na,one\nb,two\n", ["scenarios.csv:1: column 3 has no name; name it or remove the extra ',' from the header row"] },
        { "id;text;;\na;one\nb;two;;\n", ["scenarios.csv:1: columns 3 and 4 have no name; name them or remove the extra ';' from the header row"] },
        // A record that cannot be read is one problem: its labels are not also unknown scenarios.
        {
            "id,text\na,one\nb,two,extra\n",
            ["scenarios.csv:3: the record has 3 fields but the header has 2; put text that contains a comma in quotes: \"like, this\""]
        },
        {
            "id,text\na,one\nb,\"two\"x\n",
            ["scenarios.csv:3: text after the closing quote of a field; write a quote inside a quoted field as \"\", as in \"say \"\"hi\"\"\""]
        },
        {
            "id,text\na,one\nb,two\nc,three,extra\n",
            ["scenarios.csv:4: the record has 3 fields but the header has 2; put text that contains a comma in quotes: \"like, this\""]
        },
        {
            "id,text,source\na,one,\nb,two,\nc,three\n",
            ["scenarios.csv:4: the record has 2 fields but the header has 3; every record needs a field for each header column, even an empty one"]
        },
        {
            "id,text\na,one\nb,\"two\nc,three\n",
            ["scenarios.csv:3: unclosed quote: the quoted field that starts on this line runs to the end of the file; close the quote; write a quote inside a quoted field as \"\"", NotReadNote]
        },
        {
            "id,text\na,one\nb,two\nc,\"three\"x\n",
            ["scenarios.csv:4: text after the closing quote of a field; write a quote inside a quoted field as \"\", as in \"say \"\"hi\"\"\""]
        },
        {
            "",
            ["scenarios.csv:0: file is empty; start it with the header row: id,text,daily_requests,tokens_per_request,training_examples,tags,source,notes", NotReadNote]
        },
        { "id,text\n", ["scenarios.csv:0: no records after the header; add at least one record below the header row", NotReadNote] },
        {
            "id,text\na,one\nb,two\nc,three\n",
            ["scenarios.csv:4: scenario 'c' has no label; add a row for it to labels.csv"]
        },
    };

    /// <summary>labels.csv content (scenarios.csv is <see cref="TempCorpus.Scenarios"/>) and the problems expected.</summary>
    public static TheoryData<string, string[]> Labels => new()
    {
        {
            "scenario_id,annotator,label\na,ml-engineer,rag\nb,ml-engineer,rag\nlegal,ml-engineer,rag\n",
            ["labels.csv:4: unknown scenario 'legal'; add it to scenarios.csv or correct the id"]
        },
        { "scenario_id,annotator,label\na,ml-engineer,rag\nb,ml-engineer,rag\nbb,ml-engineer,rag\n", ["labels.csv:4: unknown scenario 'bb'; did you mean 'b'?"] },
        { "scenario_id,annotator,label\na,ml-engineer,rag\nb,ml-engineer,rag\n,ml-engineer,rag\n", ["labels.csv:4: scenario_id is empty"] },
        {
            "scenario_id,annotator,label\na,ml-engineer,rag\nb,Jane Doe,rag\n",
            [$"labels.csv:3: annotator 'Jane Doe' is not a slug: it has the upper-case letter 'J'; name a role such as 'ml-engineer', not a person; {SlugHint}"]
        },
        {
            "scenario_id,annotator,label\na,ml-engineer,rag\nb,,rag\n",
            [$"labels.csv:3: annotator is empty; name a role such as 'ml-engineer', not a person; {SlugHint}"]
        },
        {
            "scenario_id,annotator,label\na,ml-engineer,rag\nb,ml-engineer,rag\na,ml-engineer,prompting\n",
            ["labels.csv:4: annotator 'ml-engineer' already labelled 'a' on line 2; an annotator labels a scenario at most once; remove one of the rows"]
        },
        { "scenario_id,annotator,label\na,ml-engineer,rag\nb,ml-engineer,retrieval\n", ["labels.csv:3: unknown label 'retrieval'; use one of: prompting, rag, fine-tuning"] },
        {
            "scenario_id,annotator,label\na,ml-engineer,rag\nb,ml-engineer,fine-tunning\n",
            ["labels.csv:3: unknown label 'fine-tunning'; did you mean 'fine-tuning'? use one of: prompting, rag, fine-tuning"]
        },
        { "scenario_id,annotator,label\na,ml-engineer,rag\nb,ml-engineer,Promting\n", ["labels.csv:3: unknown label 'Promting'; did you mean 'prompting'? use one of: prompting, rag, fine-tuning"] },
        // A label row that cannot be read is one problem: its scenario is not also unlabelled.
        {
            "scenario_id,annotator,label\na,ml-engineer,rag\nb,ml-engineer,rag,extra\n",
            ["labels.csv:3: the record has 4 fields but the header has 3; put text that contains a comma in quotes: \"like, this\""]
        },
        { "scenario_id,annotator,label\na,ml-engineer,rag\nb,ml-engineer,\n", ["labels.csv:3: label is empty; use one of: prompting, rag, fine-tuning"] },
        { "scenario_id,annotator,label\na,ml-engineer,rag\n", ["scenarios.csv:3: scenario 'b' has no label; add a row for it to labels.csv"] },
        { "scenario_id,annotator\na,ml-engineer\nb,ml-engineer\n", ["labels.csv:1: missing required column 'label'"] },
        {
            "scenario_id,annotater,label\na,ml-engineer,rag\nb,ml-engineer,rag\n",
            ["labels.csv:1: unknown column 'annotater'; did you mean 'annotator'?", "labels.csv:1: missing required column 'annotator'"]
        },
        {
            "scenario_id,annotator,label\na,ml-engineer,\"rag\nb,ml-engineer,rag\n",
            ["labels.csv:2: unclosed quote: the quoted field that starts on this line runs to the end of the file; close the quote; write a quote inside a quoted field as \"\""]
        },
        { "", ["labels.csv:0: file is empty; start it with the header row: scenario_id,annotator,label,rationale"] },
    };

    /// <summary>scenarios.csv bytes that are not clean UTF-8 text, and the problems expected.</summary>
    public static TheoryData<byte[], string[]> ScenarioBytes => new()
    {
        { [.. "id,text\na,one\nb,two\nc,caf"u8, 0xE9, (byte)'\n'], [$"scenarios.csv:4: the file is not UTF-8: column 2 (text) has the byte 0xE9, which is 'é' in Windows-1252, in \"café\"; {LegacyHint}"] },
        {
            // Excel's "CSV (Comma delimited)": every line with a curly quote or an accent; one problem names the first and counts the others.
            [.. "id,text,notes\na,We don"u8, 0x92, .. "t want a chatbot that makes things up about our return policy.,\nb,two,Caf"u8, 0xE9, .. "\nc,three,Na"u8, 0xEF, .. "ve\n"u8],
            [$"scenarios.csv:2: the file is not UTF-8: column 2 (text) has the byte 0x92, which is '\u2019' in Windows-1252, in \"We don\u2019t want a chatbot that ma...\" (lines 3 and 4 have such bytes too); {LegacyHint}"]
        },
        { [.. "id,text\na,café\nb,two\nc,a\uFFFDb\n"u8], [$"scenarios.csv:4: the record has the replacement character '\uFFFD', which a conversion left where it could not read a character; {ReplacementHint}"] },
        {
            [.. "id,text\na,one\nb,two\nc,x"u8, 0, .. "y\n"u8],
            [$"scenarios.csv:4: the record has NUL bytes; the file looks binary and was not read further; {Utf8Hint}", NotReadNote]
        },
        {
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
            [$"scenarios.csv:0: file is not UTF-8 text (it has NUL bytes or invalid UTF-8 in the header); {Utf8Hint}", NotReadNote]
        },
        {
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("id,text\na,one\nb,two\nc,"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("x\n")],
            [$"scenarios.csv:4: the record has the replacement character '\uFFFD', which a conversion left where it could not read a character; {ReplacementHint}"]
        },
        {
            Encoding.Unicode.GetBytes(TempCorpus.Scenarios),
            [$"scenarios.csv:0: file is not UTF-8 text (it has NUL bytes or invalid UTF-8 in the header); {Utf8Hint}", NotReadNote]
        },
    };
}
