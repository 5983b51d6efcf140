#!/usr/bin/env bash
# Runs every golden program (Tests/ConformanceTests/Goldens/**/program.py) through the AWS CDK
# oracle and rewrites the golden templates beside it. Usage: scripts/regenerate-goldens.sh [FILTER]
# Needs the oracle: ORACLE (default ../shared/tools/cdk-oracle) with its `synth` command.
set -euo pipefail
cd "$(dirname "$0")/.."
ORACLE="${ORACLE:-../shared/tools/cdk-oracle}"
filter="${1:-}"
find Tests/ConformanceTests/Goldens -name program.py | sort | while read -r program; do
  dir="$(dirname "$program")"
  [[ -n "$filter" && "$dir" != *"$filter"* ]] && continue
  rm -f "$dir"/*.template.json
  "$ORACLE/synth" "$program" "$dir" >/dev/null
  echo "regenerated $dir"
done
