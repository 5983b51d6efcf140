import ElastiCacheCDK
import Foundation
import Testing

/// L1 parity: a Swift program written with the L2 constructs renders the same resources as a CDK program
/// written with the L1 classes (`Goldens/<case>/program.py` and the templates the AWS CDK synthesized from
/// it). The resources of the compared types must be equal property by property; their logical ids may
/// differ, so resources are paired by content, following their references to each other. References to
/// other resources (the VPC's subnets, a KMS key) must name the same logical ids.
enum L1Parity {
  /// The resource types the L2 constructs of node-based caches render.
  static func isCompared(_ type: String) -> Bool {
    type.hasPrefix("AWS::ElastiCache::")
      || [
        "AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress",
        "AWS::Logs::LogGroup",
      ].contains(type)
  }

  /// Synthesizes `app` and expects the compared resources of each stack to match those of the golden of the
  /// same stack name.
  static func expectMatch(_ app: App, _ caseName: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let assembly = try app.synthesize()
    let caseDirectory = Goldens.directory.appendingPathComponent(caseName)
    let files = try FileManager.default.contentsOfDirectory(atPath: caseDirectory.path)
      .filter { $0.hasSuffix(".template.json") }.sorted()
    #expect(!files.isEmpty, "No golden templates in \(caseDirectory.path)", sourceLocation: sourceLocation)
    for file in files {
      let stackName = String(file.dropLast(".template.json".count))
      let artifact = try #require(assembly.stack(stackName), "No stack \(stackName)", sourceLocation: sourceLocation)
      Goldens.keepForLinting(artifact)
      let text = try String(contentsOf: caseDirectory.appendingPathComponent(file), encoding: .utf8)
      let found = differences(golden: try TemplateValue(parsingJSON: text), actual: artifact.template)
      #expect(
        found.isEmpty, "\(caseName)/\(file) differs:\n\(found.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }
  }

  /// The differences between the compared resources of two templates; empty when each golden resource has
  /// an equal resource in `actual` and `actual` has no other.
  static func differences(golden: TemplateValue, actual: TemplateValue) -> [String] {
    var pairing = Pairing(golden: comparedResources(golden), actual: comparedResources(actual))
    return pairing.run()
  }

  private static func comparedResources(_ template: TemplateValue) -> [String: TemplateValue] {
    var resources: [String: TemplateValue] = [:]
    for member in template["Resources"]?.objectValue ?? TemplateObject() {
      guard let type = member.value["Type"]?.stringValue, isCompared(type),
        var entry = member.value.objectValue
      else { continue }
      entry["Metadata"] = nil
      resources[member.key] = .object(entry)
    }
    return resources
  }

  /// Pairs golden resources with actual ones, from those that refer to no other compared resource up.
  private struct Pairing {
    let golden: [String: TemplateValue]
    let actual: [String: TemplateValue]
    var pairs: [String: String] = [:]
    var found: [String] = []

    init(golden: [String: TemplateValue], actual: [String: TemplateValue]) {
      self.golden = golden
      self.actual = actual
    }

    mutating func run() -> [String] {
      while pairs.count < golden.count {
        if pairEqualResources() { continue }
        forcePairing()
      }
      let unpaired = Set(actual.keys).subtracting(pairs.values).sorted()
      for id in unpaired {
        found.append("/Resources/\(id): unexpected \(actual[id]?["Type"]?.stringValue ?? "") resource")
      }
      return found
    }

    /// Pairs every golden resource whose references are all paired with an equal actual one; whether any was.
    private mutating func pairEqualResources() -> Bool {
      var progress = false
      for id in golden.keys.sorted() where pairs[id] == nil {
        guard let resource = golden[id], references(in: resource).allSatisfy({ pairs[$0] != nil }) else { continue }
        let renamed = normalized(renaming(resource))
        if let match = candidates(for: resource).first(where: { normalized(actual[$0] ?? .null) == renamed }) {
          pairs[id] = match
          progress = true
        }
      }
      return progress
    }

    /// Pairs the first unpaired golden resource with the most similar actual one, recording how they differ.
    private mutating func forcePairing() {
      let ready = golden.keys.sorted().filter { pairs[$0] == nil }
      guard
        let id = ready.first(where: { id in references(in: golden[id] ?? .null).allSatisfy { pairs[$0] != nil } })
          ?? ready.first,
        let resource = golden[id]
      else { return }
      let renamed = normalized(renaming(resource))
      let best = candidates(for: resource).min { lhs, rhs in
        renamed.differences(to: normalized(actual[lhs] ?? .null)).count
          < renamed.differences(to: normalized(actual[rhs] ?? .null)).count
      }
      guard let best else {
        found.append("/Resources/\(id): missing \(resource["Type"]?.stringValue ?? "") resource")
        pairs[id] = "<missing \(id)>"
        return
      }
      found += renamed.differences(to: normalized(actual[best] ?? .null), path: "/Resources/\(id)~\(best)")
      pairs[id] = best
    }

    /// The unpaired actual resources of the same type, by logical id.
    private func candidates(for resource: TemplateValue) -> [String] {
      let paired = Set(pairs.values)
      return actual.keys.sorted().filter {
        !paired.contains($0) && actual[$0]?["Type"] == resource["Type"]
      }
    }

    /// The golden resources `value` refers to (`Ref`, `Fn::GetAtt`, `DependsOn`).
    private func references(in value: TemplateValue) -> Set<String> {
      switch value {
      case .object(let object):
        var found: Set<String> = []
        for member in object {
          if member.key == "Ref", let id = member.value.stringValue, golden[id] != nil { found.insert(id) }
          if member.key == "Fn::GetAtt", let id = member.value[0]?.stringValue, golden[id] != nil { found.insert(id) }
          if member.key == "DependsOn" {
            found.formUnion((member.value.arrayValue ?? []).compactMap(\.stringValue).filter { golden[$0] != nil })
          }
          found.formUnion(references(in: member.value))
        }
        return found
      case .array(let elements): return elements.reduce(into: []) { $0.formUnion(references(in: $1)) }
      default: return []
      }
    }

    /// `value` with references to paired golden resources renamed to their actual logical ids.
    private func renaming(_ value: TemplateValue) -> TemplateValue {
      switch value {
      case .object(let object):
        var renamed = TemplateObject()
        for member in object {
          switch member.key {
          case "Ref":
            renamed["Ref"] = member.value.stringValue.map { .string(pairs[$0] ?? $0) } ?? member.value
          case "Fn::GetAtt":
            var elements = member.value.arrayValue ?? []
            if let id = elements.first?.stringValue { elements[0] = .string(pairs[id] ?? id) }
            renamed["Fn::GetAtt"] = .array(elements)
          case "DependsOn":
            renamed["DependsOn"] = .array(
              (member.value.arrayValue ?? []).map { .string(pairs[$0.stringValue ?? ""] ?? $0.stringValue ?? "") })
          default:
            renamed[member.key] = renaming(member.value)
          }
        }
        return .object(renamed)
      case .array(let elements): return .array(elements.map(renaming))
      default: return value
      }
    }

    /// The resource with its `DependsOn` in order, which the two tools may list differently.
    private func normalized(_ resource: TemplateValue) -> TemplateValue {
      guard var object = resource.objectValue, let dependsOn = object["DependsOn"]?.arrayValue else { return resource }
      object["DependsOn"] = .array(dependsOn.sorted { ($0.stringValue ?? "") < ($1.stringValue ?? "") })
      return .object(object)
    }
  }
}
