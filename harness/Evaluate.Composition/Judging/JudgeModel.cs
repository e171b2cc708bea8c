using Evaluate.Adapters.Cache;
using Evaluate.Adapters.OpenAI;
using Evaluate.Core.Components;
using Evaluate.Core.Grading.Judging;
using Evaluate.Core.Models;
using Evaluate.Core.Plans;

namespace Evaluate.Composition.Judging;

/// <summary>
/// Builds the grading judge a plan names (<see cref="JudgePlanKeys"/>): any model adapter, behind the response cache when
/// the plan has one (a rerun asks the judge nothing it answered before). The evaluated model's endpoint keys
/// (--base-url, --model-name) are not the judge's: an openai judge takes its endpoint from its own spec
/// (<c>openai:base_url=URL,model=NAME</c>) or OPENAI_BASE_URL.
/// </summary>
public static class JudgeModel
{
    /// <summary>The judge's spec checked (before anything runs); null when the plan has no judge.</summary>
    public static ComponentSpec? Spec(RunPlan plan, Registries registries)
    {
        if (JudgePlanKeys.Judge.Get(plan) is not { } text || string.IsNullOrWhiteSpace(text)) return null;
        var spec = ComponentSpec.Parse(text);
        registries.Models.Validate(spec);
        return spec;
    }

    public static IModelAdapter Create(ComponentSpec spec, RunPlan plan, Registries registries, ComponentContext context, ResponseCache? cache)
    {
        var own = OpenAiPlanKeys.BaseUrls.Set(OpenAiPlanKeys.BaseUrl.Set(OpenAiPlanKeys.ModelName.Set(plan, null), null), null);
        var model = registries.Models.Create(spec, context with { Plan = own });
        return cache is null ? model : new CachingModel(model, cache);
    }

    /// <summary>The cascade stage for a plan's judge.</summary>
    public static JudgeStage Stage(IModelAdapter judge, RunPlan plan) => new(judge, JudgePlanKeys.JudgeAudit.Get(plan) ?? 0);
}
