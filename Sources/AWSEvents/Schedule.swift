public import Constructs

extension Events {
  /// When something runs: a cron expression, a rate or any EventBridge schedule expression, written as
  /// the AWS CDK writes it.
  ///
  /// ```swift
  /// Events.Schedule.cron(minute: "0", hour: "4").expressionString   // "cron(0 4 * * ? *)"
  /// Events.Schedule.rate(.minutes(5)).expressionString              // "rate(5 minutes)"
  /// Events.Schedule.rate(.hours(24)).expressionString               // "rate(1 day)"
  /// ```
  ///
  /// A schedule is a value, so invalid input (both `day` and `weekDay`, a zero rate, a rate that is not
  /// a whole number of minutes) does not trap: the schedule carries a ``validationError`` with the AWS
  /// CDK's message. A construct that takes a schedule records it with ``recordValidationError(on:)``, so
  /// that synthesis reports it with the construct's path. The ``expressionString`` of an invalid
  /// schedule still describes the input, but it is not a valid expression.
  public struct Schedule: Sendable, Equatable, CustomStringConvertible {
    /// The schedule expression, such as `cron(0 4 * * ? *)` or `rate(5 minutes)`.
    public let expressionString: String
    /// Why the schedule is invalid, or `nil` when it is valid.
    public let validationError: ScheduleError?

    private init(_ expressionString: String, validationError: ScheduleError? = nil) {
      self.expressionString = expressionString
      self.validationError = validationError
    }

    /// A schedule with this expression, used as given (for example `at(2030-01-01T00:00:00)`).
    public static func expression(_ text: String) -> Schedule { Schedule(text) }

    /// A rate, in the largest unit that expresses it exactly: whole days, else whole hours, else minutes
    /// (`rate(1 day)`, `rate(36 hours)`, `rate(90 minutes)`, singular for 1).
    ///
    /// A zero duration, or one that is not a whole number of minutes, makes the schedule invalid.
    public static func rate(_ duration: Duration) -> Schedule {
      let seconds = duration.toSeconds()
      let minutes = seconds / 60
      if seconds < 0 {
        return Schedule(
          "rate(\(number(minutes)) minutes)",
          validationError: ScheduleError(
            code: "DurationAmountsCannotNegative",
            message: "Duration amounts cannot be negative. Received: \(number(seconds)) seconds"
          )
        )
      }
      if minutes.rounded() != minutes {
        let amount = seconds.rounded() == seconds ? "\(number(seconds)) seconds" : "\(number(seconds * 1000)) millis"
        return Schedule(
          "rate(\(number(minutes)) minutes)",
          validationError: ScheduleError(
            code: "CannotConvertedIntoWhole",
            message: "'\(amount)' cannot be converted into a whole number of minutes."
          )
        )
      }
      if minutes == 0 {
        return Schedule(
          "rate(0 minutes)",
          validationError: ScheduleError(code: "DurationCannotBeZero", message: "Duration cannot be 0")
        )
      }
      let days = seconds / 86400
      if days.rounded() == days { return Schedule(rate(days, "day")) }
      let hours = seconds / 3600
      if hours.rounded() == hours { return Schedule(rate(hours, "hour")) }
      return Schedule(rate(minutes, "minute"))
    }

    /// A cron expression, `cron(minute hour day month weekDay year)`. Fields left out are `*`, except
    /// that `day` is `?` when `weekDay` is given and `weekDay` is `?` otherwise.
    ///
    /// Giving both `day` and `weekDay` makes the schedule invalid.
    public static func cron(
      minute: String? = nil,
      hour: String? = nil,
      day: String? = nil,
      month: String? = nil,
      weekDay: String? = nil,
      year: String? = nil
    ) -> Schedule {
      let fields = [
        minute ?? "*", hour ?? "*", day ?? (weekDay == nil ? "*" : "?"), month ?? "*", weekDay ?? "?", year ?? "*",
      ]
      let expression = "cron(\(fields.joined(separator: " ")))"
      guard day == nil || weekDay == nil else {
        return Schedule(
          expression,
          validationError: ScheduleError(
            code: "CannotSupplyBothDayAndWeekDay",
            message: "Cannot supply both 'day' and 'weekDay', use at most one"
          )
        )
      }
      return Schedule(expression)
    }

    /// Records ``validationError``, if any, as an error on `construct`.
    public func recordValidationError(on construct: Construct) {
      guard let validationError else { return }
      construct.node.addError(validationError.code, validationError.message)
    }

    /// The expression string.
    public var description: String { expressionString }

    private static func rate(_ interval: Double, _ singular: String) -> String {
      interval == 1 ? "rate(1 \(singular))" : "rate(\(number(interval)) \(singular)s)"
    }

    private static func number(_ value: Double) -> String { NumberValue(value).description }
  }
}
