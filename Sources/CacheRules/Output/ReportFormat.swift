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

extension ReportFormat {
  /// A format name that is not one of the formats.
  public struct UnknownFormat: Error, CustomStringConvertible {
    /// The name given.
    public let name: String
    public var description: String { "'\(name)' is not a format: give text, json or sarif." }
  }

  /// The format named `name`, in any case (for command-line options).
  public static func parse(_ name: String) throws(UnknownFormat) -> ReportFormat {
    guard let format = ReportFormat(rawValue: name.lowercased()) else { throw UnknownFormat(name: name) }
    return format
  }
}
