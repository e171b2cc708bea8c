#!/usr/bin/env bash
# Queues the shard array, then the merge once every array task succeeded (afterok).
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p logs
array=$(sbatch --parsable deploy/slurm/shards.sbatch)
sbatch --dependency="afterok:${array}" deploy/slurm/merge.sbatch
