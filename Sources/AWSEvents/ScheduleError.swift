extension Events {
  /// Why a schedule is invalid, such as a cron expression with both a day and a week day.
  ///
  /// ``Schedule`` is a value, so it cannot report problems by itself: it keeps this in
  /// ``Schedule/validationError``, and the construct that uses the schedule records it on itself
  /// (``Schedule/recordValidationError(on:)``), so that synthesis reports it with the construct's path.
  public struct ScheduleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable identifier of the kind of problem, such as `CannotSupplyBothDayAndWeekDay`.
    public let code: String
    /// What is wrong, in the AWS CDK's words.
    public let message: String

    /// An error with this code and message.
    public init(code: String, message: String) {
      self.code = code
      self.message = message
    }

    public var description: String { "\(code): \(message)" }
  }
}
