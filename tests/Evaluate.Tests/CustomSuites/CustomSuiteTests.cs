using Evaluate.Core.Problems;
using Evaluate.Core.Suites;
using Evaluate.Suites.Catalog;
using Evaluate.Suites.Custom;
using Evaluate.Tests.Support;
using Parquet.Serialization;

namespace Evaluate.Tests.CustomSuites;

public sealed class CustomSuiteTests
{
    private static readonly SuiteCatalog Catalog = new(TestRuns.NoData);

    private static string ExampleYaml => Path.Combine(SharedDatasets.RepositoryRoot, "suites", "examples", "arithmetic-words.yaml");

    [Test]
    public void The_example_suite_loads_its_twenty_problems()
    {
        var suite = Catalog.Create(ExampleYaml);
        var problems = suite.Load(ProblemSelection.All);
        Assert.That(suite.Name, Is.EqualTo("arithmetic-words"));
        Assert.That(problems, Has.Count.EqualTo(20));
        Assert.That(problems.Select(p => p.Id).Distinct().Count(), Is.EqualTo(20));
        Assert.That(problems[0].Id, Is.EqualTo("aw-01"));
        Assert.That(problems[0].Gold, Is.EqualTo("27"));
        Assert.That(problems[0].Meta, Is.EqualTo(new ProblemMeta("easy", "multiplication", 0.1, IsEasy: true)));
        Assert.That(suite.DataFiles.Single().File, Is.EqualTo("arithmetic-words.jsonl"), "no machine path in results");
        var prompt = suite.RenderPrompt(problems[0]).Single().Content;
        Assert.That(prompt, Does.EndWith("Question: " + problems[0].Text + "\n").And.Contain("#### N"));
        Assert.That(suite.Load(new ProblemSelection { MinDifficulty = 0.7 }).Select(p => p.Meta.Level).Distinct(), Is.EqualTo(new[] { "hard" }));
    }

    [Test]
    public void Csv_with_quoted_commas_and_line_breaks_and_no_id_column_uses_row_numbers()
    {
        var path = SuiteFiles.Write(SuiteFiles.Yaml("data.csv"), "data.csv",
            "question,answer\n\"What is 2+2, exactly?\",4\n\"Two\nlines, \"\"quoted\"\"\",\"1,000\"\n");
        var problems = Catalog.Create(path).Load(ProblemSelection.All);
        Assert.That(problems.Select(p => p.Id), Is.EqualTo(new[] { "0", "1" }));
        Assert.That(problems[1].Text, Is.EqualTo("Two\nlines, \"quoted\""));
        Assert.That(problems[1].Gold, Is.EqualTo("1,000"));
    }

    public sealed class ParquetRow
    {
        public string? Key { get; set; }
        public string? Question { get; set; }
        public int Answer { get; set; }
        public double Rating { get; set; }
    }

    [Test]
    public async Task Parquet_sources_load_with_a_numeric_difficulty_range()
    {
        var folder = TestRuns.NewDirectory();
        Directory.CreateDirectory(folder);
        await ParquetSerializer.SerializeAsync(new[]
        {
            new ParquetRow { Key = "p1", Question = "What is 6 times 7?", Answer = 42, Rating = 1 },
            new ParquetRow { Key = "p2", Question = "What is 10 minus 3?", Answer = 7, Rating = 10 },
        }, Path.Combine(folder, "data.parquet"));
        var yaml = Path.Combine(folder, "suite.yaml");
        File.WriteAllText(yaml, SuiteFiles.Yaml("data.parquet", fields: "  id: Key\n  problem: Question\n  answer: Answer\n", extra: "difficulty:\n  field: Rating\n  min: 1\n  max: 10\n"));
        var problems = Catalog.Create(yaml).Load(ProblemSelection.All);
        Assert.That(problems.Select(p => (p.Id, p.Text, p.Gold, p.Meta.Difficulty)),
            Is.EqualTo(new[] { ("p1", "What is 6 times 7?", "42", 0.0), ("p2", "What is 10 minus 3?", "7", 1.0) }));
        Assert.That(problems[0].Meta.IsEasy, Is.True);
    }

    [TestCase("name: x\nsource: d.jsonl\nfields:\n  problem: q\n  answer: a\nprompt: \"{problem}\"\ngrdaer: math\n", 7, "grdaer", "did you mean 'grader'")]
    [TestCase("name: x\nsource: d.jsonl\nfields:\n  problem: q\n  answer: a\nprompt: \"Q: {question}\"\n", 6, "prompt", "unknown placeholder '{question}'")]
    [TestCase("name: x\nsource: d.jsonl\nfields:\n  problem: q\n  answer: a\nprompt: \"Q\"\n", 6, "prompt", "must contain {problem}")]
    [TestCase("name: x\nsource: d.jsonl\nfields:\n  problem: q\n  answer: a\nprompt: \"{problem}\"\ngrader: regex\n", 7, "grader", "unknown grader 'regex'")]
    [TestCase("name: x\nsource: d.jsonl\nfields:\n  problem: q\n  anwser: a\nprompt: \"{problem}\"\n", 5, "fields.anwser", "unknown key")]
    [TestCase("name: x\nsource: missing.jsonl\nfields:\n  problem: q\n  answer: a\nprompt: \"{problem}\"\n", 2, "source", "not found")]
    [TestCase("name: gsm8k\nsource: d.jsonl\nfields:\n  problem: q\n  answer: a\nprompt: \"{problem}\"\n", 1, "name", "built-in")]
    [TestCase("name: x\nsource: d.jsonl\nfields:\n  problem: q\n  answer: a\nprompt: \"{problem}\"\nextract: loose\n", 7, "extract", "'strict' or 'flexible'")]
    public void Suite_file_errors_name_file_line_and_key(string yaml, int line, string key, string message)
    {
        var path = SuiteFiles.Write(yaml, "d.jsonl", "{\"q\": \"1+1\", \"a\": \"2\"}\n");
        var error = Assert.Throws<DatasetFormatException>(() => Catalog.Create(path));
        Assert.That(error!.File, Is.EqualTo(path));
        Assert.That(error.Line, Is.EqualTo(line));
        Assert.That(error.Field, Is.EqualTo(key));
        Assert.That(error.Message, Does.Contain(message));
    }

    [TestCase("{\"question\": \"a\", \"answer\": \"1\"}\n\n{\"question\": \"b\"}\n", 3, "answer", "missing")]
    [TestCase("{\"question\": \"a\", \"answer\": \"1\"}\nnot json\n", 2, "(line)", "not valid JSON")]
    public void Data_errors_name_the_data_file_line_and_field(string data, int line, string field, string message)
    {
        var path = SuiteFiles.Write(SuiteFiles.Yaml("data.jsonl"), "data.jsonl", data);
        var error = Assert.Throws<DatasetFormatException>(() => Catalog.Create(path).Load(ProblemSelection.All));
        Assert.That((error!.Line, error.Field), Is.EqualTo((line, field)));
        Assert.That(error.Message, Does.Contain("data.jsonl").And.Contain(message));
    }

    [Test]
    public void Duplicate_ids_and_ragged_csv_rows_are_errors()
    {
        var duplicate = SuiteFiles.Write(SuiteFiles.Yaml("d.csv", fields: "  id: id\n  problem: q\n  answer: a\n"), "d.csv", "id,q,a\nx,1+1,2\nx,2+2,4\n");
        Assert.That(() => Catalog.Create(duplicate).Load(ProblemSelection.All),
            Throws.TypeOf<DatasetFormatException>().With.Message.Contains("d.csv:3").And.Message.Contains("'x' already used on line 2"));
        var ragged = SuiteFiles.Write(SuiteFiles.Yaml("d.csv", fields: "  problem: q\n  answer: a\n"), "d.csv", "q,a\n1+1,2,extra\n");
        Assert.That(() => Catalog.Create(ragged).Load(ProblemSelection.All),
            Throws.TypeOf<DatasetFormatException>().With.Message.Contains("d.csv:2").And.Message.Contains("3 fields, the header has 2"));
    }

    [Test]
    public void A_game24_custom_suite_grades_expressions_against_the_puzzle()
    {
        var path = SuiteFiles.Write(SuiteFiles.Yaml("p.csv", grader: "game24", fields: "  problem: puzzle\n"), "p.csv", "puzzle\n4 5 6 10\n1 1 1 1\n");
        var suite = Catalog.Create(path);
        var problems = suite.Load(ProblemSelection.All);
        Assert.That(problems[0].Gold, Is.EqualTo("24"));
        var verdict = suite.Checker.Grade(problems[0], suite.Checker.Extract("Answer: (5 * (10 - 6)) + 4 = 24"));
        Assert.That(verdict.Correct, Is.True);
        Assert.That(suite.Checker.Grade(problems[0], suite.Checker.Extract("Answer: 4 * 6 = 24")).Correct, Is.False);
    }

    [Test]
    public void A_template_substitutes_plainly_and_keeps_escaped_braces()
    {
        var template = new PromptTemplate("{{literal}} {id}: {problem}");
        Assert.That(template.Render(new Dictionary<string, string?> { ["id"] = "7", ["problem"] = "{id} stays" }), Is.EqualTo("{literal} 7: {id} stays"));
    }
}
