import CloudFormationModel
import Diagnostics

/// Findings as SARIF 2.1.0 for code scanning: every rule of the catalog with its description and help, and one
/// result per finding, suppressed findings carrying their suppression and its justification.
enum SARIFReport {
  static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

  static func render(_ report: CheckReport) -> String {
    let codes = RuleCatalog.codes
    let rules: [TemplateValue] = codes.map { code in
      guard let rule = RuleCatalog.description(of: code.name) else {
        return [
          "id": .string(code.name), "name": .string(code.name),
          "shortDescription": ["text": .string(code.summary)],
          "defaultConfiguration": ["level": .string(level(code.defaultSeverity))],
        ]
      }
      let help = "\(rule.checks)\n\nWhy: \(rule.rationale)\n\nFix: \(rule.fix)"
      return [
        "id": .string(rule.id),
        "name": .string(rule.title.filter { $0.isLetter || $0.isNumber }),
        "shortDescription": ["text": .string(rule.title)],
        "fullDescription": ["text": .string(rule.checks)],
        "help": ["text": .string(help)],
        "defaultConfiguration": ["level": .string(level(rule.defaultSeverity))],
        "properties": [
          "tags": ["elasticache", "security"],
          "peers": .array(rule.peers.map(TemplateValue.string)),
        ],
      ]
    }
    let results =
      report.findings.map { result($0, suppression: nil, codes: codes) }
      + report.suppressed.map { result($0.finding, suppression: $0.suppression, codes: codes) }
    let run: TemplateValue = [
      "tool": [
        "driver": [
          "name": "elasticache-check",
          "informationUri": "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/WhatIs.html",
          "rules": .array(rules),
        ]
      ],
      "results": .array(results),
      "columnKind": "unicodeCodePoints",
    ]
    return TemplateValue.object(["$schema": .string(schema), "version": "2.1.0", "runs": [run]]).jsonString(indent: 2)
  }

  private static func result(_ finding: Finding, suppression: Suppression?, codes: [ProblemCode]) -> TemplateValue {
    var physical: TemplateObject = ["artifactLocation": ["uri": .string(uri(finding.location.template))]]
    if let line = finding.location.line, line > 0 { physical["region"] = ["startLine": .number(Double(line))] }
    var location: TemplateObject = ["physicalLocation": .object(physical)]
    if !finding.location.resource.isEmpty {
      var logical: TemplateObject = ["name": .string(finding.location.resource), "kind": "resource"]
      logical["fullyQualifiedName"] = finding.location.constructPath.map(TemplateValue.string)
      location["logicalLocations"] = [.object(logical)]
    }
    var text = finding.problem.message
    if let fix = finding.problem.fix { text += " Fix: \(fix)" }
    var result: TemplateObject = [
      "ruleId": .string(finding.rule),
      "level": .string(level(finding.severity)),
      "message": ["text": .string(text)],
      "locations": [.object(location)],
    ]
    if let index = codes.firstIndex(of: finding.problem.code) { result["ruleIndex"] = .number(Double(index)) }
    if let suppression {
      result["suppressions"] = [
        [
          "kind": .string(suppression.origin == .rulesFile ? "external" : "inSource"),
          "justification": .string(suppression.reason),
        ]
      ]
    }
    return .object(result)
  }

  /// SARIF's level for a severity.
  static func level(_ severity: Problem.Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  /// A path as a URI reference: relative paths stay relative, absolute ones become `file://` URIs, and
  /// characters outside the unreserved set are percent-encoded.
  static func uri(_ path: String) -> String {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".utf8)
    var encoded = ""
    for byte in path.utf8 {
      if allowed.contains(byte) {
        encoded.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return path.hasPrefix("/") ? "file://" + encoded : encoded
  }
}

extension String {
  fileprivate func leftPadded(to length: Int) -> String {
    String(repeating: "0", count: max(0, length - count)) + self
  }
}
