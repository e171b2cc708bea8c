using Evaluate.Adapters.Simulated;
using Evaluate.Core.Suites;
using Evaluate.Suites.Catalog;

namespace Evaluate.Cli.Composition;

/// <summary>Gives the simulated reasoner every problem of every suite whose data is present, so it can recognise them.</summary>
public static class KnownProblemsLoader
{
    public static KnownProblems Load(SuiteCatalog catalog, IEnumerable<ISuite>? extraSuites = null)
    {
        var known = new List<KnownProblem>();
        var seen = new HashSet<string>();
        foreach (var suite in SuiteCatalog.BuiltInNames.Where(catalog.IsAvailable).Select(catalog.Create).Concat(extraSuites ?? []))
        {
            if (!seen.Add(suite.Name)) continue;
            known.AddRange(suite.Load(new ProblemSelection { Split = "all" }).Select(p => new KnownProblem(suite.Name, p)));
        }
        return new KnownProblems(known);
    }
}
