#!/usr/bin/env bash
# Queues the shard array, then the merge once every array task succeeded (afterok). SHARDS (default 8) sets the array
# (--array on the command line overrides the #SBATCH default in shards.sbatch) and is passed to the merge as
# SHARD_COUNT: the merge job is not part of the array, so it cannot read the array's task count itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p logs
shards=${SHARDS:-8}
array=$(sbatch --parsable --array="0-$((shards - 1))" deploy/slurm/shards.sbatch)
sbatch --dependency="afterok:${array}" --export="ALL,SHARD_COUNT=${shards}" deploy/slurm/merge.sbatch
