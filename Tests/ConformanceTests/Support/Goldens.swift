import ElastiCacheCDK
import ElastiCacheTesting
import Foundation
import Testing

/// Golden templates: `Goldens/<case>/program.py` is a CDK program in Python and the
/// `<stack>.template.json` files beside it are what the AWS CDK synthesized from it
/// (`scripts/regenerate-goldens.sh` runs the oracle again).
enum Goldens {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Goldens")

  /// Synthesizes `app` and expects each stack's template to equal the golden of the same stack name,
  /// compared as data like the oracle's `compare`: key order and the AWS CDK's own metadata are ignored.
  static func expectMatch(_ app: App, _ caseName: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let assembly = try app.synthesize()
    let caseDirectory = directory.appendingPathComponent(caseName)
    let goldenFiles = try FileManager.default.contentsOfDirectory(atPath: caseDirectory.path)
      .filter { $0.hasSuffix(".template.json") }.sorted()
    #expect(!goldenFiles.isEmpty, "No golden templates in \(caseDirectory.path)", sourceLocation: sourceLocation)
    let goldenStacks = goldenFiles.map { String($0.dropLast(".template.json".count)) }
    #expect(
      Set(goldenStacks) == Set(assembly.stacks.map(\.stackName)),
      "The app's stacks differ from the golden stacks",
      sourceLocation: sourceLocation
    )
    for (file, stackName) in zip(goldenFiles, goldenStacks) {
      guard let artifact = assembly.stack(stackName) else { continue }
      keepForLinting(artifact)
      let text = try String(contentsOf: caseDirectory.appendingPathComponent(file), encoding: .utf8)
      let expected = normalized(try TemplateValue(parsingJSON: text))
      let differences = expected.differences(to: normalized(artifact.template))
      #expect(
        differences.isEmpty,
        "\(caseName)/\(file) differs:\n\(differences.joined(separator: "\n"))",
        sourceLocation: sourceLocation
      )
    }
  }

  /// The template without what identifies the producing tool, as the oracle's `compare` ignores it.
  static func normalized(_ template: TemplateValue) -> TemplateValue {
    guard var object = template.objectValue else { return template }
    for section in ["Resources", "Conditions"] {
      guard var entries = object[section]?.objectValue else { continue }
      entries["CDKMetadata"] = nil
      entries["CDKMetadataAvailable"] = nil
      if section == "Resources" {
        for member in entries {
          guard var resource = member.value.objectValue, var metadata = resource["Metadata"]?.objectValue else { continue }
          for key in metadata.keys where key.hasPrefix("aws:cdk:") { metadata[key] = nil }
          resource["Metadata"] = metadata.isEmpty ? nil : .object(metadata)
          entries[member.key] = .object(resource)
        }
      }
      object[section] = .object(entries)
    }
    for key in object.keys where object[key]?.objectValue?.isEmpty == true { object[key] = nil }
    return .object(object)
  }

  private static func keepForLinting(_ artifact: StackArtifact) {
    guard let directory = ProcessInfo.processInfo.environment["ELASTICACHE_TESTING_TEMPLATE_DIR"] else { return }
    let text = artifact.template.jsonString(indent: 1)
    let name = "\(artifact.artifactID)-\(text.utf8.reduce(UInt64(5381)) { ($0 &* 33) &+ UInt64($1) }).template.json"
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try? Data(text.utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent(name))
  }
}
