/// A problem found in an app or a template: what kind it is (a stable ``ProblemCode``), how serious,
/// what is wrong, and how to fix it.
///
/// Constructs record problems on their node (`node.addError(.invalidUserID, "...", fix: "...")`),
/// synthesis collects them as ``Diagnostic``s with the construct's path, and the command line prints
/// them as text or JSON. Rules over templates report the same type.
public struct Problem: Sendable, Equatable, CustomStringConvertible {
  /// How serious a problem is: an error stops synthesis, a warning is reported and kept in the
  /// assembly, information is only reported.
  public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
    case error
    case warning
    case info

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .info: 2
      }
    }
  }

  /// The kind of problem.
  public var code: ProblemCode
  /// How serious it is.
  public var severity: Severity
  /// What is wrong (the AWS CDK's text where the CDK has one).
  public var message: String
  /// How to fix it, when the message does not say so already.
  public var fix: String?

  /// A problem of kind `code`, as serious as the code's default severity unless `severity` says otherwise.
  public init(_ code: ProblemCode, _ message: String, fix: String? = nil, severity: Severity? = nil) {
    self.code = code
    self.severity = severity ?? code.defaultSeverity
    self.message = message
    self.fix = fix
  }

  /// The message followed by the fix.
  public var text: String {
    guard let fix, !fix.isEmpty else { return message }
    return message.hasSuffix(".") || message.hasSuffix("?") ? "\(message) \(fix)" : "\(message). \(fix)"
  }

  /// `severity code: message fix`.
  public var description: String { "\(severity.rawValue) \(code.name): \(text)" }
}
