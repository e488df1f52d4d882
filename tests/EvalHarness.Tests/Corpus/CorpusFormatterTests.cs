using System.Text;
using EvalHarness.Corpus;
using EvalHarness.Tests.Snapshots;

namespace EvalHarness.Tests.Corpus;

public sealed class CorpusFormatterTests
{
    [Fact]
    public void Format_ExcelSemicolonExportOfTheBundledCorpus_GivesBackTheCommittedBytes()
    {
        // What a German Excel's "CSV UTF-8" makes of the committed files: ';', a byte-order mark, CRLF, its own quoting.
        var scenarios = File.ReadAllBytes(Path.Combine(RepositoryPaths.BundledCorpus, CorpusFiles.Scenarios));
        var labels = File.ReadAllBytes(Path.Combine(RepositoryPaths.BundledCorpus, CorpusFiles.Labels));
        using var corpus = TempCorpus.With(scenarios: null, labels: null);
        corpus.Write(CorpusFiles.Scenarios, SpreadsheetExport.ExcelCsvUtf8Semicolon(SpreadsheetExport.Rows(Encoding.UTF8.GetString(scenarios))));
        corpus.Write(CorpusFiles.Labels, SpreadsheetExport.ExcelCsvUtf8Semicolon(SpreadsheetExport.Rows(Encoding.UTF8.GetString(labels))));

        var result = CorpusFormatter.Format(corpus.Folder);

        Assert.Empty(result.Problems);
        Assert.Equal(
            ["';' between fields becomes ','", "byte-order mark removed", "line endings become LF"],
            result.Files.Single(f => f.File == CorpusFiles.Scenarios).Differences);
        // Fails too while the committed files are not in their form (a spreadsheet's save not yet accepted).
        const string howToFix = "; run 'dotnet run --project src/EvalHarness.Cli -- accept' (or '-- format') to put the corpus in its committed form";
        Assert.True(scenarios.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(corpus.Folder, CorpusFiles.Scenarios))), "scenarios.csv does not format back to its committed bytes" + howToFix);
        Assert.True(labels.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(corpus.Folder, CorpusFiles.Labels))), "labels.csv does not format back to its committed bytes" + howToFix);
        Assert.Empty(Directory.GetFiles(corpus.Folder, ".*"));
    }

    [Fact]
    public void Format_WhatSpreadsheetsLeave_IsTidiedWithoutChangingAnyValue()
    {
        const string scenarios =
            " Text ;ID;Tags;;\r\n" +
            "\"Return JSON, always.\";a;seed-quiz;;\r\n" +
            ";;;;\r\n" +
            "\"Say \"\"hi\"\"\r\nin two lines\";b;;;\r\n" +
            "plain text;c;\"format;style\";;\r\n";
        using var corpus = TempCorpus.With(scenarios: null, labels: "scenario_id,annotator,label,rationale\na,x,rag,\nb,x,rag,\nc,x,rag,\n");
        corpus.Write(CorpusFiles.Scenarios, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(scenarios)]);

        var result = CorpusFormatter.Format(corpus.Folder);

        Assert.Empty(result.Problems);
        Assert.Equal(
            "id,text,daily_requests,tokens_per_request,training_examples,tags,source,notes\n" +
            "a,\"Return JSON, always.\",,,,seed-quiz,,\n" +
            "b,\"Say \"\"hi\"\"\nin two lines\",,,,,,\n" +
            "c,plain text,,,,format;style,,\n",
            File.ReadAllText(Path.Combine(corpus.Folder, CorpusFiles.Scenarios)));
        Assert.Equal(
            ["';' between fields becomes ','", "byte-order mark removed", "line endings become LF", "header in the documented order and spelling", "1 row of empty cells removed"],
            result.Files[0].Differences);
        Assert.False(result.Files[1].Changed);
        // Every value as it was, but for the line break inside b's text, which is LF as every line break of the file.
        var texts = corpus.Load().Corpus!.Scenarios.Select(s => (s.Id, s.Text, string.Join(';', s.Tags)));
        Assert.Equal([("a", "Return JSON, always.", "seed-quiz"), ("b", "Say \"hi\"\nin two lines", ""), ("c", "plain text", "format;style")], texts);
    }

    [Theory]
    [InlineData("id,text,colour\na,one,red\nb,two,blue\n", "scenarios.csv:1: unknown column 'colour'; the columns are id, text, daily_requests, tokens_per_request, training_examples, tags, source, notes")]
    [InlineData("id,text\na,one\nb,two,three\n", "scenarios.csv:3: the record has 3 fields but the header has 2; put text that contains a comma in quotes: \"like, this\"")]
    [InlineData("id,text,\na,one,\nb,two,oops\n", "scenarios.csv:3: column 3 has no name, but this row has a value in it; name the column in the header, or move the value into a column that has a name")]
    [InlineData("id,text\na,one\nb,\"two\n", "scenarios.csv:3: unclosed quote: the quoted field that starts on this line runs to the end of the file; close the quote; write a quote inside a quoted field as \"\"")]
    public void Format_FileThatCannotBeReadRecordByRecord_RewritesNeitherFile(string scenarios, string problem)
    {
        const string labels = "scenario_id;annotator;label\r\na;x;rag\r\nb;x;rag\r\n";
        using var corpus = TempCorpus.With(scenarios, labels);

        var result = CorpusFormatter.Format(corpus.Folder);

        Assert.Equal([problem], result.Problems.Select(p => p.ToString()));
        Assert.Empty(result.Files);
        Assert.Equal(scenarios, File.ReadAllText(Path.Combine(corpus.Folder, CorpusFiles.Scenarios)));
        Assert.Equal(labels, File.ReadAllText(Path.Combine(corpus.Folder, CorpusFiles.Labels)));
        Assert.Empty(Directory.GetFiles(corpus.Folder, ".*"));
    }

    [Fact]
    public void Format_DataProblems_DoNotStopIt()
    {
        // An unknown label or a duplicate id is for validate; the form can be fixed first, and the diff stays small.
        using var corpus = TempCorpus.With("id;text\r\na;one\r\na;two\r\n", "scenario_id,annotator,label\na,x,retrieval\n");

        var result = CorpusFormatter.Format(corpus.Folder);

        Assert.Empty(result.Problems);
        Assert.StartsWith("id,text,daily_requests,tokens_per_request,training_examples,tags,source,notes\na,one,,,,,,\na,two,,,,,,\n", File.ReadAllText(Path.Combine(corpus.Folder, CorpusFiles.Scenarios)));
    }

    [Fact]
    public void Format_OnlyChecking_WritesNothing()
    {
        using var corpus = TempCorpus.With("id;text\r\na;one\r\nb;two\r\n");

        var result = CorpusFormatter.Format(corpus.Folder, write: false);

        Assert.True(result.AnyChanged);
        Assert.Equal("id;text\r\na;one\r\nb;two\r\n", File.ReadAllText(Path.Combine(corpus.Folder, CorpusFiles.Scenarios)));
        Assert.Empty(Directory.GetFiles(corpus.Folder, ".*"));
    }

}
