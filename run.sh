#!/usr/bin/env bash
# Evaluate's front door on Linux and macOS: restores the local tools (PowerShell) when needed, then hands every
# argument to run.ps1. With no arguments it runs the main job; `./run.sh test` runs the tests. Relative paths in the
# arguments stay relative to the directory it was called from.
set -euo pipefail
caller="$PWD"
cd "$(dirname "$0")"
dotnet tool restore > /dev/null
EVALUATE_CALLER_DIR="$caller" exec dotnet pwsh -NoProfile -File run.ps1 "$@"
