public import Constructs

extension CloudWatch {
  /// Something wrong with a metric's input, such as an invalid period.
  ///
  /// A ``Metric`` is a value, so it cannot report problems by itself: it keeps them in
  /// ``Metric/problems``, and the construct that uses it (an ``Alarm``) records them on itself, so
  /// that synthesis reports them with the construct's path.
  public struct MetricProblem: Sendable, Equatable, CustomStringConvertible {
    /// An error stops synthesis; a warning is reported.
    public let severity: Problem.Severity
    /// A stable identifier of the kind of problem, such as `PeriodMustBeValidInterval`.
    public let code: String
    /// What is wrong, in the AWS CDK's words.
    public let message: String

    /// A problem with this severity, code and message.
    public init(severity: Problem.Severity, code: String, message: String) {
      self.severity = severity
      self.code = code
      self.message = message
    }

    public var description: String { "\(severity.rawValue) \(code): \(message)" }
  }
}
