using Evaluate.Tests.Support;

namespace Evaluate.Tests.Docs;

/// <summary>
/// Docs that run (issue 20): every command block in README.md and docs/*.md is run against `sim` and test data with
/// its shown output checked, or (when it needs a model server, the network, a cluster or a full test run, or is a
/// measured benchmark) has its syntax checked against the CLI, or sits in a generated region that must equal what
/// its generator writes now. How to mark blocks and regenerate regions: docs/extending.md, "Docs that run".
/// </summary>
public sealed class DocsTests
{
    private static readonly HashSet<string> KnownLanguages = ["bash", "sh", "shell", "console", "text", "json", "yaml", "csharp"];

    [Test]
    public void Every_fenced_block_names_a_language_the_docs_test_knows()
    {
        var blocks = DocFiles.All().SelectMany(d => d.Blocks).ToList();
        Assert.That(blocks, Has.Count.GreaterThan(20), "the parser finds the docs' blocks");
        Assert.Multiple(() =>
        {
            foreach (var block in blocks)
                Assert.That(KnownLanguages, Does.Contain(block.Language),
                    $"{block.Where}: tag the block (```bash for commands, ```text for output or listings, ```json, ```yaml, ```csharp)");
        });
    }

    [Test]
    public void Every_command_in_the_docs_is_run_or_syntax_checked()
    {
        var commands = new List<DocCommand>();
        var unknown = new List<string>();
        foreach (var doc in DocFiles.All())
        {
            try
            {
                commands.AddRange(DocFiles.Commands(doc));
            }
            catch (UnclassifiedCommandException e)
            {
                unknown.Add(e.Message);
            }
        }
        Assert.That(unknown, Is.Empty, string.Join("\n", unknown));
        var run = commands.Where(c => c.Class == DocCommandClass.Run && c.EvaluateWords is not null).ToList();
        Assert.That(run, Has.Count.GreaterThanOrEqualTo(10), "most documented evaluate commands run in the test");
        Assert.That(commands.Where(c => c.Class == DocCommandClass.SyntaxOnly), Is.Not.Empty);
    }

    [Test]
    public async Task Every_documented_evaluate_command_uses_a_verb_and_flags_the_cli_accepts()
    {
        var checkedCommands = 0;
        foreach (var command in DocFiles.All().SelectMany(DocFiles.Commands))
        {
            if (command.EvaluateWords is { Length: > 0 } words)
            {
                await AcceptedCommands.AssertAcceptedAsync(words, $"{command.Where} ({command.Why})");
                checkedCommands++;
            }
            if (command.RepositoryPath is { } path)
                Assert.That(File.Exists(Path.Combine(SharedDatasets.RepositoryRoot, path)) || Directory.Exists(Path.Combine(SharedDatasets.RepositoryRoot, path)),
                    $"{command.Where}: {path} does not exist in the repository");
        }
        Assert.That(checkedCommands, Is.GreaterThanOrEqualTo(20));
    }

    [Test]
    public void Every_evaluate_command_in_the_prose_names_a_verb_and_flags_the_cli_accepts()
    {
        var spans = DocFiles.All().SelectMany(d => d.Inline).Select(c => (Code: c, Words: InlineCommands.CliWords(c))).Where(x => x.Words is not null).ToList();
        Assert.That(spans, Has.Count.GreaterThanOrEqualTo(10), "the parser finds the commands written in the prose");
        Assert.Multiple(() =>
        {
            foreach (var (code, words) in spans)
                Assert.That(InlineCommands.Problem(words!), Is.Null, $"{code.Where}: `{code.Text}`");
        });
    }

    [Test]
    public void Data_blocks_given_to_commands_parse()
    {
        foreach (var block in DocFiles.All().SelectMany(d => d.Blocks).Where(b => b.Language == "json"))
            foreach (var (line, i) in block.Lines.Select((l, i) => (l, i)).Where(x => x.l.Trim().Length > 0))
                Assert.DoesNotThrow(() => System.Text.Json.JsonDocument.Parse(line).Dispose(), $"{block.File}:{block.Line + 1 + i}: not a JSON line");
    }

    public static IEnumerable<TestCaseData> DocsWithCommands() =>
        DocFiles.All().Where(d => d.Blocks.Any(b => b.IsShell)).Select(d => new TestCaseData(d.File).SetArgDisplayNames(d.File));

    [TestCaseSource(nameof(DocsWithCommands)), Category(TestCategories.Process)]
    public async Task Documented_commands_run_and_print_what_the_doc_shows(string file)
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("the docs' command blocks are bash: they run on Linux and macOS");
        var data = SharedDatasets.Require();
        var run = new DocRun(DocFiles.Load(file), data.Path);
        var results = await run.RunAsync();
        Assert.Multiple(() =>
        {
            foreach (var result in results)
            {
                Assert.That(result.ExitCode, Is.Zero, $"{result.Block.Where}: the block's commands failed (exit {result.ExitCode}):\n{result.Error}");
                if (result.Expected is not null)
                    Assert.That(result.Actual, Is.EqualTo(result.Expected),
                        $"{result.Block.ShownOutputWhere}: the output the doc shows is not what `{ShellLine.Split(result.Block).Last().Text}` prints now (normalised: {string.Join(", ", OutputNormaliser.Rules.Select(r => r.Kind))})");
            }
        });
    }

    public static IEnumerable<TestCaseData> Regions() =>
        DocFiles.All().SelectMany(d => d.Regions).Select(r => new TestCaseData(r.File, r.Name).SetArgDisplayNames(r.File, r.Name));

    [TestCaseSource(nameof(Regions))]
    public async Task Generated_region_is_what_its_generator_writes_now(string file, string name)
    {
        Assert.That(DocGenerators.All.TryGetValue(name, out var generator), Is.True, $"{file}: no generator is named '{name}' (DocGenerators.All)");
        var now = await generator!.GenerateAsync();
        var doc = DocFiles.Load(file);
        var shown = doc.Regions.Single(r => r.Name == name).Text;
        if (Environment.GetEnvironmentVariable("EVALUATE_DOCS_REGENERATE") == "1" && shown != now)
        {
            await File.WriteAllTextAsync(Path.Combine(SharedDatasets.RepositoryRoot, file), doc.WithRegion(name, now));
            Assert.Pass($"{file}: region '{name}' rewritten");
        }
        Assert.That(shown, Is.EqualTo(now), $"{file}: the generated region '{name}' is stale: run `./run.sh docs-gen` and review the diff");
    }
}
