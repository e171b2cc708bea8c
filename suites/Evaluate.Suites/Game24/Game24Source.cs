using Evaluate.Core.Puzzles.Game24;
using Evaluate.Suites.Downloads;

namespace Evaluate.Suites.Game24;

/// <summary>The pinned upstream file behind the Game of 24 (Tree of Thoughts) suite (listed in <see cref="DatasetSources"/>).</summary>
public static class Game24Source
{
    public static DatasetSource Source { get; } = new("game24", "game24/24.csv",
        "https://raw.githubusercontent.com/princeton-nlp/tree-of-thought-llm/ab400345c5ea39d28ea6d7d3be0e417b11113c87/src/tot/data/24/24.csv",
        "b9f12b3e36d987a3c714c4cef17d89a137d7c59da26532fcfb93b4821d8111b5");
}
