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

  /// A documented place where this toolkit deliberately renders something other than the AWS CDK
  /// (CONFORMANCE.md): the golden's value at `path` is replaced by `value` before comparing, and the
  /// golden must really hold something else there.
  struct Improvement {
    /// The place, as `compare` prints it: `/Resources/Id/Properties/Key[0]/Nested`.
    let path: String
    /// What this toolkit renders there.
    let value: TemplateValue
    /// Why, for the reader of the test.
    let reason: String
  }

  /// Synthesizes `app` and expects each stack's template to equal the golden of the same stack name,
  /// compared as data like the oracle's `compare`: key order and the AWS CDK's own metadata are ignored.
  static func expectMatch(
    _ app: App,
    _ caseName: String,
    improvements: [Improvement] = [],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
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
      var expected = normalized(try TemplateValue(parsingJSON: text))
      for improvement in improvements {
        let components = pathComponents(improvement.path)
        let original = value(in: expected, at: components[...])
        #expect(
          original != nil && original != improvement.value,
          "\(improvement.path) in \(file) does not differ from the CDK as documented (\(improvement.reason))",
          sourceLocation: sourceLocation
        )
        expected = replacing(in: expected, at: components[...], with: improvement.value)
      }
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
          guard var resource = member.value.objectValue, var metadata = resource["Metadata"]?.objectValue else {
            continue
          }
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

  private enum PathComponent {
    case key(String)
    case index(Int)
  }

  private static func pathComponents(_ path: String) -> [PathComponent] {
    path.split(separator: "/").flatMap { segment -> [PathComponent] in
      let parts = segment.split(separator: "[")
      let indices = parts.dropFirst().compactMap { Int($0.dropLast()) }.map(PathComponent.index)
      return [.key(String(parts[0]))] + indices
    }
  }

  private static func value(in template: TemplateValue, at path: ArraySlice<PathComponent>) -> TemplateValue? {
    guard let first = path.first else { return template }
    switch first {
    case .key(let key): return template[key].flatMap { value(in: $0, at: path.dropFirst()) }
    case .index(let index): return template[index].flatMap { value(in: $0, at: path.dropFirst()) }
    }
  }

  private static func replacing(
    in template: TemplateValue, at path: ArraySlice<PathComponent>, with newValue: TemplateValue
  )
    -> TemplateValue
  {
    guard let first = path.first else { return newValue }
    switch (first, template) {
    case (.key(let key), .object(var object)):
      object[key] = object[key].map { replacing(in: $0, at: path.dropFirst(), with: newValue) }
      return .object(object)
    case (.index(let index), .array(var elements)) where elements.indices.contains(index):
      elements[index] = replacing(in: elements[index], at: path.dropFirst(), with: newValue)
      return .array(elements)
    default:
      return template
    }
  }

  private static func keepForLinting(_ artifact: StackArtifact) {
    guard let directory = ProcessInfo.processInfo.environment["ELASTICACHE_TESTING_TEMPLATE_DIR"] else { return }
    let text = artifact.template.jsonString(indent: 1)
    let name = "\(artifact.artifactID)-\(text.utf8.reduce(UInt64(5381)) { ($0 &* 33) &+ UInt64($1) }).template.json"
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try? Data(text.utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent(name))
  }
}
