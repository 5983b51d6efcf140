import CloudFormationModel
import Diagnostics

/// Findings as a JSON array, one object per finding that remains.
enum JSONReport {
  static func render(_ report: CheckReport) -> String {
    TemplateValue.array(report.findings.map(object)).jsonString(indent: 2)
  }

  static func object(_ finding: Finding) -> TemplateValue {
    var object: TemplateObject = [
      "rule": .string(finding.rule),
      "severity": .string(finding.severity.rawValue),
      "template": .string(finding.location.template),
      "resource": .string(finding.location.resource),
      "message": .string(finding.problem.message),
    ]
    object["fix"] = finding.problem.fix.map(TemplateValue.string)
    object["resourceType"] = finding.location.resourceType.map(TemplateValue.string)
    object["path"] = finding.location.constructPath.map(TemplateValue.string)
    object["line"] = finding.location.line.map { .number(Double($0)) }
    return .object(object)
  }
}
