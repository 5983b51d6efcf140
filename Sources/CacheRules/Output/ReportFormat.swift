/// How findings are printed.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// For people: grouped by template and resource, each finding with its fix.
  case text
  /// An array of findings: `rule`, `severity`, `template`, `resource`, `message`, and `fix`, `path`,
  /// `resourceType`, `line` when known.
  case json
  /// SARIF 2.1.0, for code scanning.
  case sarif

  /// The report in this format.
  public func render(_ report: CheckReport) -> String {
    switch self {
    case .text: TextReport.render(report)
    case .json: JSONReport.render(report)
    case .sarif: SARIFReport.render(report)
    }
  }
}
