using System.Globalization;
using System.Xml;
using EvalHarness.Corpus;
using EvalHarness.Evaluation;

namespace EvalHarness.Reports;

/// <summary>Writes a JUnit XML report: one test case per scenario, failed on a classifier-vs-panel disagreement, skipped when contested.</summary>
public static class JUnitXmlWriter
{
    /// <summary>Writes the report of a run to a file.</summary>
    public static void Write(string path, EvaluationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new System.Text.UTF8Encoding(false) };
        using var xml = XmlWriter.Create(path, settings);
        var failures = run.Results.Count(r => !r.Contested && !r.Correct);
        var skipped = run.Results.Count(r => r.Contested);
        xml.WriteStartElement("testsuites");
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "eval-harness");
        xml.WriteAttributeString("tests", Count(run.Results.Count));
        xml.WriteAttributeString("failures", Count(failures));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", Count(skipped));
        foreach (var r in run.Results)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", "corpus");
            xml.WriteAttributeString("name", r.Scenario.Id);
            if (r.Contested)
            {
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", $"contested: experts split {ResultsCsvWriter.ExpertLabels(r)}");
                xml.WriteEndElement();
            }
            else if (!r.Correct)
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", $"predicted {r.Predicted.ToSlug()}, panel says {r.Expected!.Value.ToSlug()}");
                xml.WriteString($"{r.Scenario.Text}\nexperts: {ResultsCsvWriter.ExpertLabels(r)}\nevidence: {AdviceText.Evidence(r.Advice)}");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
