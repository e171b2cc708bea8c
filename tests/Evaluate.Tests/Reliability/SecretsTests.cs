using Evaluate.Core.Models;
using Evaluate.Tests.Adapters;
using Evaluate.Tests.Support;

namespace Evaluate.Tests.Reliability;

/// <summary>Secrets never reach results or messages: a key echoed in an error body (whole or straddling the cut) and a
/// password in the base URL are found in no output file.</summary>
[Category(TestCategories.Http)]
public sealed class SecretsTests
{
    [TestCase(0, "whole")]      // the key whole, early in the body
    [TestCase(480, "whole")]    // the key straddling the 500-character cut of the error message
    [TestCase(497, "whole")]
    [TestCase(0, "upper")]      // echoed upper-cased (issue 20: "SK-…" was not redacted)
    [TestCase(0, "masked")]     // echoed as its first and last pieces around an ellipsis
    public async Task No_output_file_holds_an_echoed_key_or_a_url_password(int padding, string form)
    {
        var keyVariable = "EVALUATE_TEST_SECRET_" + Guid.NewGuid().ToString("N");
        var key = "sk-live-" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(keyVariable, key);
        try
        {
            var echoed = form switch { "upper" => key.ToUpperInvariant(), "masked" => key[..16] + "…" + key[^12..], _ => key };
            var echo = new string('x', padding) + $" Incorrect API key provided: {echoed}. Please check it.";
            await using var server = await ScriptedOpenAiServer.StartAsync((_, i) => i % 2 == 0
                ? new ScriptedReply(400, new System.Text.Json.Nodes.JsonObject { ["error"] = new System.Text.Json.Nodes.JsonObject { ["message"] = echo } }.ToJsonString())
                : ScriptedReply.Ok(WireResponses.Chat("4")));
            var password = "pw-" + Guid.NewGuid().ToString("N");
            var url = server.BaseUrl.Replace("http://", $"http://user:{password}@", StringComparison.Ordinal);
            var work = TestRuns.NewDirectory();
            var (code, output, error) = await InProcessCli.RunAsync("run", "--model", $"openai:api_key_env={keyVariable}", "--base-url", url,
                "--model-name", "m", "--suite", "probes", "--limit", "6", "--concurrency", "1", "--max-errors", "100%", "--out", work);
            Assert.That(code, Is.EqualTo(4), error);
            Assert.That(File.ReadAllText(Path.Combine(work, "problems.jsonl")), Does.Contain("returned HTTP 400"), "the error itself is kept");
            foreach (var file in Directory.GetFiles(work).Append("(console)"))
            {
                var text = file == "(console)" ? output + error : File.ReadAllText(file);
                Assert.That(text, Does.Not.Contain(key[..12]).And.Not.Contain(key[^12..]), $"{file}: no piece of the key");
                Assert.That(text.ToUpperInvariant(), Does.Not.Contain(key[8..20].ToUpperInvariant()).And.Not.Contain(key[^12..].ToUpperInvariant()),
                    $"{file}: no piece of the key in any letter case");
                Assert.That(text, Does.Not.Contain(password), $"{file}: no URL password");
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable(keyVariable, null);
        }
    }

    [Test]
    public async Task A_key_in_the_base_url_query_string_gets_a_warning_and_is_not_recorded()
    {
        await using var server = await ScriptedOpenAiServer.StartAsync((_, _) => ScriptedReply.Ok(WireResponses.Chat("4")));
        var work = TestRuns.NewDirectory();
        var (code, output, error) = await InProcessCli.RunAsync("run", "--model", "openai", "--base-url", server.BaseUrl + "?api_key=sk-query-secret",
            "--model-name", "m", "--suite", "probes", "--limit", "2", "--out", work);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("warning: --base-url carries what looks like a key"));
        foreach (var file in Directory.GetFiles(work))
            Assert.That(File.ReadAllText(file), Does.Not.Contain("sk-query-secret"), file);
    }

    [TestCase("http://user:secret@host:8000/v1", "http://host:8000/v1")]
    [TestCase("https://api.example.com/v1?api_key=sk-123&x=1", "https://api.example.com/v1?api_key=[redacted]&x=[redacted]")]
    [TestCase("http://127.0.0.1:8000/v1", "http://127.0.0.1:8000/v1")]
    public void Safe_urls_drop_user_info_and_query_values(string url, string safe)
    {
        Assert.That(EndpointUrl.Safe(url), Is.EqualTo(safe));
        Assert.That(EndpointUrl.Safe(url), Does.Not.Contain("secret").And.Not.Contain("sk-123"));
    }

    [Test]
    public void A_key_in_the_query_string_is_recognised_for_a_warning()
    {
        Assert.That(EndpointUrl.HasQuerySecret("https://h/v1?api_key=abc"), Is.True);
        Assert.That(EndpointUrl.HasQuerySecret("https://h/v1?version=2"), Is.False);
    }
}
