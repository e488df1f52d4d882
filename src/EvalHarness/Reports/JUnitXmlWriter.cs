using System.Globalization;
using System.Text;
using System.Xml;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>
/// Writes a JUnit XML report as results arrive: one test case per scenario, passed when the advisor agrees with the
/// panel, skipped when the panel is tied or the miss was accepted already (see reports/README.md), failed otherwise.
/// </summary>
/// <remarks>The suite's counts come first in the file but are known last, so test cases go to a part file that is joined under the header at the end.</remarks>
public sealed class JUnitXmlWriter : IDisposable
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        NewLineChars = "\n",
        Encoding = new UTF8Encoding(false),
        ConformanceLevel = ConformanceLevel.Fragment,
        OmitXmlDeclaration = true,
    };

    private readonly string _path;
    private readonly string _partPath;
    private readonly XmlWriter _cases;
    private readonly Func<ScenarioResult, MissVerdict> _judgeMiss;
    private int _tests, _failures, _skipped;

    /// <summary>Starts the report at <paramref name="path"/>; every miss fails.</summary>
    public JUnitXmlWriter(string path)
        : this(path, null)
    {
    }

    /// <summary>Starts the report at <paramref name="path"/>; <paramref name="judgeMiss"/> tells which misses were accepted already and are skipped.</summary>
    public JUnitXmlWriter(string path, Func<ScenarioResult, MissVerdict>? judgeMiss)
    {
        ArgumentNullException.ThrowIfNull(path);
        _path = path;
        _partPath = path + ".part";
        _judgeMiss = judgeMiss ?? (_ => MissVerdict.Failure);
        _cases = XmlWriter.Create(_partPath, Settings);
    }

    /// <summary>Writes one scenario's test case: passed when right, skipped when contested or a miss accepted already, failed otherwise.</summary>
    public void Add(ScenarioResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        _tests++;
        _cases.WriteStartElement("testcase");
        _cases.WriteAttributeString("classname", "corpus");
        _cases.WriteAttributeString("name", r.Scenario.Id);
        if (r.Contested)
        {
            Skipped($"contested: experts split {ReportCells.ExpertLabels(r)}");
        }
        else if (!r.Correct)
        {
            var verdict = _judgeMiss(r);
            var miss = $"{r.Outcome}, panel says {r.Expected!.Value.ToSlug()}";
            if (verdict.Accepted)
            {
                Skipped($"{verdict.Note}: {miss}");
            }
            else
            {
                _failures++;
                _cases.WriteStartElement("failure");
                _cases.WriteAttributeString("message", verdict.Note.Length == 0 ? miss : $"{miss} ({verdict.Note})");
                var explanation = r.Advice is { } advice ? $"evidence: {AdviceText.Evidence(advice)}" : r.Outcome;
                _cases.WriteString($"{r.Scenario.Text}\nexperts: {ReportCells.ExpertLabels(r)}\n{explanation}");
                _cases.WriteEndElement();
            }
        }
        _cases.WriteEndElement();
    }

    private void Skipped(string message)
    {
        _skipped++;
        _cases.WriteStartElement("skipped");
        _cases.WriteAttributeString("message", message);
        _cases.WriteEndElement();
    }

    /// <summary>Writes the suite with its counts around the test cases and removes the part file.</summary>
    public void Complete()
    {
        _cases.Dispose();
        using (var output = new FileStream(_path, FileMode.Create))
        {
            var header = string.Create(CultureInfo.InvariantCulture,
                $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<testsuites>\n<testsuite name=\"eval-harness\" tests=\"{_tests}\" failures=\"{_failures}\" errors=\"0\" skipped=\"{_skipped}\">\n");
            output.Write(Encoding.UTF8.GetBytes(header));
            using (var cases = File.OpenRead(_partPath))
                cases.CopyTo(output);
            output.Write("\n</testsuite>\n</testsuites>\n"u8);
        }
        File.Delete(_partPath);
    }

    /// <summary>Closes the part file of an unfinished report.</summary>
    public void Dispose() => _cases.Dispose();
}
