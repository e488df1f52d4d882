using System.Globalization;
using System.Text;
using System.Xml;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes a JUnit XML report as results arrive: one test case per scenario, failed on a classifier-vs-panel disagreement, skipped when contested.</summary>
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
    private int _tests, _failures, _skipped;

    /// <summary>Starts the report at <paramref name="path"/>.</summary>
    public JUnitXmlWriter(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _path = path;
        _partPath = path + ".part";
        _cases = XmlWriter.Create(_partPath, Settings);
    }

    /// <summary>Writes one scenario's test case.</summary>
    public void Add(ScenarioResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        _tests++;
        _cases.WriteStartElement("testcase");
        _cases.WriteAttributeString("classname", "corpus");
        _cases.WriteAttributeString("name", r.Scenario.Id);
        if (r.Contested)
        {
            _skipped++;
            _cases.WriteStartElement("skipped");
            _cases.WriteAttributeString("message", $"contested: experts split {ReportCells.ExpertLabels(r)}");
            _cases.WriteEndElement();
        }
        else if (!r.Correct)
        {
            _failures++;
            _cases.WriteStartElement("failure");
            _cases.WriteAttributeString("message", $"{r.Outcome}, panel says {r.Expected!.Value.ToSlug()}");
            var explanation = r.Advice is { } advice ? $"evidence: {AdviceText.Evidence(advice)}" : r.Outcome;
            _cases.WriteString($"{r.Scenario.Text}\nexperts: {ReportCells.ExpertLabels(r)}\n{explanation}");
            _cases.WriteEndElement();
        }
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
