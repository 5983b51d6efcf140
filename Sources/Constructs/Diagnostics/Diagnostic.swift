/// A problem found in an app: an error stops synthesis, a warning is reported and kept in the assembly.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Sendable, Comparable {
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

  /// How serious it is.
  public var severity: Severity
  /// The path of the construct it is about (empty for the app itself).
  public var path: String
  /// A stable identifier of the kind of problem, such as `DescriptionTooLong`.
  public var code: String
  /// What is wrong and how to fix it.
  public var message: String

  /// A diagnostic about the construct at `path`.
  public init(severity: Severity, path: String, code: String, message: String) {
    self.severity = severity
    self.path = path
    self.code = code
    self.message = message
  }

  /// `[path] severity code: message`, in the style of a compiler.
  public var description: String {
    "[\(path.isEmpty ? "<app>" : path)] \(severity.rawValue) \(code): \(message)"
  }
}
