#!/usr/bin/env bash
# Checks that the real AWS CDK command-line toolkit accepts the bundled example as an app:
#   cdk ls    --app <example>      must list the example's stacks,
#   cdk synth --app <example> -q   must succeed,
#   cdk diff  --app <example> --template <its own template> <stack>   must run offline and find no differences.
# (A plain `cdk diff` needs AWS credentials to look up the deployed stack, so it is not run here.)
#
# Usage: scripts/check-cdk-cli.sh
# Environment: ORACLE       the CDK oracle (default ../shared/tools/cdk-oracle; its `setup` installs it)
#              SCRATCH_PATH a SwiftPM scratch path for the build (default: SwiftPM's own)
# Exits 0 with a message when the oracle is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
ORACLE="${ORACLE:-../shared/tools/cdk-oracle}"
EXPECTED_STACKS=("CachePlatform" "EnrollmentService" "ProvisionedCache")

# The oracle's setup installs it into a virtualenv under CDK_ORACLE_HOME and leaves a stamp file there.
oracle_home="${CDK_ORACLE_HOME:-$HOME/.cache/cdk-oracle}"
if [[ ! -x "$ORACLE/cdk" ]] || ! compgen -G "$oracle_home/venv/.oracle-*" >/dev/null; then
  echo "SKIPPED: the CDK oracle is not installed (ORACLE=$ORACLE; run \$ORACLE/setup to install it); nothing was checked."
  exit 0
fi

ORACLE="$(cd "$ORACLE" && pwd)"

build_flags=(--product elasticache-example)
[[ -n "${SCRATCH_PATH:-}" ]] && build_flags+=(--scratch-path "$SCRATCH_PATH")
swift build "${build_flags[@]}"
app="$(swift build "${build_flags[@]}" --show-bin-path)/elasticache-example"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

echo "== cdk ls --app $app"
"$ORACLE/cdk" ls --app "$app" >ls.out 2>ls.err || { cat ls.err >&2; fail "cdk ls exited with an error"; }
cat ls.out
for stack in "${EXPECTED_STACKS[@]}"; do
  grep -qx "$stack" ls.out || fail "cdk ls did not list the stack $stack"
done

echo "== cdk synth --app $app -q"
"$ORACLE/cdk" synth --app "$app" -q >synth.out 2>&1 || { cat synth.out >&2; fail "cdk synth exited with an error"; }
for stack in "${EXPECTED_STACKS[@]}"; do
  [[ -s "cdk.out/$stack.template.json" ]] || fail "cdk synth did not write cdk.out/$stack.template.json"
done

echo "== cdk diff --app $app --template <synthesized template> ${EXPECTED_STACKS[0]}"
cp "cdk.out/${EXPECTED_STACKS[0]}.template.json" previous.template.json
"$ORACLE/cdk" diff --app "$app" --template previous.template.json "${EXPECTED_STACKS[0]}" >diff.out 2>&1 \
  || { cat diff.out >&2; fail "cdk diff exited with an error"; }
grep -q "There were no differences" diff.out || { cat diff.out >&2; fail "cdk diff found differences"; }

echo "OK: the AWS CDK CLI lists, synthesizes and diffs the example."
