using System.Text.Json;
using Evaluate.Composition;
using Evaluate.Core.Running;
using Evaluate.Core.Strategies;
using Evaluate.Core.Suites;
using Evaluate.Tests.Strategies;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reliability;

/// <summary>
/// A checker that throws has a bug. It is neither swallowed into a normal-looking result nor allowed to end a long
/// run: the run counts it (<c>internal_errors</c> on the sample and problem records) and says so.
/// </summary>
public sealed class InternalErrorTests
{
    /// <summary>Sample i (seed 100 + i) answers letters[i].</summary>
    private static ScriptedModel Letters(string letters) =>
        new((_, seed) => $"Work.\nAnswer: {letters[(int)(seed - 100) % letters.Length]}");

    private static async Task<(List<SampleRecord> Samples, ProblemRecord Problem, string SampleLines, string ProblemLines)> RunAsync(string site, IStrategy strategy)
    {
        var suite = new ThrowingSuite(site);
        var directory = TestRuns.NewDirectory();
        var runner = new EvaluationRunner(new RunSettings { RunName = "test", OutputDirectory = directory, Seed = 100, Concurrency = 1 });
        await runner.RunAsync([new RunCell(Letters("AABA"), suite, [ThrowingSuite.Problem], strategy)], CancellationToken.None);
        return (ResultFiles.ReadLines<SampleRecord>(runner.Files.Samples).ToList(), ResultFiles.ReadLines<ProblemRecord>(runner.Files.Problems).Single(),
            File.ReadAllText(runner.Files.Samples), File.ReadAllText(runner.Files.Problems));
    }

    [TestCase("extract")]
    [TestCase("grade")]
    [TestCase("equivalent")]
    public async Task A_throwing_checker_is_counted_on_the_sample_it_grades_and_on_the_problem(string site)
    {
        var (samples, problem, lines, _) = await RunAsync(site, new SampleStrategy(4, 0.8));
        Assert.That(samples, Has.Count.EqualTo(4));
        Assert.That(problem.Error, Is.Null, "a checker bug is not a failed model call");
        var b = samples[2];
        Assert.That(b.InternalErrors, Is.GreaterThanOrEqualTo(1), "sample 2 answered B");
        Assert.That(b.InternalErrorDetails![0], Is.EqualTo(new InternalError(site, "InvalidOperationException", $"bug in {site}")));
        Assert.That(samples.Where(s => s.SampleIndex != 2).Sum(s => s.InternalErrors), Is.Zero, "only B's grading met the bug");
        Assert.That(problem.InternalErrors, Is.EqualTo(samples.Sum(s => s.InternalErrors)), "no strategy here asks the checker");
        Assert.That(lines, Does.Contain("\"internal_errors\":").And.Contain("\"internal_error_details\":[{\"site\":\"" + site + "\",\"type\":\"InvalidOperationException\",\"message\":\"bug in " + site + "\"}"));
    }

    [Test]
    public async Task A_checker_that_throws_while_a_strategy_votes_is_counted_on_the_problem()
    {
        // Majority voting builds vote classes (AnswerClasses) from the strategy's checker before the grader runs.
        var (samples, problem, _, problemLines) = await RunAsync("equivalent", new MajorityStrategy(4, 0.8));
        var graded = samples.Sum(s => s.InternalErrors);
        Assert.That(graded, Is.GreaterThanOrEqualTo(1));
        Assert.That(problem.InternalErrors, Is.GreaterThan(graded), "the vote's own throws are counted on the problem");
        Assert.That(problem.SelectedIndex, Is.EqualTo(0), "the vote still ran: A holds three of four");
        Assert.That(problemLines, Does.Contain("\"internal_errors\":" + problem.InternalErrors));
    }

    [Test]
    public async Task A_run_without_internal_errors_writes_no_such_field()
    {
        var (samples, problem, sampleLines, problemLines) = await RunAsync("none", new MajorityStrategy(4, 0.8));
        Assert.That(samples.Sum(s => s.InternalErrors) + problem.InternalErrors, Is.Zero);
        Assert.That(sampleLines + problemLines, Does.Not.Contain("internal_error"));
    }

    [Test]
    public void Vote_classes_let_an_unguarded_checker_throw()
    {
        // AnswerClasses no longer catches: only a guarded checker (what SolveContext.Checker gives) turns a throw into a count.
        var checker = new ThrowingSuite.BuggyChecker("equivalent");
        Assert.Throws<InvalidOperationException>(() => AnswerClasses.Of(ThrowingSuite.Problem, checker, ["Answer: A", "Answer: B"]));
        var log = new InternalErrorLog();
        var classes = AnswerClasses.Of(ThrowingSuite.Problem, new GuardedChecker(checker, log), ["Answer: A", "Answer: B", "Answer: A"]);
        Assert.That(classes, Is.EqualTo(new[] { 0, 1, 0 }));
        Assert.That(log.Count, Is.EqualTo(1), "B against A (the second A joins class 0 before meeting B)");
    }

    [Test]
    public void A_guarded_checker_answers_as_one_that_found_nothing_and_keeps_the_count()
    {
        var log = new InternalErrorLog();
        var guarded = new GuardedChecker(new ThrowingSuite.BuggyChecker("grade"), log);
        Assert.That(guarded.Grade(ThrowingSuite.Problem, "B"), Is.EqualTo(new Evaluate.Core.Suites.Verdict(false, "grader-error: InvalidOperationException")));
        Assert.That(guarded.Grade(ThrowingSuite.Problem, "A").Correct, Is.True);
        Assert.That(log.Since(0), Is.EqualTo(new[] { new InternalError("grade", "InvalidOperationException", "bug in grade") }));
    }

    [Test]
    public void A_guarded_checker_keeps_the_suites_answer_declarations()
    {
        var math = new Evaluate.Suites.Grading.MathAnswerChecker();
        var guarded = new GuardedChecker(math, new InternalErrorLog());
        Assert.That((guarded.Cues, guarded.RoundAnswers), Is.EqualTo((math.Cues, math.RoundAnswers)));
        var game24 = new Evaluate.Suites.Game24.Game24AnswerChecker();
        Assert.That(new GuardedChecker(game24, new InternalErrorLog()).Cues, Is.EqualTo(game24.Cues));
    }

    [Test]
    public void Out_of_memory_is_never_counted_as_a_checker_bug()
    {
        var guarded = new GuardedChecker(new OutOfMemoryChecker(), new InternalErrorLog());
        Assert.Throws<OutOfMemoryException>(() => guarded.Extract("x"));
    }

    [Test]
    public void The_warning_counts_every_internal_error_and_asks_for_a_report()
    {
        var detail = new InternalError("grade", "InvalidOperationException", "bug\nin grade");
        ProblemRecord Record(string id, int errors) => new()
        {
            Run = "r", Model = "m", Suite = "s", Strategy = "greedy", ProblemId = id, Samples = 1, Score = 0,
            InternalErrors = errors, InternalErrorDetails = errors == 0 ? null : [detail],
        };
        var output = new StringWriter();
        InternalErrorWarning.Write([Record("p0", 0), Record("p1", 2), Record("p2", 1)], output);
        var text = output.ToString();
        Assert.That(text.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line, the message's line break included");
        Assert.That(text, Does.StartWith("warning: 3 internal error(s) (first: grade on s/p1: InvalidOperationException: bug in grade)").And.Contain("please report"));

        var quiet = new StringWriter();
        InternalErrorWarning.Write([Record("p0", 0)], quiet);
        Assert.That(quiet.ToString(), Is.Empty);
    }

    [Test]
    public void Records_read_back_the_shape_they_were_written_with()
    {
        var line = "{\"run\":\"r\",\"model\":\"m\",\"suite\":\"s\",\"strategy\":\"g\",\"problem_id\":\"p\",\"samples\":0,\"score\":0,"
            + "\"internal_errors\":4,\"internal_error_details\":[{\"site\":\"extract\",\"type\":\"FormatException\",\"message\":\"m\"}]}";
        var record = JsonSerializer.Deserialize<ProblemRecord>(line, ResultJson.Lines)!;
        Assert.That((record.InternalErrors, record.InternalErrorDetails!.Single()), Is.EqualTo((4, new InternalError("extract", "FormatException", "m"))));
    }

    [Test]
    public async Task A_cli_run_whose_checker_throws_finishes_counts_and_warns()
    {
        var registries = Registries.CreateDefault();
        registries.Suites.Register(new("throwing", "a suite whose grader throws", [], (_, _) => new ThrowingSuite("grade", trigger: null)));
        var output = Path.Combine(TestRuns.NewDirectory(), "throwing");
        var (code, text, error) = await InProcessCli.RunAsync(registries, "run", "--suite", "throwing", "--model", "sim", "--strategy", "sample:n=3", "--out", output);
        Assert.That(code, Is.Zero, error);
        var samples = ResultFiles.ReadLines<SampleRecord>(new ResultFiles(output).Samples).ToList();
        Assert.That(samples, Has.Count.EqualTo(3));
        Assert.That(samples.Select(s => s.InternalErrors), Is.All.GreaterThanOrEqualTo(1), "every sample's grading threw");
        Assert.That(text, Does.Contain("warning: ").And.Contain("internal error(s) (first: grade on throwing/p1: InvalidOperationException: bug in grade)"));

        // The cell's internal_errors metric is the sum over its problem records, and the headline tables show it.
        var problems = ResultFiles.ReadLines<ProblemRecord>(new ResultFiles(output).Problems).ToList();
        var cell = Evaluate.Core.Results.RunDirectory.Open(output).ReadSummary().Results.Single();
        Assert.That(Evaluate.Core.Metrics.MetricValue.Number(cell.Metrics, "internal_errors"), Is.EqualTo(problems.Sum(p => p.InternalErrors)).And.GreaterThan(0));
        Assert.That(text, Does.Contain("internal errors"), "the terminal table has the column");
        Assert.That(File.ReadAllText(Path.Combine(output, "summary.md")), Does.Contain("internal errors"));
    }

    private sealed class OutOfMemoryChecker : IAnswerChecker
    {
        public string? Extract(string response) => throw new OutOfMemoryException();
        public Evaluate.Core.Suites.Verdict Grade(Evaluate.Core.Problems.Problem problem, string? extracted) => throw new OutOfMemoryException();
        public bool Equivalent(Evaluate.Core.Problems.Problem problem, string a, string b) => throw new OutOfMemoryException();
    }
}
