// generate-l1: writes the typed L1 classes of the ElastiCache module from CloudFormation resource schemas.
//
//     generate-l1 [--check] SCHEMA_DIRECTORY OUTPUT_DIRECTORY
//
// Reads every `*.json` schema in SCHEMA_DIRECTORY and writes `Cfn<Name>.swift` per resource type into
// OUTPUT_DIRECTORY, removing generated files of types that are gone. With `--check` it writes nothing and
// exits with status 1 when OUTPUT_DIRECTORY is not what the schemas give. `scripts/generate-l1.sh` runs it.

import Foundation

let usage = "usage: generate-l1 [--check] SCHEMA_DIRECTORY OUTPUT_DIRECTORY"
var arguments = Array(CommandLine.arguments.dropFirst())
let isChecking = arguments.first == "--check"
if isChecking { arguments.removeFirst() }
guard arguments.count == 2 else {
  FileHandle.standardError.write(Data((usage + "\n").utf8))
  exit(2)
}

do {
  let outcome = try GeneratorCommand(schemaDirectory: arguments[0], outputDirectory: arguments[1]).run(
    checkOnly: isChecking
  )
  print(outcome)
  exit(outcome.isUpToDate || !isChecking ? 0 : 1)
} catch {
  FileHandle.standardError.write(Data("generate-l1: \(error)\n".utf8))
  exit(1)
}
