using System.CommandLine;
using Evaluate.Suites.Data;
using Evaluate.Suites.Downloads;

namespace Evaluate.Cli.Commands;

/// <summary>
/// `evaluate datasets list|fetch|verify`: download the suites' files from their pinned upstream URLs (or a mirror)
/// into the data directory, checking SHA-256. Exit code 2 when anything is missing, mismatching or unreachable.
/// </summary>
public static class DatasetsCommand
{
    public static Command Create()
    {
        var command = new Command("datasets", "List, download and verify dataset files (pinned upstream URLs, SHA-256 checked)");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Fetch());
        command.Subcommands.Add(Verify());
        return command;
    }

    private static Option<string?> DataOption() => new("--data") { Description = "Dataset directory (default: $EVALUATE_DATA, else the user cache)" };

    private static Option<string[]> SuiteOption() => new("--suite")
    {
        Description = "Only these suites (repeatable; default: every non-optional one; 'math' is optional)",
        AllowMultipleArgumentsPerToken = false,
    };

    private static Command List()
    {
        var data = DataOption();
        var command = new Command("list", "Show every downloadable file, its upstream URL and its state here") { data };
        command.SetAction(parse =>
        {
            var directory = DataDirectory.Resolve(parse.GetValue(data));
            using var http = new HttpClient();
            var fetcher = new DatasetFetcher(http, directory, null, false, parse.InvocationConfiguration.Output);
            parse.InvocationConfiguration.Output.WriteLine($"data: {directory.Path} ({directory.Origin})");
            foreach (var source in DatasetSources.All)
            {
                var pinned = source.Sha256 is null ? "unpinned" : "pinned";
                parse.InvocationConfiguration.Output.WriteLine($"{source.Suite,-10} {source.RelativePath,-28} {fetcher.Verify(source),-9} {pinned,-9}{(source.Optional ? " optional" : "")}");
                parse.InvocationConfiguration.Output.WriteLine($"           {source.UpstreamUrl}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Fetch()
    {
        var data = DataOption();
        var suites = SuiteOption();
        var mirror = new Option<string?>("--mirror") { Description = "Base URL replacing upstream: files are read from <mirror>/<relative path>, e.g. <mirror>/gsm8k/test.jsonl" };
        var allowUnpinned = new Option<bool>("--allow-unpinned") { Description = "Accept a source without a pinned SHA-256 and record the hash of this first download (trust on first use)" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds per file (default 300)", DefaultValueFactory = _ => 300 };
        var command = new Command("fetch", "Download missing or invalid files into the data directory") { data, suites, mirror, allowUnpinned, timeout };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var directory = DataDirectory.Resolve(parse.GetValue(data));
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)) };
            var fetcher = new DatasetFetcher(http, directory, MirrorUri(parse.GetValue(mirror)), parse.GetValue(allowUnpinned), parse.InvocationConfiguration.Output);
            parse.InvocationConfiguration.Output.WriteLine($"data: {directory.Path} ({directory.Origin})");
            var failures = 0;
            foreach (var source in DatasetSources.Select(parse.GetValue(suites) ?? []))
            {
                try
                {
                    var downloaded = await fetcher.FetchAsync(source, cancellationToken).ConfigureAwait(false);
                    parse.InvocationConfiguration.Output.WriteLine($"{source.RelativePath}: {(downloaded ? "downloaded and verified" : "present and valid")}");
                }
                catch (DatasetDownloadException e)
                {
                    // One bad file does not stop the others; the exit code still says something failed.
                    parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                    failures++;
                }
            }
            return failures == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }

    private static Command Verify()
    {
        var data = DataOption();
        var suites = SuiteOption();
        var command = new Command("verify", "Check the SHA-256 of the files present; exit 2 when one is missing or does not match") { data, suites };
        command.SetAction(parse =>
        {
            var directory = DataDirectory.Resolve(parse.GetValue(data));
            using var http = new HttpClient();
            var fetcher = new DatasetFetcher(http, directory, null, false, parse.InvocationConfiguration.Output);
            parse.InvocationConfiguration.Output.WriteLine($"data: {directory.Path} ({directory.Origin})");
            var bad = 0;
            foreach (var source in DatasetSources.Select(parse.GetValue(suites) ?? []))
            {
                var state = fetcher.Verify(source);
                var note = state switch
                {
                    DatasetState.Valid => "ok",
                    DatasetState.Missing => "missing (run 'evaluate datasets fetch')",
                    DatasetState.Mismatch => "SHA-256 MISMATCH: do not use; 'evaluate datasets fetch' replaces it",
                    _ => $"present but no pinned or recorded SHA-256 (fetch with --allow-unpinned records one)",
                };
                if (state != DatasetState.Valid) bad++;
                (state == DatasetState.Valid ? parse.InvocationConfiguration.Output : parse.InvocationConfiguration.Error).WriteLine($"{source.RelativePath}: {note}");
            }
            return bad == 0 ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return command;
    }

    private static Uri? MirrorUri(string? mirror)
    {
        if (string.IsNullOrWhiteSpace(mirror)) return null;
        // A trailing slash makes <mirror>/<relative path> resolve below the mirror's path rather than beside it.
        var text = mirror.EndsWith('/') ? mirror : mirror + "/";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new Evaluate.Core.UsageException($"--mirror must be an absolute http(s) URL, got '{mirror}'");
        return uri;
    }
}
