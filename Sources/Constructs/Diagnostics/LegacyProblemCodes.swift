// Transitional: string codes from before the problem catalog. Every call site moves to a named
// `ProblemCode`; then this file goes away.

extension ProblemCode {
  /// A code not yet in a module's catalog.
  static func unlisted(_ name: String) -> ProblemCode {
    ProblemCode(name, module: "Unlisted", summary: "")
  }
}

extension Diagnostic {
  /// A diagnostic with a code not yet in a catalog.
  public init(severity: Problem.Severity, path: String, code: String, message: String) {
    self.init(Problem(.unlisted(code), message, severity: severity), path: path)
  }
}

extension ValidationReport {
  /// Records an error with a code not yet in a catalog.
  public mutating func error(_ code: String, _ message: String) { error(.unlisted(code), message) }

  /// Records a warning with a code not yet in a catalog.
  public mutating func warning(_ code: String, _ message: String) { warning(.unlisted(code), message) }
}

extension Node {
  /// Records an error with a code not yet in a catalog.
  public func addError(_ code: String, _ message: String) { addError(.unlisted(code), message) }

  /// Records a warning with a code not yet in a catalog.
  public func addWarning(_ code: String, _ message: String) { addWarning(.unlisted(code), message) }
}
