using Evaluate.Core.Components;
using Evaluate.Core.Models;
using Evaluate.Core.Problems;
using Evaluate.Core.Suites;

namespace Evaluate.Adapters.Replay;

/// <summary>A replay file as recorded answers: its records are the problems, its model and strategy read them.</summary>
public sealed class ReplayRecordedAnswers(ReplayFile file) : IRecordedAnswers
{
    public ReplayFile File { get; } = file;

    public ISuite Over(ISuite suite) => new ReplaySuite(suite, File);

    public ComponentServices Provide(ComponentServices services, IReadOnlyList<(ISuite Suite, IReadOnlyList<Problem> Problems)> suites, ITokenCounter tokens) =>
        services.With(File).With(new ReplayModel(File, suites, tokens));
}
