/// Collects the problems a construct's validation finds.
public struct ValidationReport {
  private(set) var problems: [Problem] = []

  /// Records a problem.
  public mutating func add(_ problem: Problem) { problems.append(problem) }

  /// Records an error that stops synthesis.
  public mutating func error(_ code: ProblemCode, _ message: String, fix: String? = nil) {
    add(Problem(code, message, fix: fix, severity: .error))
  }

  /// Records a warning that is reported but does not stop synthesis.
  public mutating func warning(_ code: ProblemCode, _ message: String, fix: String? = nil) {
    add(Problem(code, message, fix: fix, severity: .warning))
  }
}
