using Evaluate.Adapters.Onnx.Models;
using Evaluate.Adapters.Onnx.Rewards;

namespace Evaluate.Onnx.Tests.Models;

/// <summary>The parameter lists are what the CLI registers and prints: every parameter the factories accept is listed, with help.</summary>
public sealed class ParameterListTests
{
    [Test]
    public void Every_listed_parameter_has_help_and_the_path_is_the_only_required_one()
    {
        foreach (var parameter in OnnxModelAdapter.Parameters.Concat(OnnxRewardModel.Parameters))
        {
            Assert.That(parameter.Help, Is.Not.Empty, parameter.Name);
            Assert.That(parameter.Default is null, Is.EqualTo(parameter.Name is "path" or "step_token" or "step_tag" or "good" or "bad"), parameter.Name);
        }
        Assert.That(OnnxModelAdapter.Parameters.Select(p => p.Name), Is.Unique.And.Contains("intra_threads").And.Contains("kv_cache"));
        Assert.That(OnnxRewardModel.Parameters.Select(p => p.Name), Is.Unique.And.Contains("kind").And.Contains("step_token"));
    }
}
