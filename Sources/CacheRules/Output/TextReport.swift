import Diagnostics

/// Findings for people: by template, then by resource, each with its fix, then a summary line.
enum TextReport {
  static func render(_ report: CheckReport) -> String {
    var lines: [String] = []
    var currentTemplate: String?
    var currentResource: String?
    for finding in report.findings {
      let location = finding.location
      if location.template != currentTemplate {
        if currentTemplate != nil { lines.append("") }
        lines.append(location.template)
        currentTemplate = location.template
        currentResource = nil
      }
      if location.resource != currentResource {
        var heading = "  " + (location.resource.isEmpty ? "(the file itself)" : location.resource)
        if let type = location.resourceType { heading += " (\(type))" }
        if let path = location.constructPath { heading += " at \(path)" }
        if let line = location.line { heading += ", line \(line)" }
        lines.append(heading)
        currentResource = location.resource
      }
      lines.append("    \(finding.severity.rawValue) \(finding.rule): \(finding.problem.message)")
      if let fix = finding.problem.fix, !fix.isEmpty { lines.append("      fix: \(fix)") }
    }
    if !lines.isEmpty { lines.append("") }
    lines.append(summary(report))
    return lines.joined(separator: "\n")
  }

  /// `2 errors, 1 warning, 3 infos in 5 templates (2 suppressed).`
  static func summary(_ report: CheckReport) -> String {
    let templates = "\(report.templateCount) template\(report.templateCount == 1 ? "" : "s")"
    let suppressed = report.suppressed.isEmpty ? "" : " (\(report.suppressed.count) suppressed)"
    guard !report.findings.isEmpty else { return "No findings in \(templates)\(suppressed)." }
    let counts = [("error", report.count(.error)), ("warning", report.count(.warning)), ("info", report.count(.info))]
      .map { "\($0.1) \($0.0)\($0.1 == 1 ? "" : "s")" }
    return counts.joined(separator: ", ") + " in \(templates)\(suppressed)."
  }
}
