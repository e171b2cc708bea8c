namespace Evaluate.Core.Suites;

/// <summary>What a suite's date is: the day its problems were first set, or the day the collection was published.</summary>
public enum SuiteDateKind
{
    /// <summary>The competition took place then (AIME 2025 I: 2025-02-06): its problems were public from that day.</summary>
    Competition,

    /// <summary>The dataset was published then (OlympiadBench: 2024-02); its problems may be older.</summary>
    Publication,
}

/// <summary>When a suite's problems became public (see <see cref="IDatedSuite"/>).</summary>
public sealed record SuiteDate(PartialDate Date, SuiteDateKind Kind)
{
    public static SuiteDate Competition(int year, int month, int? day = null) => new(new PartialDate(year, month, day), SuiteDateKind.Competition);

    public static SuiteDate Publication(int year, int month) => new(new PartialDate(year, month, null), SuiteDateKind.Publication);

    /// <summary>As `suites` shows it: the date, or "published" and the date for a publication date.</summary>
    public string Label => Kind == SuiteDateKind.Publication ? $"published {Date}" : Date.ToString();
}

/// <summary>
/// A suite whose problems have a date (a competition's day, or a dataset's publication): a model released after it
/// may have seen them in training (see <see cref="Contamination"/>). Suites without one do not implement this.
/// </summary>
public interface IDatedSuite
{
    SuiteDate Date { get; }
}
