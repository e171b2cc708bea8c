using System.Formats.Tar;
using Evaluate.Suites.Downloads;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Datasets;

public sealed class SafeTarExtractorTests
{
    [TestCase("../outside.txt")]
    [TestCase("MATH/../../outside.txt")]
    [TestCase("/etc/outside.txt")]
    [TestCase("C:/outside.txt")]
    public void Refuses_entries_that_leave_the_target(string name)
    {
        var archive = MathArchive.Build([("MATH/ok.txt", "fine"), (name, "bad")]);
        var target = Path.Combine(TestRuns.NewDirectory(), "target");
        var error = Assert.Throws<DatasetDownloadException>(() => SafeTarExtractor.Extract(new MemoryStream(archive), target, ArchiveLimits.Default));
        Assert.That(error!.Message, Does.Contain(name));
        Assert.That(File.Exists(Path.Combine(target, "..", "outside.txt")), Is.False);
    }

    [TestCase(TarEntryType.SymbolicLink)]
    [TestCase(TarEntryType.HardLink)]
    public void Refuses_links(TarEntryType type)
    {
        var archive = MathArchive.Build([], writer => writer.WriteEntry(new PaxTarEntry(type, "MATH/link") { LinkName = "/etc/passwd" }));
        var error = Assert.Throws<DatasetDownloadException>(() => SafeTarExtractor.Extract(new MemoryStream(archive), TestRuns.NewDirectory(), ArchiveLimits.Default));
        Assert.That(error!.Message, Does.Contain("MATH/link").And.Contain(type.ToString()));
    }

    [Test]
    public void Caps_entry_count_and_total_size()
    {
        var archive = MathArchive.Build(Enumerable.Range(0, 5).Select(i => ($"f{i}.txt", new string('x', 100))));
        Assert.Throws<DatasetDownloadException>(() => SafeTarExtractor.Extract(new MemoryStream(archive), TestRuns.NewDirectory(), new ArchiveLimits(MaxEntries: 4)));
        Assert.Throws<DatasetDownloadException>(() => SafeTarExtractor.Extract(new MemoryStream(archive), TestRuns.NewDirectory(), new ArchiveLimits(MaxTotalBytes: 450)));
        Assert.That(SafeTarExtractor.Extract(new MemoryStream(archive), TestRuns.NewDirectory(), ArchiveLimits.Default), Is.EqualTo(5));
    }

    [Test]
    public void Strips_the_archive_prefix()
    {
        var target = TestRuns.NewDirectory();
        SafeTarExtractor.Extract(new MemoryStream(MathArchive.TwoProblems()), target, ArchiveLimits.Default, "MATH/");
        Assert.That(File.Exists(Path.Combine(target, "test", "algebra", "10.json")), Is.True);
    }
}
