#!/usr/bin/env bash
# Synthesizes random ServerlessCache/User/UserGroup configurations and lints the accepted templates with
# cfn-lint (scripts/template-acceptance/main.swift says what it draws):
#
#   scripts/measure-template-acceptance.sh [COUNT [SEED]]     defaults: 3000 configurations, seed 42
#
# The program builds in a scratch package beside the repository's build (TEMPLATE_ACCEPTANCE_HOME, default
# ~/.cache/template-acceptance) that depends on this checkout. CFN_LINT names cfn-lint (default: on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
repository="$(pwd)"
count="${1:-3000}"
seed="${2:-42}"
home="${TEMPLATE_ACCEPTANCE_HOME:-$HOME/.cache/template-acceptance}"
mkdir -p "$home/Sources/template-acceptance"
cp scripts/template-acceptance/main.swift "$home/Sources/template-acceptance/main.swift"
cat > "$home/Package.swift" <<SWIFT
// swift-tools-version: 6.2
import PackageDescription

let package = Package(
  name: "template-acceptance",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "elasticache-cdk", path: "$repository")],
  targets: [
    .executableTarget(
      name: "template-acceptance",
      dependencies: [.product(name: "ElastiCacheCDK", package: "elasticache-cdk")],
      swiftSettings: [.swiftLanguageMode(.v5)])
  ]
)
SWIFT
swift build --package-path "$home" --product template-acceptance >&2
"$(swift build --package-path "$home" --show-bin-path)/template-acceptance" \
  "$count" "$seed" "$home/templates" "${CFN_LINT:-$(command -v cfn-lint)}"
