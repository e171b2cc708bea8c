using Evaluate.Adapters.Cache;
using Evaluate.Core;
using Evaluate.Core.Components;
using Evaluate.Core.Grading.Reasking;
using Evaluate.Core.Models;
using Evaluate.Core.Plans;

namespace Evaluate.Composition;

/// <summary>
/// The run's re-ask settings from its plan: null unless <c>reask</c> is on; with <c>reask_model</c>, that model built
/// like the run's own (same services, same response cache), else each cell's own model answers. Recorded answers
/// (replay) cannot answer a question they were never asked, so a replay that re-asks needs a re-ask model.
/// </summary>
public static class ReaskModel
{
    public static ReaskSettings? Create(RunPlan plan, Registries registries, ComponentContext context, ResponseCache? cache, bool recordedAnswers)
    {
        if (plan.Reask != true) return null;
        if (plan.ReaskModel is not { } text)
        {
            if (recordedAnswers)
                throw new UsageException("reask (--reask) on recorded responses needs a model to answer the re-asks: give reask_model (--reask-model), e.g. --reask-model sim");
            return new ReaskSettings();
        }
        var spec = registries.ParseModel(text);
        if (registries.RecordedAnswers.Any(r => r.Model == spec.Name))
            throw new UsageException($"reask_model (--reask-model) '{text}': recorded responses cannot answer a re-ask; name a live model");
        registries.Models.Validate(spec);
        var model = registries.Models.Create(spec, context);
        return new ReaskSettings(cache is null ? model : new CachingModel(model, cache));
    }

    /// <summary>Releases a separate re-ask model (the cells' models are released with the cells).</summary>
    public static async Task DisposeAsync(ReaskSettings? settings)
    {
        if (settings?.Model is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        else if (settings?.Model is IDisposable disposable) disposable.Dispose();
    }
}
