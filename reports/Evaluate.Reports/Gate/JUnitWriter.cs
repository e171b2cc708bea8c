using System.Globalization;
using System.Xml.Linq;

namespace Evaluate.Reports.Gate;

/// <summary>
/// The gate's verdict as JUnit XML: one test suite per cell, one test case per rule, a &lt;failure&gt; whose message
/// names the metric, delta, p-value and flipped problem ids, and &lt;skipped/&gt; for rules that did not apply. XLinq
/// escapes every value, so model names and ids cannot break the XML; characters XML 1.0 forbids are dropped. The gate's
/// correction, α and family size are &lt;properties&gt; of the root; each test case's raw and adjusted p, test, MDE and
/// power status are &lt;properties&gt; of the case.
/// </summary>
public static class JUnitWriter
{
    public static XDocument Build(GateVerdict verdict)
    {
        var suites = new XElement("testsuites",
            new XAttribute("name", "evaluate gate"),
            new XAttribute("tests", verdict.Checks.Count),
            new XAttribute("failures", verdict.Checks.Count(c => c.Outcome == GateOutcome.Fail)),
            Properties(("correction", verdict.CorrectionName), ("alpha", Number(verdict.Alpha)), ("family_size", verdict.FamilySize.ToString(CultureInfo.InvariantCulture)),
                ("underpowered", verdict.Underpowered.Count.ToString(CultureInfo.InvariantCulture))));
        foreach (var cell in verdict.Checks.GroupBy(c => c.Cell))
        {
            var suite = new XElement("testsuite",
                new XAttribute("name", Clean(cell.Key)),
                new XAttribute("tests", cell.Count()),
                new XAttribute("failures", cell.Count(c => c.Outcome == GateOutcome.Fail)),
                new XAttribute("skipped", cell.Count(c => c.Outcome == GateOutcome.Skipped)));
            foreach (var check in cell)
            {
                var testCase = new XElement("testcase", new XAttribute("classname", Clean(check.Cell)), new XAttribute("name", Clean(check.Rule)));
                if (check.Test is not null)
                    testCase.Add(Properties(("test", check.Test), ("p_value", Number(check.PValue)), ("adjusted_p_value", Number(check.AdjustedPValue)),
                        ("alpha", Number(check.Alpha)), ("mde", Number(check.Mde)), ("tolerance", Number(check.Tolerance)),
                        ("underpowered", check.Underpowered ? "true" : "false")));
                if (check.Outcome == GateOutcome.Fail)
                    testCase.Add(new XElement("failure", new XAttribute("message", Clean(check.Message)), new XAttribute("type", "regression"), Clean(check.Message)));
                else if (check.Outcome == GateOutcome.Skipped)
                    testCase.Add(new XElement("skipped", new XAttribute("message", Clean(check.Message))));
                else
                    testCase.Add(new XElement("system-out", Clean(check.Message)));
                suite.Add(testCase);
            }
            suites.Add(suite);
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), suites);
    }

    public static void Write(GateVerdict verdict, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        // XDocument.Save writes a UTF-8 BOM by default; some CI JUnit readers choke on it before the XML declaration.
        var settings = new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true };
        Evaluate.Core.Files.OutputFile.Write(path, stream =>
        {
            using var writer = System.Xml.XmlWriter.Create(stream, settings);
            Build(verdict).Save(writer);
        });
    }

    private static XElement Properties(params (string Name, string? Value)[] properties) =>
        new("properties", properties.Where(p => p.Value is not null)
            .Select(p => new XElement("property", new XAttribute("name", p.Name), new XAttribute("value", Clean(p.Value!)))));

    private static string? Number(double? value) => value is { } v && !double.IsNaN(v) ? v.ToString("R", CultureInfo.InvariantCulture) : null;

    private static string Clean(string text) => new(text.Where(System.Xml.XmlConvert.IsXmlChar).ToArray());
}
