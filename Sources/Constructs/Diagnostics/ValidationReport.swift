/// Collects the problems a construct's validation finds.
public struct ValidationReport {
  private(set) var findings: [(severity: Diagnostic.Severity, code: String, message: String)] = []

  /// Records an error that stops synthesis.
  public mutating func error(_ code: String, _ message: String) {
    findings.append((.error, code, message))
  }

  /// Records a warning that is reported but does not stop synthesis.
  public mutating func warning(_ code: String, _ message: String) {
    findings.append((.warning, code, message))
  }
}
