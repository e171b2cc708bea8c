#!/usr/bin/env bash
# Evaluate's front door on Linux and macOS: restores the local tools (PowerShell) when needed, then hands every
# argument to run.ps1. With no arguments it runs the main job; `./run.sh test` runs the tests. Relative paths in the
# arguments stay relative to the directory it was called from.
set -euo pipefail
caller="$PWD"
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"

# The main job's fast path: with no arguments and a built CLI newer than every source, run.ps1 would only start the
# binary, and PowerShell's own start-up is about 0.8 s of a 3 s job (issue 12). So the binary is started from here,
# with run.ps1's main-job arguments; anything else (or a stale build) goes through run.ps1, which builds first.
dll="harness/Evaluate.Cli/bin/Release/net10.0/evaluate.dll"
if [ $# -eq 0 ] && [ -f "$dll" ] && [ ! Directory.Build.props -nt "$dll" ] && [ -z "$(find harness adapters suites reports \
        \( -name bin -o -name obj \) -prune -o -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.yaml' -o -name '*.json' \) \
        -newer "$dll" -print -quit)" ]; then
    start=$(date +%s%N)
    cd "$caller"
    code=0
    dotnet "$root/$dll" run --plan "$root/evals/default.yaml" --report || code=$?
    awk -v ns="$(( $(date +%s%N) - start ))" 'BEGIN { printf "main job: %.1f s wall\n", ns / 1e9 }'
    exit "$code"
fi

dotnet tool restore > /dev/null
EVALUATE_CALLER_DIR="$caller" exec dotnet pwsh -NoProfile -File run.ps1 "$@"
