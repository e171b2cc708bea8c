#!/usr/bin/env pwsh
# Evaluate's front door. With no arguments: the main job (evals/default.yaml on the embedded simulated reasoner).
#   run.ps1 test            runs the test suite (the README's test command)
#   run.ps1 bench [args]    runs the BenchmarkDotNet kernels (--short: one dry pass of each, the CI smoke test)
#   run.ps1 <verb> <args…>  forwards to the evaluate CLI, e.g. run.ps1 run --suite gsm8k --data ../datasets
# Works in pwsh on Windows and, on Linux, as `dotnet pwsh run.ps1` after `dotnet tool restore`.
$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
$cli = Join-Path $root 'harness/Evaluate.Cli/Evaluate.Cli.csproj'
$verbs = @($args)

if ($verbs.Count -eq 0) {
    $verbs = @('run', '--plan', (Join-Path $root 'evals/default.yaml'))
}

switch ($verbs[0]) {
    'test' {
        dotnet test (Join-Path $root 'Evaluate.sln') -c Release @($verbs | Select-Object -Skip 1)
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
    default {
        dotnet run -c Release --project $cli -- @verbs
        exit $LASTEXITCODE
    }
}
