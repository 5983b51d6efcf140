import CacheRules
import CloudFormationModel
import Foundation
import Testing

/// The template files beside the tests.
enum Fixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Templates")

  /// The path of a fixture.
  static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// The text of a fixture.
  static func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

  /// The well-configured template: no rule finds anything in it.
  static var wellConfigured: String {
    get throws { try text("well-configured.yaml") }
  }
}

/// Checks templates given as text (JSON or YAML), all in one set.
func check(_ texts: [String], configuration: RuleConfiguration = RuleConfiguration()) throws -> CheckReport {
  let sources = try texts.enumerated().map { try TemplateReader.parse($0.element, name: "template-\($0.offset)") }
  return RuleEngine(configuration: configuration).check([TemplateSet(sources)])
}

/// Checks one template given as text.
func check(_ text: String, configuration: RuleConfiguration = RuleConfiguration()) throws -> CheckReport {
  try check([text], configuration: configuration)
}

/// The same template as JSON text: YAML read, then written as JSON.
func json(fromYAML text: String) throws -> String {
  try TemplateReader.parse(text, name: "yaml").template.jsonString(indent: 1)
}

extension CheckReport {
  /// Each remaining finding as `rule resource`.
  var pairs: Set<String> { Set(findings.map { "\($0.rule) \($0.location.resource)" }) }

  /// The findings of a rule.
  func findings(of rule: String) -> [Finding] { findings.filter { $0.rule == rule } }
}

extension String {
  /// The text with `old` replaced by `new`, which must occur.
  func replacing(exactly old: String, with new: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
    #expect(contains(old), "the template has no \(old)", sourceLocation: sourceLocation)
    return replacingOccurrences(of: old, with: new)
  }
}
