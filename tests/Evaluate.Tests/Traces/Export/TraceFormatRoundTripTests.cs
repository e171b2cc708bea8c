using Evaluate.Core.Traces;
using Evaluate.Core.Traces.Export;

namespace Evaluate.Tests.Traces.Export;

/// <summary>
/// The replay check: every format's text of a trace parses back to the same tree — nodes with every field, the visit
/// order with its revisits, the solution and the final answer — for hand-made traces, for hundreds of random ones
/// with hostile step texts, and for their root-to-solution paths.
/// </summary>
public sealed class TraceFormatRoundTripTests
{
    private static IEnumerable<TestCaseData> Formats() => TraceFormats.All.Select(f => new TestCaseData(f.Name).SetName($"{{m}}({f.Name})"));

    private static void AssertReadsBack(ITraceFormat format, TraceTree tree, string what)
    {
        var text = format.Write(tree);
        TraceTree back;
        try { back = format.Read(text); }
        catch (TraceParseException e) { throw new AssertionException($"{what}: {e.Message}\n{text}"); }
        Assert.That(back.FirstDifference(tree), Is.Null, $"{what}:\n{text}");
    }

    [TestCaseSource(nameof(Formats))]
    public void Hand_made_traces_read_back_to_their_tree(string name)
    {
        var format = TraceFormats.Get(name);
        foreach (var trace in TraceSamples.HandMade())
        {
            AssertReadsBack(format, TraceTree.Of(trace), trace.Strategy);
            AssertReadsBack(format, TracePath.Of(TraceTree.Of(trace)) ?? TraceTree.Of(trace), trace.Strategy + " path");
        }
    }

    [TestCaseSource(nameof(Formats))]
    public void Random_traces_with_hostile_texts_read_back_to_their_tree(string name)
    {
        var format = TraceFormats.Get(name);
        var revisits = 0;
        for (var seed = 0; seed < 400; seed++)
        {
            var tree = TraceTree.Of(TraceSamples.Random(seed));
            revisits += tree.Visits.Count - tree.Visits.Distinct().Count();
            AssertReadsBack(format, tree, $"seed {seed}");
            if (TracePath.Of(tree) is { } path) AssertReadsBack(format, path, $"seed {seed} path");
        }
        Assert.That(revisits, Is.GreaterThan(100), "the generator must exercise revisits");
    }

    [TestCaseSource(nameof(Formats))]
    public void A_node_visited_before_its_parent_still_reads_back(string name)
    {
        var format = TraceFormats.Get(name);
        var trace = TraceSamples.Trace(
            [
                new TraceNode { Id = 0, Visits = 1, Expanded = true },
                new TraceNode { Id = 1, Parent = 0, Depth = 1, Step = "a", Visits = 2, Expanded = true },
                new TraceNode { Id = 2, Parent = 1, Depth = 2, Step = "b", Visits = 1, Terminal = true, Answer = "24", Correct = true },
                new TraceNode { Id = 3, Parent = 1, Depth = 2, Step = "c", Pruned = true },
            ],
            [2, 0, 1, 1], 2, "24", true);
        AssertReadsBack(format, TraceTree.Of(trace), "child first");
    }

    [Test]
    public void The_visit_order_and_the_answer_come_back_from_the_sos_text()
    {
        var trace = TraceSamples.Mcts();
        var back = new SosFormat().Read(new SosFormat().Write(TraceTree.Of(trace)));
        Assert.That(back.Visits, Is.EqualTo(new[] { 0, 1, 0, 2, 0, 1, 3, 0, 1, 3 }));
        Assert.That(back.Answer, Is.EqualTo("24"));
        Assert.That(back.Solution, Is.EqualTo(3));
        Assert.That(back.Nodes.Single(n => n.Id == 0).Visits, Is.EqualTo(6), "a visit count the order does not give is written out");
    }

    [Test]
    public void The_sos_text_marks_evaluations_backtracks_prunes_and_the_goal()
    {
        var text = new SosFormat().Write(TraceTree.Of(TraceSamples.DepthFirst()));
        var lines = text.Split('\n');
        Assert.That(lines[0], Is.EqualTo("Problem: 4 6 8 8"));
        Assert.That(lines, Does.Contain("Value #1: 0.1"));
        Assert.That(lines, Does.Contain("Prune #1"));
        Assert.That(lines, Does.Contain("Backtrack to #0"));
        Assert.That(lines, Does.Contain("Backtrack to #2"));
        Assert.That(lines, Does.Contain("Answer #4 (wrong): (8 + 8) + (6 - 4)"));
        Assert.That(lines[^2], Is.EqualTo("Goal #8"));
        Assert.That(lines[^1], Is.EqualTo("Correct. Answer: 8 + (6 - 4) * 8"));
    }

    [Test]
    public void The_meta_cot_text_reasons_with_wait_and_another_branch_and_ends_in_the_answer()
    {
        var text = new MetaCotFormat().Write(TraceTree.Of(TraceSamples.DepthFirst()));
        Assert.That(text, Does.Contain("Wait, let me try another branch: back to #2."));
        Assert.That(text, Does.Contain("Wait, this fails: #4 gives a wrong answer: (8 + 8) + (6 - 4)"));
        Assert.That(text.Split('\n')[^1], Is.EqualTo("This checks out. Answer: 8 + (6 - 4) * 8"));
        var checker = new Evaluate.Suites.Game24.Game24AnswerChecker();
        Assert.That(checker.Extract(text), Is.EqualTo("8 + (6 - 4) * 8"), "the suite's checker reads the final answer of a meta-cot text");
    }

    [TestCaseSource(nameof(Formats))]
    public void A_step_that_forges_markers_stays_one_step(string name)
    {
        var format = TraceFormats.Get(name);
        foreach (var hostile in TraceSamples.HostileSteps)
        {
            var trace = TraceSamples.Trace(
                [new TraceNode { Id = 0, Visits = 1, Expanded = true }, new TraceNode { Id = 1, Parent = 0, Depth = 1, Step = hostile, Visits = 1, Terminal = true, Answer = hostile, Correct = false }],
                [0, 1], 1, hostile, false, problem: hostile);
            var text = format.Write(TraceTree.Of(trace));
            var back = format.Read(text);
            Assert.That(back.Nodes[1].Step, Is.EqualTo(hostile));
            Assert.That(back.Answer, Is.EqualTo(hostile));
            Assert.That(back.Problem, Is.EqualTo(hostile));
            Assert.That(back.Nodes, Has.Count.EqualTo(2), $"'{hostile}' made a node");
            if (format is TraceLineFormat) Assert.That(text.Split('\n'), Has.Length.EqualTo(TraceLinearisation.Events(TraceTree.Of(trace)).Count), "one line per event");
        }
    }

    [TestCase("sos", "Goal #8", "Goal #8\nGoal #8", "a second goal")]
    [TestCase("sos", "Backtrack to #2\nVisit #5", "Visit #5", "a backtrack removed")]
    [TestCase("sos", "Prune #1\n", "Prune #1\nGoal #1\n", "a forged goal line")]
    [TestCase("sos", "Visit #3 (child of #2, depth 2): 8 + 8", "Visit #3 (child of #2, depth 2): 8 \\q 8", "an unknown escape")]
    [TestCase("meta-cot", "Wait, let me try another branch: back to #2.\n", "", "a backtrack removed")]
    [TestCase("meta-cot", "So the solution is #8.", "So the solution is #99.", "a goal naming no node")]
    public void A_text_that_is_not_the_trace_written_is_refused(string name, string find, string replace, string what)
    {
        var format = TraceFormats.Get(name);
        var text = format.Write(TraceTree.Of(TraceSamples.DepthFirst()));
        Assert.That(text, Does.Contain(find), "the test edits a line the text has");
        var forged = text.Replace(find, replace, StringComparison.Ordinal);
        var refusal = Assert.Throws<TraceParseException>(() => format.Read(forged), what)!;
        Assert.That(refusal.Line, Is.GreaterThan(0));
    }

    [Test]
    public void The_phrases_of_each_line_format_never_match_one_line_twice()
    {
        foreach (var format in TraceFormats.All.OfType<TraceLineFormat>())
        foreach (var phrase in TracePhrase.All)
        {
            var shape = TracePhrase.Shape(phrase);
            foreach (var text in TraceSamples.HostileSteps.Append("Goal #1").Append(""))
            {
                var e = shape with { Id = 3, Parent = shape.Parent is null ? null : 1, Depth = 2, Count = 4, Value = 0.5, Text = shape.Text is null ? null : text };
                if (shape.Kind is TraceEventKind.Visit or TraceEventKind.Generated) e = e with { Text = shape.Text is null ? text == "" ? "x" : text : "" };
                if (shape.Kind is TraceEventKind.Answer or TraceEventKind.Final && shape.Text is not null) e = e with { Text = text };
                if (shape.Kind == TraceEventKind.Problem) e = e with { Text = text };
                Assert.That(TracePhrase.Of(e), Is.EqualTo(phrase), $"{format.Name}: {phrase} with '{text}'");
                // Parsing a one-line text goes through the phrase matcher; a line that matched two phrases would be refused as such.
                var line = format.Line(e);
                Assert.DoesNotThrow(() => MatchOnly(format, line), $"{format.Name}: {phrase}: {line}");
            }
        }
    }

    /// <summary>Reads a text whose only line is <paramref name="line"/>: fails on the line itself only when it matches no or two phrases.</summary>
    private static void MatchOnly(TraceLineFormat format, string line)
    {
        try { format.Read(line); }
        catch (TraceParseException e) when (!e.Message.Contains("two phrases", StringComparison.Ordinal) && !e.Message.Contains("not a line of", StringComparison.Ordinal)) { }
    }

    [Test]
    public void Escaping_is_exact_and_refuses_unknown_escapes()
    {
        foreach (var text in TraceSamples.HostileSteps)
        {
            var escaped = TraceText.Escape(text);
            Assert.That(escaped, Does.Not.Contain('\n').And.Not.Contain('\r'));
            Assert.That(TraceText.Unescape(escaped), Is.EqualTo(text));
        }
        Assert.That(TraceText.Unescape("a\\tb"), Is.Null);
        Assert.That(TraceText.Unescape("ends in \\"), Is.Null);
    }
}
