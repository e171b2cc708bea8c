using Evaluate.Tests.Support;

namespace Evaluate.Tests.Docs;

/// <summary>The docs test's own parts on small docs written here: it must be able to fail.</summary>
public sealed class DocsCheckerTests
{
    private static MarkdownDoc Doc(string text) => MarkdownDoc.Parse("doc.md", text);

    [Test]
    public void Continuations_comments_exports_and_loops_split_into_classified_commands()
    {
        var doc = Doc("""
            Intro.

            ```bash
            # a comment line
            export OPENAI_API_KEY=…   # or openai:api_key_env=MY_VAR
            evaluate run --suite game24 \
              --strategy greedy --filter '*Search # not a comment*'   # a comment
            plan="--suite probes --limit 3"
            for i in 0 1; do evaluate run $plan --shard $i/2 --out s-$i & done; wait
            dotnet run -c Release --project tests/Evaluate.Benchmarks -- --filter '*Search*'
            ```
            """);
        var block = doc.Blocks.Single();
        var lines = ShellLine.Split(block);
        Assert.That(lines.Select(l => l.Line), Is.EqualTo(new[] { 5, 6, 8, 9, 10 }), "doc lines of the logical lines");
        Assert.That(lines[1].Commands.Single().Arguments, Is.EqualTo(new[] { "run", "--suite", "game24", "--strategy", "greedy", "--filter", "*Search # not a comment*" }));
        var commands = DocCommandClassifier.Classify(block, syntaxOnly: false);
        var shard = commands.Single(c => c.EvaluateWords is { } w && w.Contains("--shard"));
        Assert.That(shard.EvaluateWords, Is.EqualTo(new[] { "run", "--suite", "probes", "--limit", "3", "--shard", "0/2", "--out", "s-0" }), "variables expanded");
        Assert.That(commands.Single(c => c.Command.Program == "dotnet").Class, Is.EqualTo(DocCommandClass.SyntaxOnly));
        Assert.That(commands.Single(c => c.Command.Program == "dotnet").RepositoryPath, Is.EqualTo("tests/Evaluate.Benchmarks"));
        Assert.That(commands.Single(c => c.Command.Program == "wait").Class, Is.EqualTo(DocCommandClass.Run));
    }

    [TestCase("evaluate run --model openai --base-url http://127.0.0.1:8000/v1 --model-name m", DocCommandClass.SyntaxOnly)]
    [TestCase("evaluate run --model openai:token_field=max_completion_tokens --model-name m", DocCommandClass.SyntaxOnly)]
    [TestCase("evaluate datasets fetch --suite gsm8k", DocCommandClass.SyntaxOnly)]
    [TestCase("evaluate serve --model sim --port 8000", DocCommandClass.SyntaxOnly)]
    [TestCase("./run.sh test --fast", DocCommandClass.SyntaxOnly)]
    [TestCase("pip install onnxruntime-genai", DocCommandClass.SyntaxOnly)]
    [TestCase("evaluate datasets verify", DocCommandClass.Run)]
    [TestCase("./run.sh", DocCommandClass.Run)]
    [TestCase("evaluate run --model sim --suite probes --limit 2", DocCommandClass.Run)]
    public void Commands_are_run_unless_they_need_something_external(string command, DocCommandClass expected)
    {
        var block = Doc($"```bash\n{command}\n```\n").Blocks.Single();
        Assert.That(DocCommandClassifier.Classify(block, syntaxOnly: false).Single().Class, Is.EqualTo(expected));
    }

    [Test]
    public void An_unknown_command_fails_naming_the_doc_and_line()
    {
        var block = Doc("text\n\n```bash\nevaluate suites\nfrobnicate --now\n```\n").Blocks.Single();
        var error = Assert.Throws<UnclassifiedCommandException>(() => DocCommandClassifier.Classify(block, syntaxOnly: false));
        Assert.That(error!.Message, Does.StartWith("doc.md:5:").And.Contain("frobnicate"));
    }

    [Test]
    public void Markers_say_why_and_a_marker_without_a_reason_is_refused()
    {
        var doc = Doc("<!-- docs-test: syntax reason=\"measured\" -->\n```bash\nevaluate run --limit 100000\n```\n\n<!-- docs-test: file=in.jsonl -->\n```json\n{}\n```\n");
        Assert.That(doc.Blocks[0].Marker, Is.EqualTo(new DocsTestMarker(DocsTestKind.Syntax, "measured", "doc.md:1")));
        Assert.That(DocCommandClassifier.Classify(doc.Blocks[0], syntaxOnly: true).Single().Class, Is.EqualTo(DocCommandClass.SyntaxOnly));
        Assert.That(doc.Blocks[1].Marker, Is.EqualTo(new DocsTestMarker(DocsTestKind.File, "in.jsonl", "doc.md:6")));
        Assert.That(() => Doc("<!-- docs-test: skip -->\n```bash\nls\n```\n"), Throws.TypeOf<FormatException>().With.Message.Contains("doc.md:1").And.Message.Contains("reason"));
        Assert.That(() => Doc("<!-- docs-test: limit=3 -->\n```bash\nls\n```\n"), Throws.TypeOf<FormatException>().With.Message.Contains("doc.md:1"));
    }

    [Test]
    public void A_text_block_right_after_a_shell_block_is_its_output_and_regions_are_found()
    {
        var doc = Doc("```bash\nevaluate suites\n```\n\n```text\ngame24 1362\n```\n\nprose\n\n```text\nnot output\n```\n<!-- generated:x -->\nold\n<!-- /generated:x -->\nend");
        Assert.That(doc.Blocks[0].Output?.Lines, Is.EqualTo(new[] { "game24 1362" }));
        Assert.That(doc.Blocks[1].Output, Is.Null);
        Assert.That(doc.Regions.Single().Text, Is.EqualTo("old"));
        Assert.That(doc.WithRegion("x", "new\nlines"), Does.EndWith("<!-- generated:x -->\nnew\nlines\n<!-- /generated:x -->\nend"));
    }

    [Test]
    public void A_command_in_the_prose_with_an_unknown_verb_or_flag_is_reported()
    {
        var doc = Doc("Run `evaluate run --suite game24 --limt 3`, `evaluate report RUN_DIR… --out DIR`, `evaluate frobnicate` or `./run.sh test --fast`.");
        var words = doc.Inline.Select(InlineCommands.CliWords).ToList();
        Assert.That(words, Has.Count.EqualTo(4));
        Assert.That(InlineCommands.Problem(words[0]!), Does.Contain("--limt"));
        Assert.That(InlineCommands.Problem(words[1]!), Is.Null);
        Assert.That(InlineCommands.Problem(words[2]!), Does.Contain("frobnicate"));
        Assert.That(words[3], Is.Null, "run.sh's own verbs are not CLI verbs");
    }

    [Test]
    public void A_console_block_is_commands_after_a_prompt_and_their_output()
    {
        var block = Doc("```console\n$ evaluate run --suite game24 \\\n    --limit 2\ngame24 1362\n$ ls out\nsummary.json\n```\n").Blocks.Single();
        var lines = ShellLine.Split(block);
        Assert.That(lines.Select(l => (l.Line, l.Text)), Is.EqualTo(new[] { (2, "evaluate run --suite game24      --limit 2"), (5, "ls out") }));
        Assert.That(block.ShownOutput, Is.EqualTo(new[] { "game24 1362", "summary.json" }));
    }

    [Test]
    public void The_normaliser_hides_times_and_paths_but_not_figures()
    {
        var shown = OutputNormaliser.Normalise("wrote results/20261205-084847-default in 3.4 s  \naccuracy 0.52");
        Assert.That(OutputNormaliser.Normalise("wrote /tmp/w/results/20261205-091500-default in 12.0 s\naccuracy 0.52", "/tmp/w"), Is.EqualTo(shown));
        Assert.That(OutputNormaliser.Normalise("wrote results/20261205-091500-default in 12.0 s\naccuracy 0.53"), Is.Not.EqualTo(shown));
    }

    [Test, Category(TestCategories.Process)]
    public async Task A_doc_whose_shown_output_is_stale_fails_and_one_that_matches_passes()
    {
        var data = SharedDatasets.Require();
        static MarkdownDoc Suites(string shown) => Doc($"```bash\nevaluate suites --data DATASETS\n```\n\n```text\n{shown}\n```\n");
        // What the command prints now, as the doc test sees it (a doc may show it verbatim: normalising is idempotent).
        var now = (await new DocRun(Suites("placeholder"), data.Path).RunAsync()).Single().Actual!;
        var stale = now.Replace("1362", "1361", StringComparison.Ordinal);
        Assert.That(stale, Is.Not.EqualTo(now), "the suites list shows the Game of 24 count");
        static MarkdownDoc Transcript(string shown) => Doc($"```console\n$ evaluate suites --data DATASETS\n{shown}\n```\n");
        foreach (var (doc, matches) in new[] { (Suites(now), true), (Suites(stale), false), (Transcript(now), true), (Transcript(stale), false) })
        {
            var result = (await new DocRun(doc, data.Path).RunAsync()).Single();
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.OutputMatches, Is.EqualTo(matches), $"{result.Expected}\n---\n{result.Actual}");
        }
        var failing = Doc("```bash\nevaluate run --suite gsm9k\n```\n");
        var failed = (await new DocRun(failing, data.Path).RunAsync()).Single();
        Assert.That(failed.ExitCode, Is.EqualTo(2));
        Assert.That(failed.Error, Does.Contain("docs-test: a command failed (exit 2) at doc line 2"));
    }
}
