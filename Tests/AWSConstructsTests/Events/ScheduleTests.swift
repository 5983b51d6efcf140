import ElastiCacheCDK
import Testing

@Suite("Events.Schedule")
struct ScheduleTests {
  // Expected strings are the AWS CDK's `Schedule.<...>.expression_string` for the same input.
  @Test(
    "Expressions are written as the AWS CDK writes them",
    arguments: [
      (Events.Schedule.cron(), "cron(* * * * ? *)"),
      (.cron(minute: "0", hour: "4"), "cron(0 4 * * ? *)"),
      (.cron(weekDay: "MON"), "cron(* * ? * MON *)"),
      (.cron(day: "1"), "cron(* * 1 * ? *)"),
      (.cron(minute: "15", hour: "10", day: "L", month: "JAN", year: "2030"), "cron(15 10 L JAN ? 2030)"),
      (.cron(minute: "0/5", hour: "8-17", weekDay: "MON-FRI"), "cron(0/5 8-17 ? * MON-FRI *)"),
      (.cron(minute: ""), "cron( * * * ? *)"),
      (.rate(.minutes(5)), "rate(5 minutes)"),
      (.rate(.minutes(1)), "rate(1 minute)"),
      (.rate(.minutes(60)), "rate(1 hour)"),
      (.rate(.minutes(90)), "rate(90 minutes)"),
      (.rate(.hours(1)), "rate(1 hour)"),
      (.rate(.hours(2)), "rate(2 hours)"),
      (.rate(.hours(24)), "rate(1 day)"),
      (.rate(.hours(36)), "rate(36 hours)"),
      (.rate(.hours(1.5)), "rate(90 minutes)"),
      (.rate(.days(1)), "rate(1 day)"),
      (.rate(.days(7)), "rate(7 days)"),
      (.rate(.days(0.5)), "rate(12 hours)"),
      (.rate(.seconds(60)), "rate(1 minute)"),
      (.rate(.seconds(120)), "rate(2 minutes)"),
      (.rate(.seconds(3600)), "rate(1 hour)"),
      (.rate(.millis(60000)), "rate(1 minute)"),
      (.rate(.minutes(1440)), "rate(1 day)"),
      (.rate(.minutes(2880)), "rate(2 days)"),
      (.expression("rate(10 minutes)"), "rate(10 minutes)"),
      (.expression("at(2030-01-01T00:00:00)"), "at(2030-01-01T00:00:00)"),
    ])
  func expressionString(schedule: Events.Schedule, expected: String) {
    #expect(schedule.expressionString == expected)
    #expect(schedule.description == expected)
    #expect(schedule.validationError == nil)
  }

  @Test(
    "Invalid input carries the AWS CDK's error",
    arguments: [
      (
        Events.Schedule.cron(day: "1", weekDay: "MON"), "CannotSupplyBothDayAndWeekDay",
        "Cannot supply both 'day' and 'weekDay', use at most one"
      ),
      (.rate(.minutes(0)), "DurationCannotBeZero", "Duration cannot be 0"),
      (.rate(.seconds(0)), "DurationCannotBeZero", "Duration cannot be 0"),
      (.rate(.days(0)), "DurationCannotBeZero", "Duration cannot be 0"),
      (
        .rate(.seconds(30)), "CannotConvertedIntoWhole",
        "'30 seconds' cannot be converted into a whole number of minutes."
      ),
      (
        .rate(.seconds(90)), "CannotConvertedIntoWhole",
        "'90 seconds' cannot be converted into a whole number of minutes."
      ),
      (
        .rate(.millis(1500)), "CannotConvertedIntoWhole",
        "'1500 millis' cannot be converted into a whole number of minutes."
      ),
      (
        .rate(.minutes(-5)), "DurationAmountsCannotNegative",
        "Duration amounts cannot be negative. Received: -300 seconds"
      ),
    ])
  func invalidInput(schedule: Events.Schedule, code: String, message: String) {
    #expect(schedule.validationError == Events.ScheduleError(code: code, message: message))
  }

  @Test("A construct using an invalid schedule reports its error at synthesis, with its path")
  func recordedOnConstruct() {
    let app = App(outdir: "unused")
    let stack = Stack(app, "Stack")
    Events.Schedule.cron(day: "1", weekDay: "MON").recordValidationError(on: Construct(stack, "Backup"))
    Events.Schedule.rate(.minutes(5)).recordValidationError(on: Construct(stack, "Valid"))
    do {
      _ = try app.synthesize()
      Issue.record("Synthesis succeeded despite an invalid schedule")
    } catch {
      #expect(
        error.errors.map(\.description) == [
          "[Stack/Backup] error CannotSupplyBothDayAndWeekDay: Cannot supply both 'day' and 'weekDay', use at most one"
        ])
    }
  }
}
