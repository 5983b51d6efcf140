#!/usr/bin/env bash
# Compares synthesis time with the AWS CDK on the same programs (Benchmarks/Programs/*.py).
# Usage: scripts/benchmark.sh [caches|core]   (needs the CDK oracle for the comparison: ORACLE, default
# ../shared/tools/cdk-oracle; without it only this toolkit is measured)
set -euo pipefail
cd "$(dirname "$0")/.."
ORACLE="${ORACLE:-../shared/tools/cdk-oracle}"
workloads=("${@:-caches core}")
swift build -c release --product synthesis-benchmark >/dev/null
binary="$(swift build -c release --show-bin-path)/synthesis-benchmark"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for workload in ${workloads[@]}; do
  echo "== $workload"
  "$binary" --workload "$workload" --iterations 20
  start=$(date +%s.%N)
  "$binary" --workload "$workload" --once --write "$work/swift-$workload" >/dev/null
  end=$(date +%s.%N)
  printf "this toolkit, whole process writing the cloud assembly: %.2f s\n" "$(echo "$end - $start" | bc)"
  if [ -x "$ORACLE/synth" ]; then
    venv="$("$ORACLE/setup" | tail -1)"
    start=$(date +%s.%N)
    "$ORACLE/synth" "Benchmarks/Programs/$workload.py" "$work/cdk-$workload" >/dev/null
    end=$(date +%s.%N)
    printf "AWS CDK (Python, %s), whole process: %.2f s\n" "$("$venv/bin/pip" show aws-cdk-lib | sed -n 's/^Version: //p')" \
      "$(echo "$end - $start" | bc)"
  fi
done
