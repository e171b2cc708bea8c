#!/usr/bin/env pwsh
# Evaluate's front door. With no arguments: the main job (evals/default.yaml on the embedded simulated reasoner),
# ending with its report.html (path printed last).
#   run.ps1 test [--fast]   runs the test suite (the README's test command); --fast leaves out the process, HTTP and
#                           browser categories (under 30 s)
#   run.ps1 bench [args]    runs the BenchmarkDotNet kernels (--short: one dry pass of each, the CI smoke test)
#   run.ps1 bench-e2e [args] measures the whole harness against same-run references (loopback server ceiling, JSON
#                           read+write, …); --short is the CI pass, --responses N sizes the replay (default 1M)
#   run.ps1 docs-gen        rewrites the docs' generated regions (<!-- generated:NAME -->) from what their commands
#                           give now, then checks them (docs/extending.md, "Docs that run"); review the diff
#   run.ps1 <verb> <args…>  forwards to the evaluate CLI, e.g. run.ps1 run --suite gsm8k --data ../datasets, or
#                           run.ps1 gate --baseline DIR --candidate DIR [--rules FILE] [--junit FILE] (exit 1: regression)
# Called by run.sh / run.cmd (which restore the local tools first), or directly as `pwsh run.ps1` or, after
# `dotnet tool restore`, `dotnet pwsh run.ps1`.
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$cli = Join-Path $root 'harness/Evaluate.Cli/Evaluate.Cli.csproj'
$verbs = @($args)
# run.sh and run.cmd start PowerShell in the repository (where the local tool is found); paths in the arguments are
# the caller's, so work from the caller's directory.
if ($env:EVALUATE_CALLER_DIR) { Set-Location $env:EVALUATE_CALLER_DIR }

$mainJob = $verbs.Count -eq 0
if ($mainJob) {
    $verbs = @('run', '--plan', (Join-Path $root 'evals/default.yaml'), '--report')
}

# Builds the CLI only when a source file is newer than the built binary, then runs the binary: `dotnet run` spent
# about 1.5 s on its build check on every call (issue 12).
function Invoke-Cli([string[]] $arguments) {
    $dll = Join-Path $root 'harness/Evaluate.Cli/bin/Release/net10.0/evaluate.dll'
    $built = if (Test-Path $dll) { (Get-Item $dll).LastWriteTimeUtc } else { [datetime]::MinValue }
    $stale = Get-ChildItem -Path (@('harness', 'adapters', 'suites', 'reports') | ForEach-Object { Join-Path $root $_ }) -Recurse -File -Include '*.cs', '*.csproj', '*.props', '*.yaml', '*.json' |
        Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' -and $_.LastWriteTimeUtc -gt $built } | Select-Object -First 1
    if ((Get-Item (Join-Path $root 'Directory.Build.props')).LastWriteTimeUtc -gt $built) { $stale = $true }
    if ($stale -or -not (Test-Path $dll)) {
        dotnet build $cli -c Release --nologo -v quiet | Out-Host
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
    dotnet $dll @arguments
}

switch ($verbs[0]) {
    'test' {
        $rest = @($verbs | Select-Object -Skip 1)
        if ($rest -contains '--fast') {
            $rest = @($rest | Where-Object { $_ -ne '--fast' }) + @('--filter', 'TestCategory!=Process&TestCategory!=Http&TestCategory!=Browser')
        }
        dotnet test (Join-Path $root 'Evaluate.sln') -c Release @rest
        exit $LASTEXITCODE
    }
    'bench' {
        $rest = @($verbs | Select-Object -Skip 1)
        if ($rest -contains '--short') {
            $rest = @($rest | Where-Object { $_ -ne '--short' }) + @('--job', 'Dry')
        }
        dotnet run -c Release --project (Join-Path $root 'tests/Evaluate.Benchmarks/Evaluate.Benchmarks.csproj') -- @rest
        exit $LASTEXITCODE
    }
    'docs-gen' {
        $env:EVALUATE_DOCS_REGENERATE = '1'
        dotnet test (Join-Path $root 'tests/Evaluate.Tests/Evaluate.Tests.csproj') -c Release --filter 'FullyQualifiedName~Evaluate.Tests.Docs.DocsTests.Generated_region'
        exit $LASTEXITCODE
    }
    'bench-e2e' {
        dotnet run -c Release --project (Join-Path $root 'tests/Evaluate.Benchmarks/Evaluate.Benchmarks.csproj') -- @verbs
        exit $LASTEXITCODE
    }
    default {
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        Invoke-Cli $verbs
        $code = $LASTEXITCODE
        if ($mainJob) { Write-Host ("main job: {0:0.0} s wall" -f $clock.Elapsed.TotalSeconds) }
        exit $code
    }
}
