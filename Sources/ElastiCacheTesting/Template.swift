public import CloudFormationModel
public import Constructs
import Foundation

/// A synthesized stack template with assertions for tests, like the AWS CDK's `Template`.
///
/// ```swift
/// let template = try Template(stack)
/// try template.resourceCountIs("AWS::ElastiCache::ServerlessCache", 1)
/// try template.hasResourceProperties("AWS::ElastiCache::ServerlessCache", ["Engine": "valkey"])
/// ```
///
/// Set `ELASTICACHE_TESTING_TEMPLATE_DIR` to a directory to keep a copy of every template the tests
/// synthesize, for example to run `cfn-lint` on them.
public struct Template {
  /// The template.
  public let json: TemplateValue

  /// Synthesizes the stack's app (validating it) and takes the stack's template.
  ///
  /// - Throws: ``SynthesisError`` when the app has errors.
  public init(_ stack: Stack) throws(SynthesisError) {
    let assembly = try (stack.node.root as? App ?? App()).synthesize()
    guard let artifact = assembly.stack(stack.artifactID) else {
      throw SynthesisError(diagnostics: [
        Diagnostic(
          severity: .error, path: stack.node.path, code: "StackNotInApp", message: "The stack is not part of an app.")
      ])
    }
    json = artifact.template
    Self.keepCopy(of: artifact)
  }

  /// A template from its JSON value.
  public init(json: TemplateValue) { self.json = json }

  /// The resources of `type` (all when `nil`) whose entries match the pattern, by logical id.
  public func findResources(_ type: String? = nil, _ pattern: Match = Match.anyValue) -> [(
    logicalID: String, entry: TemplateValue
  )] {
    section("Resources").filter { member in
      (type == nil || member.value["Type"]?.stringValue == type) && pattern.mismatches(member.value).isEmpty
    }.map { ($0.key, $0.value) }
  }

  /// Asserts that there are exactly `count` resources of `type`.
  public func resourceCountIs(_ type: String, _ count: Int) throws(TemplateAssertionError) {
    let found = findResources(type).count
    guard found == count else {
      throw TemplateAssertionError(message: "Expected \(count) resources of type \(type), found \(found).")
    }
  }

  /// Asserts that a resource of `type` has properties matching the pattern (partially, at every depth).
  public func hasResourceProperties(_ type: String, _ properties: Match) throws(TemplateAssertionError) {
    try hasResource(type, .objectLike(["Properties": properties]))
  }

  /// Asserts that a resource of `type` has an entry (`Properties`, `DependsOn`, policies...) matching the pattern.
  public func hasResource(_ type: String, _ pattern: Match) throws(TemplateAssertionError) {
    let candidates = findResources(type)
    guard !candidates.isEmpty else {
      throw TemplateAssertionError(message: "The template has no resource of type \(type).")
    }
    try requireMatch(pattern, among: candidates, kind: "resource of type \(type)")
  }

  /// Asserts that an output (with this logical id, or any when `"*"`) matches the pattern.
  public func hasOutput(_ logicalID: String, _ pattern: Match = Match.anyValue) throws(TemplateAssertionError) {
    let outputs = section("Outputs").filter { logicalID == "*" || $0.key == logicalID }.map { ($0.key, $0.value) }
    guard !outputs.isEmpty else { throw TemplateAssertionError(message: "The template has no output '\(logicalID)'.") }
    try requireMatch(pattern, among: outputs, kind: "output")
  }

  /// Asserts that a parameter (with this logical id, or any when `"*"`) matches the pattern.
  public func hasParameter(_ logicalID: String, _ pattern: Match = Match.anyValue) throws(TemplateAssertionError) {
    let parameters = section("Parameters").filter { logicalID == "*" || $0.key == logicalID }.map { ($0.key, $0.value) }
    guard !parameters.isEmpty else {
      throw TemplateAssertionError(message: "The template has no parameter '\(logicalID)'.")
    }
    try requireMatch(pattern, among: parameters, kind: "parameter")
  }

  private func section(_ name: String) -> TemplateObject { json[name]?.objectValue ?? TemplateObject() }

  private func requireMatch(_ pattern: Match, among candidates: [(String, TemplateValue)], kind: String)
    throws(TemplateAssertionError)
  {
    var closest: (String, [String])?
    for (logicalID, entry) in candidates {
      let problems = pattern.mismatches(entry)
      if problems.isEmpty { return }
      if closest == nil || problems.count < closest?.1.count ?? .max { closest = (logicalID, problems) }
    }
    let detail = closest.map { "Closest is \($0.0):\n  " + $0.1.joined(separator: "\n  ") } ?? ""
    throw TemplateAssertionError(message: "No \(kind) matches the pattern. \(detail)")
  }

  private static func keepCopy(of artifact: StackArtifact) {
    guard let directory = ProcessInfo.processInfo.environment["ELASTICACHE_TESTING_TEMPLATE_DIR"] else { return }
    let text = artifact.template.jsonString(indent: 1)
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let name = "\(artifact.artifactID)-\(String(hash, radix: 16)).template.json"
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try? Data(text.utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent(name))
  }
}

/// A template does not match what a test expected.
public struct TemplateAssertionError: Error, Sendable, CustomStringConvertible {
  /// What differs.
  public let message: String
  public var description: String { message }
}
