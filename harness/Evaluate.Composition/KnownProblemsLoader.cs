using Evaluate.Adapters.Simulated;
using Evaluate.Core.Suites;
using Evaluate.Suites.Catalog;

namespace Evaluate.Composition;

/// <summary>
/// For `serve`, where any prompt may come: gives the simulated reasoner every problem of every built-in suite whose
/// data is present, so it can recognise them.
/// </summary>
public static class KnownProblemsLoader
{
    public static KnownProblems Load(SuiteCatalog catalog) => new(
        catalog.Registry.Names.Where(catalog.IsAvailable).Select(catalog.Create)
            .SelectMany(suite => suite.Load(new ProblemSelection { Split = "all" }).Select(p => new KnownProblem(suite.Name, p, suite.AnswerForm))));
}
