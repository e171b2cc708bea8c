using System.Diagnostics;
using System.Text.Json.Nodes;
using Evaluate.Adapters.Serving;
using Evaluate.Tests.Adapters;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reliability;

/// <summary>
/// The official OpenAI Node client (npm package <c>openai</c>, installed by <c>npm ci</c> in tests/Evaluate.Tests/NodeClient,
/// which .ci/run does) streams from `serve` and receives the same text as a plain call.
/// </summary>
[Category(TestCategories.Process), Category(TestCategories.Http)]
public sealed class OfficialClientTests
{
    private static string Folder => Path.Combine(SharedDatasets.RepositoryRoot, "tests", "Evaluate.Tests", "NodeClient");

    [Test]
    public async Task The_official_node_client_streams_the_same_text_as_a_plain_call()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "openai")))
        {
            const string missing = "the OpenAI Node client is not installed: run `npm ci --prefix tests/Evaluate.Tests/NodeClient`";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) Assert.Fail(missing);
            Assert.Ignore(missing);
        }
        await using var server = new OpenAiCompatibleServer();
        var url = await server.StartAsync(new DeterministicFakeModel(), servedModelName: "sim");
        var info = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("client.mjs");
        info.ArgumentList.Add(url);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.That(process.ExitCode, Is.EqualTo(0), await error);

        var result = JsonNode.Parse(await output)!;
        var plain = result["plain"]!.GetValue<string>();
        Assert.That(plain, Is.Not.Empty);
        Assert.That(result["streamed"]!.GetValue<string>(), Is.EqualTo(plain));
        Assert.That(result["finish"]!.GetValue<string>(), Is.EqualTo("stop"));
        Assert.That(result["usage"]!["completion_tokens"]!.GetValue<int>(), Is.EqualTo(result["plainUsage"]!["completion_tokens"]!.GetValue<int>()));
    }
}
