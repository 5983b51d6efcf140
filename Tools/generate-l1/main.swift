// generate-l1: writes the typed L1 classes of every resource type the toolkit emits, in the module of their
// service, from CloudFormation resource schemas and the overlays of service rules they do not state.
//
//     generate-l1 [--check] SCHEMA_DIRECTORY OVERLAY_DIRECTORY SOURCES_DIRECTORY
//
// Reads every `*.json` schema in SCHEMA_DIRECTORY (and the overlay of the same name in OVERLAY_DIRECTORY) and
// writes `Cfn<Name>.swift` per resource type into SOURCES_DIRECTORY/<Module>/Generated, removing generated
// files of types that are gone. With `--check` it writes nothing and exits with status 1 when the generated
// folders are not what the inputs give. `scripts/generate-l1.sh` runs it.

import Foundation

let usage = "usage: generate-l1 [--check] SCHEMA_DIRECTORY OVERLAY_DIRECTORY SOURCES_DIRECTORY"
var arguments = Array(CommandLine.arguments.dropFirst())
let isChecking = arguments.first == "--check"
if isChecking { arguments.removeFirst() }
guard arguments.count == 3 else {
  FileHandle.standardError.write(Data((usage + "\n").utf8))
  exit(2)
}

do {
  let command = GeneratorCommand(
    schemaDirectory: arguments[0], overlayDirectory: arguments[1], sourcesDirectory: arguments[2])
  let outcome = try command.run(checkOnly: isChecking)
  print(outcome)
  exit(outcome.isUpToDate || !isChecking ? 0 : 1)
} catch {
  FileHandle.standardError.write(Data("generate-l1: \(error)\n".utf8))
  exit(1)
}
