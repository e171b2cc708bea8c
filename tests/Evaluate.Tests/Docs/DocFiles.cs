using Evaluate.Tests.Support;

namespace Evaluate.Tests.Docs;

/// <summary>The docs the docs test reads: README.md and every docs/*.md, parsed.</summary>
public static class DocFiles
{
    public static IEnumerable<string> Files() =>
        new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(SharedDatasets.RepositoryRoot, "docs"), "*.md")
            .Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal));

    public static MarkdownDoc Load(string file) =>
        MarkdownDoc.Parse(file, File.ReadAllText(Path.Combine(SharedDatasets.RepositoryRoot, file)));

    public static IEnumerable<MarkdownDoc> All() => Files().Select(Load);

    /// <summary>Every command of every shell block, classified (a marked `syntax` block's `evaluate` commands are syntax-only).</summary>
    public static IEnumerable<DocCommand> Commands(MarkdownDoc doc) =>
        doc.Blocks.Where(b => b.IsShell && b.Marker?.Kind != DocsTestKind.Skip)
            .SelectMany(b => DocCommandClassifier.Classify(b, syntaxOnly: b.Marker?.Kind == DocsTestKind.Syntax));
}
