#!/usr/bin/env bash
# Runs the cloud-assembly golden program through the real AWS CDK and keeps the whole cloud assembly it
# writes (manifest.json, <stack>.assets.json, <stack>.metadata.json, tree.json, cdk.out) in
# Tests/ConformanceTests/Goldens/Core/cloud-assembly/assembly/. The templates beside the program come
# from scripts/regenerate-goldens.sh.
# Usage: scripts/regenerate-assembly-golden.sh
# Needs the oracle: ORACLE (default ../shared/tools/cdk-oracle) with its `setup` command.
set -euo pipefail
cd "$(dirname "$0")/.."
ORACLE="${ORACLE:-../shared/tools/cdk-oracle}"
case_dir="Tests/ConformanceTests/Goldens/Core/cloud-assembly"
venv="$("$ORACLE/setup" | tail -1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$venv/bin/python" - "$case_dir/program.py" "$work/cdk.out" 2> >(grep -v "^b'" >&2) <<'PYTHON'
import importlib.util, sys
import aws_cdk as cdk
spec = importlib.util.spec_from_file_location("program", sys.argv[1])
program = importlib.util.module_from_spec(spec)
spec.loader.exec_module(program)
app = cdk.App(outdir=sys.argv[2], stack_traces=False)
program.build(app)
app.synth()
PYTHON
rm -rf "$case_dir/assembly"
mkdir -p "$case_dir/assembly"
cp "$work"/cdk.out/{manifest.json,tree.json,cdk.out} "$work"/cdk.out/*.assets.json "$work"/cdk.out/*.metadata.json \
  "$case_dir/assembly/"
echo "regenerated $case_dir/assembly"
