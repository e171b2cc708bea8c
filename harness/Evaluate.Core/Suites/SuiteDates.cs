namespace Evaluate.Core.Suites;

/// <summary>A suite's date through any wrappers (a protocol's prompt suffix, a replay), or null for an undated suite.</summary>
public static class SuiteDates
{
    public static SuiteDate? Of(ISuite suite) => suite switch
    {
        IDatedSuite dated => dated.Date,
        IWrapsSuite wrapper => Of(wrapper.Inner),
        _ => null,
    };
}
