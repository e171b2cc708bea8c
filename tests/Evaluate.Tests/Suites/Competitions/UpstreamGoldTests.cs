using System.Globalization;
using System.Text.Json;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Catalog;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Suites.Competitions;

/// <summary>
/// Every problem of the six reasoning-model suites against the upstream files, read here independently of the loaders
/// (raw JSON and CSV parsing, a brace scan of our own for Minerva's last \boxed{}): count, id, statement and gold of
/// each loaded problem must be what the file says. Then each gold, stated as a model would (\boxed{gold}), must grade
/// correct under its suite's checker, since the simulated reasoner answers that way.
/// </summary>
public sealed class UpstreamGoldTests
{
    private static readonly ProblemSelection AllRows = new() { Split = "all" };

    private static string Root => SharedDatasets.Require().Path;

    private static IReadOnlyList<Problem> Load(string suite) => new SuiteCatalog(SharedDatasets.Require()).Create(suite).Load(AllRows);

    private static List<JsonElement> JsonLines(string relative) =>
        File.ReadLines(Path.Combine(Root, relative)).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Test]
    public void Aime24_has_30_problems_with_contest_ids_and_the_upstream_answers()
    {
        var rows = JsonLines("aime24/test.jsonl");
        var problems = Load("aime24");
        Assert.That(problems, Has.Count.EqualTo(30));
        Assert.That(rows, Has.Count.EqualTo(30));
        // The README: ids 60-74 are AIME 2024 I, 75-89 II, each in the order problem 1, 10-15, 2-9.
        int[] order = [1, 10, 11, 12, 13, 14, 15, 2, 3, 4, 5, 6, 7, 8, 9];
        for (var i = 0; i < rows.Count; i++)
        {
            var upstream = rows[i].GetProperty("id").GetInt32();
            var expectedId = $"2024-{(upstream < 75 ? "I" : "II")}-{order[(upstream - 60) % 15]}";
            var problem = problems.Single(p => p.Id == expectedId);
            Assert.That(problem.Gold, Is.EqualTo(rows[i].GetProperty("answer").GetString()), expectedId);
            Assert.That(problem.Text, Is.EqualTo(rows[i].GetProperty("problem").GetString()), expectedId);
        }
        Assert.That(problems.Single(p => p.Id == "2024-I-1").Gold, Is.EqualTo("204"), "AIME 2024 I problem 1 (Aya's walk)");
        Assert.That(problems.Single(p => p.Id == "2024-II-1").Gold, Is.EqualTo("073"));
    }

    [Test]
    public void Amc23_has_40_problems_with_the_upstream_ids_and_numeric_answers()
    {
        var rows = JsonLines("amc23/test.jsonl");
        var problems = Load("amc23");
        Assert.That(problems, Has.Count.EqualTo(40));
        Assert.That(problems.Select(p => p.Id), Is.EqualTo(rows.Select(r => r.GetProperty("id").GetRawText())));
        Assert.That(problems.Select(p => double.Parse(p.Gold, CultureInfo.InvariantCulture)),
            Is.EqualTo(rows.Select(r => r.GetProperty("answer").GetDouble())));
        Assert.That(problems.Select(p => p.Text), Is.EqualTo(rows.Select(r => r.GetProperty("problem").GetString())));
    }

    [TestCase("aime25", "aime_2025_I", "2025-I-", 15, 0)]
    [TestCase("aime25", "aime_2025_II", "2025-II-", 15, 15)]
    [TestCase("hmmt-feb-2025", "hmmt_feb_2025", "hmmt-feb-2025-", 30, 0)]
    public void MathArena_folders_give_one_problem_per_tex_file_with_its_answers_csv_answer(string suite, string folder, string prefix, int count, int offset)
    {
        var problems = Load(suite);
        Assert.That(problems, Has.Count.EqualTo(30));
        var answers = AnswersCsv(Path.Combine(Root, "matharena", folder, "answers.csv"));
        Assert.That(answers, Has.Count.EqualTo(count));
        for (var n = 1; n <= count; n++)
        {
            var problem = problems[offset + n - 1];
            Assert.That(problem.Id, Is.EqualTo(prefix + n));
            Assert.That(problem.Gold, Is.EqualTo(answers[n]), problem.Id);
            Assert.That(problem.Text, Is.EqualTo(File.ReadAllText(Path.Combine(Root, "matharena", folder, "problems", $"{n}.tex")).Trim()), problem.Id);
        }
    }

    [Test]
    public void OlympiadBench_has_675_problems_whose_gold_is_the_final_answer()
    {
        var rows = JsonLines("olympiadbench/test.jsonl");
        var problems = Load("olympiadbench");
        Assert.That(problems, Has.Count.EqualTo(675));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Assert.That(problems[i].Id, Is.EqualTo(row.GetProperty("id").GetRawText()));
            Assert.That(problems[i].Gold, Is.EqualTo(string.Join(",", row.GetProperty("final_answer").EnumerateArray().Select(a => a.GetString()))));
            Assert.That(problems[i].Text, Does.EndWith(row.GetProperty("question").GetString()!));
        }
        Assert.That(problems.Count(p => p.Meta.Level == "Tuple"), Is.EqualTo(rows.Count(r => r.GetProperty("answer_type").GetString() == "Tuple")));
    }

    [Test]
    public void Minerva_has_272_problems_whose_gold_is_the_last_box_of_the_solution()
    {
        var rows = JsonLines("minerva_math/test.jsonl");
        var problems = Load("minerva-math");
        Assert.That(problems, Has.Count.EqualTo(272));
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.That(problems[i].Id, Is.EqualTo(rows[i].GetProperty("idx").GetRawText()));
            // The box's content as written, less surrounding white space (one solution ends its box with a line break).
            Assert.That(problems[i].Gold, Is.EqualTo(LastBox(rows[i].GetProperty("solution").GetString()!).Trim()), problems[i].Id);
        }
        Assert.That(problems.Single(p => p.Id == "0").Gold, Is.EqualTo("1.6"));
    }

    [TestCase("aime24"), TestCase("aime25"), TestCase("amc23"), TestCase("hmmt-feb-2025"), TestCase("olympiadbench"), TestCase("minerva-math")]
    public void Every_gold_stated_in_a_box_grades_correct(string name)
    {
        var suite = new SuiteCatalog(SharedDatasets.Require()).Create(name);
        var problems = suite.Load(AllRows);
        var wrong = problems.Where(p => !suite.Checker.Grade(p, suite.Checker.Extract($"So the answer is $\\boxed{{{p.Gold}}}$.")).Correct)
            .Select(p => $"{p.Id}: {p.Gold}").ToList();
        Assert.That(wrong, Is.Empty);
    }

    /// <summary>id → answer of a MathArena answers.csv (header id,answer; answers may be double-quoted).</summary>
    private static Dictionary<int, string> AnswersCsv(string path)
    {
        var answers = new Dictionary<int, string>();
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Length > 0))
        {
            var comma = line.IndexOf(',');
            var value = line[(comma + 1)..];
            if (value.StartsWith('"')) value = value[1..^1].Replace("\"\"", "\"");
            answers.Add(int.Parse(line[..comma], CultureInfo.InvariantCulture), value);
        }
        return answers;
    }

    private static string LastBox(string solution)
    {
        var start = solution.LastIndexOf("\\boxed{", StringComparison.Ordinal) + "\\boxed{".Length;
        var depth = 1;
        for (var i = start; i < solution.Length; i++)
        {
            if (solution[i] == '{') depth++;
            else if (solution[i] == '}' && --depth == 0) return solution[start..i];
        }
        throw new AssertionException("unbalanced box");
    }
}
