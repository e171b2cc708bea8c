namespace Evaluate.Core.Grading.Judging;

/// <summary>The compute one problem's judge calls spent (answered calls; the cache's hits count as calls, as for models).</summary>
public sealed class JudgeTally
{
    public int Calls { get; private set; }
    public long PromptTokens { get; private set; }
    public long CompletionTokens { get; private set; }
    public int CacheHits { get; private set; }

    public void Add(Models.GenerationResult result)
    {
        Calls += result.Calls;
        if (result.FromCache) CacheHits++;
        foreach (var completion in result.Completions)
        {
            PromptTokens += completion.Usage.PromptTokens;
            CompletionTokens += completion.Usage.CompletionTokens;
        }
    }
}
