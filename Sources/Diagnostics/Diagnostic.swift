/// A ``Problem`` located at a construct: what synthesis and validation report.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  /// What is wrong.
  public var problem: Problem
  /// The path of the construct it is about (empty for the app itself).
  public var path: String

  /// The problem at the construct at `path`.
  public init(_ problem: Problem, path: String) {
    self.problem = problem
    self.path = path
  }

  /// How serious it is.
  public var severity: Problem.Severity { problem.severity }
  /// The name of the problem's code, such as `DescriptionTooLong`.
  public var code: String { problem.code.name }
  /// What is wrong.
  public var message: String { problem.message }
  /// How to fix it, when the message does not say so.
  public var fix: String? { problem.fix }

  /// `[path] severity code: message fix`, in the style of a compiler.
  public var description: String {
    "[\(path.isEmpty ? "<app>" : path)] \(severity.rawValue) \(problem.code.name): \(problem.text)"
  }
}
