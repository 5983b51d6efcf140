#!/usr/bin/env bash
# Regenerates the typed L1 resources of every module (Sources/<Module>/Generated) from the CloudFormation
# resource schemas that cfn-lint ships and the overlays of service rules in Tools/generate-l1/Overlays.
#
#   scripts/generate-l1.sh            exports the AWS::ElastiCache::* schemas and those of the types in
#                                     Tools/generate-l1/emitted-types.txt, of the recorded cfn-lint version,
#                                     into Tools/generate-l1/Schemas, then runs the generator
#   scripts/generate-l1.sh --upgrade  the same with the newest cfn-lint on PyPI, and records its version
#   scripts/generate-l1.sh --check    runs the generator twice over the committed schemas without writing;
#                                     fails if the committed output is out of date or the runs differ
#
# cfn-lint runs from its own virtualenv (GENERATE_L1_HOME, default ~/.cache/generate-l1), so the schemas
# depend only on the version recorded in Tools/generate-l1/Schemas/cfn-lint-version.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
SCHEMAS=Tools/generate-l1/Schemas
OVERLAYS=Tools/generate-l1/Overlays
OUTPUT=Sources
VERSION_FILE="$SCHEMAS/cfn-lint-version.txt"
SCRATCH="${SCRATCH_PATH:-.build-l1}"
mode="${1:-}"

swift build --scratch-path "$SCRATCH" --product generate-l1 >&2
generator="$(swift build --scratch-path "$SCRATCH" --show-bin-path)/generate-l1"

if [[ "$mode" == "--check" ]]; then
  status=0
  first="$("$generator" --check "$SCHEMAS" "$OVERLAYS" "$OUTPUT")" || status=$?
  second="$("$generator" --check "$SCHEMAS" "$OVERLAYS" "$OUTPUT")" || true
  echo "$first"
  [[ "$first" == "$second" ]] || { echo "generate-l1 gave different results on two runs" >&2; exit 1; }
  exit "$status"
fi
[[ -z "$mode" || "$mode" == "--upgrade" ]] || { sed -n '5,11p' "$0" >&2; exit 2; }

home="${GENERATE_L1_HOME:-$HOME/.cache/generate-l1}"
if [[ "$mode" == "--upgrade" ]]; then
  venv="$home/cfn-lint-latest"
  [[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check --upgrade cfn-lint >&2
else
  version="$(tr -d '[:space:]' < "$VERSION_FILE")"
  venv="$home/cfn-lint-$version"
  if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/pip" show -q cfn-lint >/dev/null 2>&1; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "cfn-lint==$version" >&2
  fi
fi

rm -f "$SCHEMAS"/*.json
"$venv/bin/python" - "$SCHEMAS" <<'PY'
import importlib.metadata, json, pathlib, sys
from cfnlint.schema import PROVIDER_SCHEMA_MANAGER as manager

out = pathlib.Path(sys.argv[1])
# Every AWS::ElastiCache type, and every other type the toolkit emits (Tools/generate-l1/emitted-types.txt).
emitted = {line.strip() for line in (out.parent / "emitted-types.txt").read_text().splitlines()
           if line.strip() and not line.startswith("#")}
types = sorted(t for t in manager.get_resource_types("us-east-1") if t.startswith("AWS::ElastiCache::") or t in emitted)
missing = emitted - set(types)
if missing:
    sys.exit(f"cfn-lint has no schema for {', '.join(sorted(missing))}")
for type_name in types:
    schema = manager.get_resource_schema("us-east-1", type_name).schema
    name = type_name.lower().replace("::", "-") + ".json"
    (out / name).write_text(json.dumps(schema, sort_keys=True, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
(out / "cfn-lint-version.txt").write_text(importlib.metadata.version("cfn-lint") + "\n")
print(f"exported {len(types)} schemas from cfn-lint {importlib.metadata.version('cfn-lint')}", file=sys.stderr)
PY
"$generator" "$SCHEMAS" "$OVERLAYS" "$OUTPUT"
